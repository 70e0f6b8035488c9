//! The data types of the deck's politics: stakeholders and their sway, elections,
//! visibility, tenders and lawsuits.
//!
//! Every struct denies unknown fields so a misspelt field is an error, never silently ignored.

use crate::basic::money::Money;
use serde::{Deserialize, Serialize};
use strum::VariantArray;

/// A political stakeholder with an attitude toward the company from −100 to 100.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    VariantArray,
)]
pub enum Stakeholder {
    /// The sitting administration.
    #[default]
    Administration,
    /// The legislature.
    Congress,
    /// Competition, tax and privacy regulators.
    Regulators,
    /// The press and the public.
    Press,
    /// Workers and their unions.
    Labour,
    /// Cities, counties and states.
    LocalGovernments,
}

impl Stakeholder {
    /// Every stakeholder, in the order the rules keep their attitudes.
    pub const ALL: &'static [Stakeholder] = Stakeholder::VARIANTS;

    /// Its index in the attitude table.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The name shown to the player.
    pub fn name(self) -> &'static str {
        match self {
            Stakeholder::Administration => "Administration",
            Stakeholder::Congress => "Congress",
            Stakeholder::Regulators => "Regulators",
            Stakeholder::Press => "Press and public",
            Stakeholder::Labour => "Labour",
            Stakeholder::LocalGovernments => "Local governments",
        }
    }
}

/// How the administration elected at the last election leans toward the company.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray,
)]
pub enum Disposition {
    /// Courts business and the company.
    Friendly,
    /// Neither.
    #[default]
    Neutral,
    /// Distrusts big tech and big retail.
    Hostile,
}

impl Disposition {
    /// Every disposition.
    pub const ALL: &'static [Disposition] = Disposition::VARIANTS;

    /// The word used in texts (`{administration}`).
    pub fn name(self) -> &'static str {
        match self {
            Disposition::Friendly => "friendly",
            Disposition::Neutral => "neutral",
            Disposition::Hostile => "hostile",
        }
    }
}

/// What a tender asks of bidders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Requirement {
    /// At least `min` operating data centres (in a region, if given).
    DataCentres {
        /// Region id; any if omitted.
        #[serde(default)]
        region: Option<String>,
        /// How many.
        min: u32,
    },
    /// At least `min` operating warehouses (in a region, if given).
    Warehouses {
        /// Region id; any if omitted.
        #[serde(default)]
        region: Option<String>,
        /// How many.
        min: u32,
    },
    /// A flag, such as a security certification won in an event.
    Flag(String),
    /// A cloud open to outsiders.
    CloudOpen,
}

/// A government tender that events can announce.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenderDef {
    /// Stable id.
    pub id: String,
    /// Name shown to the player.
    pub name: String,
    /// Contract value per quarter at list price.
    pub value_per_quarter: Money,
    /// Length of the contract in years.
    pub years: u16,
    /// What the winner must have.
    pub requirements: Vec<Requirement>,
    /// Rival ids that bid too.
    pub bidders: Vec<String>,
    /// Quarters the tender stays open for bids.
    pub open_quarters: u16,
    /// Event fired when you win.
    #[serde(default)]
    pub on_win: Option<String>,
    /// Event fired when a rival wins (with `{rival}` set to the winner).
    #[serde(default)]
    pub on_loss: Option<String>,
}

/// One stakeholder's starting attitude and how it moves on its own.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StakeholderDef {
    /// Who.
    pub who: Stakeholder,
    /// Attitude at the start of a game.
    pub start: f64,
    /// Share of the gap to its resting attitude closed each quarter (0–1).
    pub drift: f64,
    /// Resting attitude at zero visibility.
    pub rest: f64,
    /// Points the resting attitude falls per visibility point.
    pub visibility_pressure: f64,
    /// What its attitude changes in the business, beyond the rules that read it directly.
    #[serde(default)]
    pub sway: Vec<Sway>,
}

/// A stakeholder's hold on one part of the business: at attitude −100 it costs `share` more
/// (or, for marketing, reaches `share` less); at +100 as much the other way; linear between.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sway {
    /// What it changes.
    pub lever: Lever,
    /// How much at full hostility or warmth, as a share (0.15 = 15%).
    pub share: f64,
}

/// The parts of the business stakeholders sway.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lever {
    /// Handling cost per order in the warehouses (labour).
    Handling,
    /// Facilities' running costs: local taxes, permits and power deals.
    Upkeep,
    /// How far marketing reaches (the press).
    Marketing,
    /// The tax rate on profit (the legislature).
    Tax,
}

impl Lever {
    /// Whether warmth makes it cheaper (a cost) rather than larger (a reach).
    pub fn is_cost(self) -> bool {
        !matches!(self, Lever::Marketing)
    }
}

/// How visible the company is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisibilityRules {
    /// Points from size at the reference yearly revenue (log scale below and above it).
    pub size_points: f64,
    /// Yearly revenue worth `size_points`.
    pub size_reference: Money,
    /// Points per percentage point of online market share.
    pub share_points: f64,
    /// Points per percentage point of cloud market share.
    pub cloud_points: f64,
    /// Points per facility owned.
    pub facility_points: f64,
    /// Points per running lawsuit.
    pub lawsuit_points: f64,
}

/// Elections.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectionRules {
    /// Years between elections.
    pub every_years: u16,
    /// An election is held in years where `year % every_years == year_remainder`.
    pub year_remainder: u16,
    /// The quarter of the election.
    pub quarter: u8,
    /// Relative chance of each disposition (friendly, neutral, hostile) at normal difficulty.
    pub weights: (f64, f64, f64),
    /// Added to the hostile weight per point of difficulty hostility above 0.5 (×2).
    pub hostility_shift: f64,
    /// The new administration's attitude by disposition (friendly, neutral, hostile).
    pub attitude: (f64, f64, f64),
}

/// How tenders are awarded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenderRules {
    /// Weight of technical fit (share of requirements met).
    pub fit_weight: f64,
    /// Weight of price (cheaper bids score higher).
    pub price_weight: f64,
    /// Weight of politics (the administration's attitude, or a rival's government standing).
    pub politics_weight: f64,
    /// Random spread added to every score.
    pub noise: f64,
    /// Lowest bid, in percent of list value.
    pub min_bid_pct: u8,
    /// Highest bid, in percent of list value.
    pub max_bid_pct: u8,
    /// Price score of a rival's bid (0–1).
    pub rival_price_score: f64,
}

/// How lawsuits are decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawsuitRules {
    /// Win chance added per point of (regulators + administration)/2 attitude, /100.
    pub climate_weight: f64,
    /// Win chance added by a friendly administration (subtracted by a hostile one).
    pub disposition_shift: f64,
    /// Lowest and highest chance of winning, however strong or weak the case: no verdict is
    /// ever certain. Optional, so decks written before it still load.
    #[serde(default = "default_win_chance")]
    pub win_chance: (f64, f64),
}

impl Default for LawsuitRules {
    fn default() -> Self {
        LawsuitRules {
            climate_weight: 0.0,
            disposition_shift: 0.0,
            win_chance: default_win_chance(),
        }
    }
}

fn default_win_chance() -> (f64, f64) {
    (0.02, 0.98)
}

/// The world's politics: stakeholders, visibility, elections, tenders, lawsuits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoliticsRules {
    /// One entry per stakeholder.
    pub stakeholders: Vec<StakeholderDef>,
    /// Visibility.
    pub visibility: VisibilityRules,
    /// Elections.
    pub elections: ElectionRules,
    /// Tenders.
    pub tenders: TenderRules,
    /// Lawsuits.
    pub lawsuits: LawsuitRules,
}
