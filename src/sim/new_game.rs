//! Setting up a new game from a scenario.

use super::SimError;
use super::calendar::Quarter;
use super::money::Money;
use super::state::{
    CloudBook, CloudMarketState, Company, Facility, FacilityId, FacilityStatus, FacilityUse,
    GameState, RegionId, RegionState, RivalState, WorldDraw,
};
use crate::content::{Content, FacilityKind};
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use std::collections::BTreeSet;

/// What the player chose for a new game.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewGame {
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// Seed of the game's generator.
    pub seed: u64,
    /// Company name; the scenario's default when `None`.
    pub company: Option<String>,
    /// Events fired on purpose (`--force-event`), whatever their conditions.
    pub forced_events: Vec<super::events::ForcedEvent>,
}

impl Default for NewGame {
    fn default() -> Self {
        NewGame {
            scenario: "standard".into(),
            difficulty: "normal".into(),
            seed: 1,
            company: None,
            forced_events: Vec::new(),
        }
    }
}

/// Starts a game.
pub fn new_game(content: &Content, opts: &NewGame) -> Result<GameState, SimError> {
    let s = content.scenario(&opts.scenario).ok_or_else(|| {
        SimError::UnknownScenario(opts.scenario.clone(), content.scenario_ids().join(", "))
    })?;
    let d = content.difficulty(&opts.difficulty).ok_or_else(|| {
        SimError::UnknownDifficulty(opts.difficulty.clone(), content.difficulty_ids().join(", "))
    })?;
    let start = Quarter::new(s.start.0, s.start.1);
    let region_id = |id: &str| RegionId(content.region_index(id).unwrap_or(0) as u8);
    let mut facilities = Vec::new();
    for (n, f) in s.facilities.iter().enumerate() {
        let kind = FacilityKind::from_id(&f.kind).unwrap_or(FacilityKind::Warehouse);
        let size = content
            .sizes(kind)
            .iter()
            .position(|z| z.id == f.size)
            .unwrap_or(0);
        let region = region_id(&f.region);
        let invested =
            super::action::build_cost(content, kind, region, size as u8).unwrap_or_default();
        facilities.push(Facility {
            id: FacilityId(n as u32 + 1),
            kind,
            size: size as u8,
            region,
            status: FacilityStatus::Operating,
            open: false,
            reservation_pct: content.facilities.default_reservation_pct,
            cloud_price_cents: super::world::reference_price(content, start)
                .round()
                .max(1.0) as u32,
            upgrades: 0,
            ordered: start.plus(-i32::from(content.lead_quarters(kind))),
            invested,
            depreciated: Money::ZERO,
            last: FacilityUse::default(),
        });
    }
    let regions = (0..content.regions.len())
        .map(|r| RegionState {
            share: s
                .shares_by_region
                .iter()
                .find(|(id, _)| content.region_index(id) == Some(r))
                .map_or(0.0, |(_, v)| *v),
            rival_shares: vec![0.0; content.rivals.len()],
            late_share: 0.0,
        })
        .collect();
    let rivals = content
        .rivals
        .iter()
        .map(|_| RivalState::newcomer(content.regions.len()))
        .collect();
    let company = Company {
        name: opts.company.clone().unwrap_or_else(|| s.company.clone()),
        home: region_id(&s.home),
        cash: s.cash.scale(d.cash),
        credit_drawn: Money::ZERO,
        bonds: Vec::new(),
        shares: s.shares,
        founder_shares: s.founder_shares,
        public: s.public,
        reputation: s.reputation,
        excellence: s.excellence,
        patience: s.patience,
        brand: s.brand,
        price_level: content
            .market
            .price_levels
            .iter()
            .position(|l| l.id == "standard")
            .unwrap_or(0) as u8,
        marketing: s.marketing,
        catalogue: s.catalogue,
        sellers: 0.0,
        hosting_cu: s.hosting_cu,
        services_budget: Money::ZERO,
        cloud: CloudBook {
            reliability: content.market.cloud.reliability_expected,
            ..CloudBook::default()
        },
        loss_carry: Money::ZERO,
        last_raise: None,
        trouble_quarters: 0,
        flags: BTreeSet::new(),
        projects: Vec::new(),
        deals: Vec::new(),
        write_offs: Vec::new(),
        defaults: Default::default(),
    };
    let next_facility = facilities.len() as u32 + 1;
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(opts.seed);
    let world = draw_world(content, &mut rng);
    let mut state = GameState {
        scenario: s.id.clone(),
        difficulty: d.id.clone(),
        seed: opts.seed,
        start,
        end: Quarter::new(s.end.0, s.end.1),
        quarter: start,
        world: WorldDraw {
            crunch: world.crunch * d.crunch,
            ..world
        },
        rng,
        company,
        facilities,
        next_facility,
        regions,
        rivals,
        cloud_market: CloudMarketState::default(),
        history: Vec::new(),
        revenue_before: s.revenue_before.clone(),
        news: Vec::new(),
        last_report: None,
        outcome: None,
        politics: Default::default(),
        events: Default::default(),
    };
    super::politics::init(content, &mut state);
    let name = state.company.name.clone();
    state.push_news(format!("{name} opens for business: {}", s.name));
    for f in &opts.forced_events {
        super::events::force(content, &mut state, f)?;
    }
    Ok(state)
}

/// Draws what makes this game's world differ from the next: the first draws of the seed.
fn draw_world(content: &Content, rng: &mut Xoshiro256PlusPlus) -> WorldDraw {
    let v = &content.market.variation;
    let mut between = |(lo, hi): (f64, f64)| {
        if hi > lo {
            rng.random_range(lo..hi)
        } else {
            lo
        }
    };
    let cloud_potential = between(v.cloud_potential);
    let spend_growth = between(v.spend_growth);
    let rival_strength = content
        .rivals
        .iter()
        .map(|_| between(v.rival_strength))
        .collect();
    let shift = v.adoption_shift_years.abs();
    let adoption_shift = content
        .regions
        .iter()
        .map(|_| between((-shift, shift)))
        .collect();
    let crunch = between(v.crunch);
    let seller_appetite = between(v.seller_appetite);
    WorldDraw {
        cloud_potential,
        rival_strength,
        adoption_shift,
        spend_growth,
        crunch,
        seller_appetite,
    }
}
