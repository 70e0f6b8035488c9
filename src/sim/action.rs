//! The player's actions for a quarter, their checks and their immediate effects.

use super::books::Books;
use super::calendar::Quarter;
use super::finance;
use super::finance::afford;
pub use super::finance::spendable;
use super::money::Money;
pub use super::rejection::Rejection;
use super::state::{
    Facility, FacilityId, FacilitySettings, FacilityStatus, FacilityUse, GameState, RegionId,
};
use crate::content::{Content, FacilityKind};
use serde::{Deserialize, Serialize};

/// One thing the player decides in the Plan phase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Order a new facility.
    Build {
        /// Warehouse or data centre.
        kind: FacilityKind,
        /// Where.
        region: RegionId,
        /// Index into the sizes of that kind.
        size: u8,
    },
    /// Add a level of automation (warehouse) or redundancy (data centre).
    Upgrade(FacilityId),
    /// Open or close a facility to outsiders.
    SetOpen {
        /// Which.
        facility: FacilityId,
        /// Open?
        open: bool,
    },
    /// Share of capacity reserved for own use while open.
    SetReservation {
        /// Which.
        facility: FacilityId,
        /// Percent, 0–100.
        pct: u8,
    },
    /// Price per CU-hour for cloud customers at a data centre.
    SetCloudPrice {
        /// Which.
        facility: FacilityId,
        /// Cents per CU-hour.
        cents: u32,
    },
    /// Shut a facility but keep it.
    Mothball(FacilityId),
    /// Bring a mothballed facility back.
    Reactivate(FacilityId),
    /// Sell a facility at a loss.
    Sell(FacilityId),
    /// The store's price level (index into the price levels).
    SetPriceLevel(u8),
    /// Marketing per quarter.
    SetMarketing(Money),
    /// Spend per quarter on new cloud services (breadth), while a data centre is open.
    SetServices(Money),
    /// Rented hosting, in compute units.
    SetHosting(u64),
    /// Start a project (by its id in the data): paid now, working after its lead time.
    StartProject(String),
    /// Propose to buy a rival's business in a region: paid now, decided by the regulators.
    Acquire {
        /// The rival, by index.
        rival: u8,
        /// Where.
        region: RegionId,
    },
    /// A funding round (private), share offering (public) or emergency round (in trouble).
    RaiseEquity(Money),
    /// List on the stock exchange.
    GoPublic,
    /// Issue a bond.
    IssueBond(Money),
    /// Repay the credit line.
    RepayCredit(Money),
    /// Answer a pending event with one of its choices.
    AnswerEvent {
        /// The pending event's serial.
        serial: u32,
        /// Index of the choice.
        choice: u8,
    },
    /// The settings new facilities of a kind start with (`None` for the data's defaults).
    SetDefaults {
        /// Warehouse or data centre.
        kind: FacilityKind,
        /// The settings.
        settings: Option<FacilitySettings>,
    },
    /// Bid for an open tender.
    Bid {
        /// The tender's id.
        tender: String,
        /// Price in percent of the tender's list value.
        price_pct: u8,
    },
}

/// Cost of building a facility of this kind and size in a region.
pub fn build_cost(
    content: &Content,
    kind: FacilityKind,
    region: RegionId,
    size: u8,
) -> Option<Money> {
    let size = content.sizes(kind).get(usize::from(size))?;
    let r = content.regions.get(usize::from(region.0))?;
    Some(size.build_cost.scale(r.land_index))
}

/// Cost of the next upgrade level of a facility.
pub fn upgrade_cost(content: &Content, f: &Facility) -> Option<Money> {
    let (def, base) = match f.kind {
        FacilityKind::Warehouse => (&content.facilities.warehouse.automation, f),
        FacilityKind::DataCentre => (&content.facilities.data_centre.redundancy, f),
    };
    if base.upgrades >= def.max_level {
        return None;
    }
    let size = content.sizes(f.kind).get(usize::from(f.size))?;
    Some(size.build_cost.scale(def.cost_share))
}

/// What selling a facility brings.
pub fn sale_value(content: &Content, f: &Facility) -> Money {
    f.invested.scale(content.facilities.sale_recovery)
}

/// A spend per quarter the player sets: from nothing up to the market's limit.
fn spend_per_quarter(content: &Content, m: Money, what: &str) -> Result<Money, Rejection> {
    let most = content.market.limits.spend_max_per_quarter;
    if m.is_negative() || m > most {
        Err(Rejection::OutOfRange(format!(
            "{what} must be $0 to {most}"
        )))
    } else {
        Ok(Money::ZERO)
    }
}

/// Checks an action against the state without changing anything.
pub fn check(
    content: &Content,
    state: &GameState,
    action: &Action,
    books: &Books,
) -> Result<Money, Rejection> {
    let facility = |id: FacilityId| state.facility(id).ok_or(Rejection::NoSuchFacility);
    match action {
        Action::Build { kind, region, size } => {
            let def = content
                .sizes(*kind)
                .get(usize::from(*size))
                .ok_or_else(|| Rejection::Unknown("unknown size".into()))?;
            if state.quarter.year < def.available_from {
                return Err(Rejection::NotYet(format!(
                    "{} {} available from {}",
                    def.name,
                    kind.name().to_lowercase(),
                    def.available_from
                )));
            }
            let cost = build_cost(content, *kind, *region, *size)
                .ok_or_else(|| Rejection::Unknown("unknown region".into()))?;
            afford(content, state, books, cost)
        }
        Action::Upgrade(id) => {
            let f = facility(*id)?;
            if matches!(f.status, FacilityStatus::Mothballed) {
                return Err(Rejection::WrongState("mothballed".into()));
            }
            let cost = upgrade_cost(content, f)
                .ok_or_else(|| Rejection::WrongState("fully upgraded".into()))?;
            afford(content, state, books, cost)
        }
        Action::SetOpen { facility: id, .. } | Action::SetReservation { facility: id, .. } => {
            facility(*id)?;
            if let Action::SetReservation { pct, .. } = action
                && *pct > 100
            {
                return Err(Rejection::OutOfRange("reservation above 100%".into()));
            }
            Ok(Money::ZERO)
        }
        Action::SetCloudPrice {
            facility: id,
            cents,
        } => {
            let f = facility(*id)?;
            if f.kind != FacilityKind::DataCentre {
                return Err(Rejection::WrongState(
                    "only data centres rent compute".into(),
                ));
            }
            let (lo, hi) = content.market.cloud_price_range();
            if *cents < lo || *cents > hi {
                return Err(Rejection::OutOfRange(format!(
                    "price must be {lo} to {hi} cents"
                )));
            }
            Ok(Money::ZERO)
        }
        Action::Mothball(id) => match facility(*id)?.status {
            FacilityStatus::Operating | FacilityStatus::Damaged { .. } => Ok(Money::ZERO),
            _ => Err(Rejection::WrongState(
                "only a finished facility can be mothballed".into(),
            )),
        },
        Action::Reactivate(id) => match facility(*id)?.status {
            FacilityStatus::Mothballed => Ok(Money::ZERO),
            _ => Err(Rejection::WrongState("not mothballed".into())),
        },
        Action::Sell(id) => {
            let f = facility(*id)?;
            if matches!(f.status, FacilityStatus::Building { .. }) {
                return Err(Rejection::WrongState("still being built".into()));
            }
            Ok(-sale_value(content, f))
        }
        Action::SetPriceLevel(level) => {
            if usize::from(*level) < content.market.price_levels.len() {
                Ok(Money::ZERO)
            } else {
                Err(Rejection::Unknown("unknown price level".into()))
            }
        }
        Action::SetMarketing(m) => spend_per_quarter(content, *m, "marketing"),
        Action::SetServices(m) => spend_per_quarter(content, *m, "cloud services spend"),
        Action::StartProject(id) => super::projects::check_start(content, state, id, books),
        Action::Acquire { rival, region } => super::projects::check_acquire(
            content,
            state,
            usize::from(*rival),
            usize::from(region.0),
            books,
        ),
        Action::SetHosting(cu) => {
            let most = content.market.limits.hosting_max_cu;
            if *cu > most {
                Err(Rejection::OutOfRange(format!("hosting above {most} CU")))
            } else {
                Ok(Money::ZERO)
            }
        }
        Action::RaiseEquity(amount) => {
            finance::check_raise(content, state, *amount).map(|_| -*amount)
        }
        Action::GoPublic => finance::check_ipo(content, state).map(|raise| -raise),
        Action::IssueBond(amount) => finance::check_bond(content, state, *amount).map(|_| -*amount),
        Action::RepayCredit(amount) => {
            if amount.0 <= 0 || *amount > state.company.credit_drawn {
                return Err(Rejection::OutOfRange(format!(
                    "repay between $1K and {}",
                    state.company.credit_drawn
                )));
            }
            let cash = state.company.cash - books.capex + books.asset_sales + books.financing();
            if *amount > cash {
                // Credit cannot repay credit: only cash counts here.
                return Err(Rejection::OutOfRange(format!(
                    "repaying {amount} needs that much cash; {} on hand",
                    cash.max_zero()
                )));
            }
            Ok(*amount)
        }
        Action::AnswerEvent { serial, choice } => {
            super::events::check_answer(content, state, *serial, *choice, books)
        }
        Action::Bid { tender, price_pct } => {
            super::politics::check_bid(content, state, tender, *price_pct).map(|_| Money::ZERO)
        }
        Action::SetDefaults { settings, .. } => match settings {
            Some(s) if s.reservation_pct > 100 => {
                Err(Rejection::OutOfRange("reservation above 100%".into()))
            }
            Some(s) if s.price_pct == 0 => {
                Err(Rejection::OutOfRange("a cloud price above nothing".into()))
            }
            _ => Ok(Money::ZERO),
        },
    }
}

/// Carries out one action: checks it, then changes the state and books its money.
pub fn apply(
    content: &Content,
    state: &mut GameState,
    action: &Action,
    books: &mut Books,
) -> Result<(), Rejection> {
    let cost = check(content, state, action, books)?;
    let now = state.quarter;
    match action {
        Action::Build { kind, region, size } => {
            let lead = i32::from(content.lead_quarters(*kind));
            let id = FacilityId(state.next_facility);
            state.next_facility += 1;
            // New halls list at the going price of their time, or the player's share of it.
            let settings = state.company.defaults.of(*kind);
            let going = super::world::reference_price(content, now);
            let share = settings.map_or(1.0, |s| f64::from(s.price_pct) / 100.0);
            let (lo, hi) = content.market.cloud_price_range();
            let default_price = ((going * share).round().max(1.0) as u32).clamp(lo, hi);
            state.facilities.push(Facility {
                id,
                kind: *kind,
                size: *size,
                region: *region,
                status: FacilityStatus::Building {
                    ready: now.plus(lead),
                },
                open: settings.is_some_and(|s| s.open),
                reservation_pct: settings.map_or(content.facilities.default_reservation_pct, |s| {
                    s.reservation_pct
                }),
                cloud_price_cents: default_price,
                upgrades: 0,
                ordered: now,
                invested: cost,
                depreciated: Money::ZERO,
                last: FacilityUse::default(),
            });
            books.capex += cost;
        }
        Action::Upgrade(id) => {
            if let Some(f) = state.facilities.iter_mut().find(|f| f.id == *id) {
                f.upgrades += 1;
                f.invested += cost;
            }
            books.capex += cost;
        }
        Action::SetOpen { facility, open } => with(state, *facility, |f| f.open = *open),
        Action::SetReservation { facility, pct } => {
            with(state, *facility, |f| f.reservation_pct = *pct)
        }
        Action::SetCloudPrice { facility, cents } => {
            with(state, *facility, |f| f.cloud_price_cents = *cents)
        }
        Action::Mothball(id) => with(state, *id, |f| f.status = FacilityStatus::Mothballed),
        Action::Reactivate(id) => {
            let ready = now.plus(i32::from(content.facilities.reactivate_quarters));
            with(state, *id, |f| {
                f.status = FacilityStatus::Reactivating { ready }
            });
        }
        Action::Sell(id) => {
            books.asset_sales += -cost;
            state.facilities.retain(|f| f.id != *id);
        }
        Action::SetPriceLevel(level) => state.company.price_level = *level,
        Action::SetMarketing(m) => state.company.marketing = *m,
        Action::SetServices(m) => state.company.services_budget = *m,
        Action::SetHosting(cu) => state.company.hosting_cu = *cu,
        Action::StartProject(id) => super::projects::start(content, state, id, books),
        Action::Acquire { rival, region } => super::projects::acquire(
            content,
            state,
            usize::from(*rival),
            usize::from(region.0),
            books,
        ),
        Action::RaiseEquity(amount) => finance::raise_equity(content, state, *amount, books),
        Action::GoPublic => finance::go_public(content, state, books),
        Action::IssueBond(amount) => finance::issue_bond(content, state, *amount, books),
        Action::RepayCredit(amount) => {
            state.company.credit_drawn -= *amount;
            books.repaid += *amount;
        }
        Action::AnswerEvent { serial, choice } => {
            super::events::answer(content, state, *serial, *choice, books)
        }
        Action::Bid { tender, price_pct } => super::politics::place_bid(state, tender, *price_pct),
        Action::SetDefaults { kind, settings } => match kind {
            FacilityKind::Warehouse => state.company.defaults.warehouse = *settings,
            FacilityKind::DataCentre => state.company.defaults.data_centre = *settings,
        },
    }
    Ok(())
}

fn with(state: &mut GameState, id: FacilityId, change: impl FnOnce(&mut Facility)) {
    if let Some(f) = state.facilities.iter_mut().find(|f| f.id == id) {
        change(f);
    }
}

/// The first quarter a facility of this kind ordered now would serve.
pub fn ready_quarter(content: &Content, now: Quarter, kind: FacilityKind) -> Quarter {
    now.plus(i32::from(content.lead_quarters(kind)))
}
