//! The game's data: every number a designer tunes, parsed from RON and checked before play.
//!
//! The defaults are embedded in the binary, so the game runs from any directory.

pub mod deck;
pub mod error;
pub mod facilities;
pub mod finance;
pub mod market;
pub mod projects;
pub mod regions;
pub mod rivals;
pub mod scenario;
pub mod snippet;
mod validate;

pub use error::{ContentError, Location};

use error::parse_ron;
use facilities::{FacilityRules, SizeDef};
use finance::FinanceRules;
use market::MarketRules;
use projects::ProjectRules;
use regions::RegionDef;
use rivals::RivalDef;
use scenario::{DifficultyDef, ScenarioDef};
use std::sync::Arc;

/// The embedded data files: (name shown in errors, text).
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "assets/regions.ron",
        include_str!("../../assets/regions.ron"),
    ),
    (
        "assets/facilities.ron",
        include_str!("../../assets/facilities.ron"),
    ),
    ("assets/market.ron", include_str!("../../assets/market.ron")),
    (
        "assets/finance.ron",
        include_str!("../../assets/finance.ron"),
    ),
    ("assets/rivals.ron", include_str!("../../assets/rivals.ron")),
    (
        "assets/projects.ron",
        include_str!("../../assets/projects.ron"),
    ),
    (
        "assets/difficulties.ron",
        include_str!("../../assets/difficulties.ron"),
    ),
    (
        "assets/scenarios/standard.ron",
        include_str!("../../assets/scenarios/standard.ron"),
    ),
    (
        "assets/scenarios/short.ron",
        include_str!("../../assets/scenarios/short.ron"),
    ),
];

/// The hostility of a neutral world: politics and events weigh more above it, less below.
pub const NEUTRAL_HOSTILITY: f64 = 0.5;

/// All the game's data, parsed and validated.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Content {
    /// Regions, in map order. A region's index is its id in the rules.
    pub regions: Vec<RegionDef>,
    /// Facility types.
    pub facilities: FacilityRules,
    /// Market rules.
    pub market: MarketRules,
    /// Finance rules.
    pub finance: FinanceRules,
    /// Rivals.
    pub rivals: Vec<RivalDef>,
    /// Projects and acquisitions.
    pub projects: ProjectRules,
    /// Difficulty levels, easiest first.
    pub difficulties: Vec<DifficultyDef>,
    /// Scenarios.
    pub scenarios: Vec<ScenarioDef>,
    /// Neighbours of each region, by index (derived from the ids).
    pub neighbours: Vec<Vec<usize>>,
    /// Where each rival sells, by rival then region (derived from the ids): `None` where it does
    /// not sell (or sells no goods at all), else the extra pull it has there as at home.
    pub rival_reach: Vec<Vec<Option<f64>>>,
    /// A stable hash of all the data files, recorded in saves.
    pub hash: u64,
    /// The event deck: the base deck, merged with mods by [`Content::with_mods`].
    pub deck: Arc<deck::Deck>,
}

/// What kind of facility.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum FacilityKind {
    /// A fulfilment centre: stores and ships orders.
    Warehouse,
    /// Servers: runs the store and, if opened, rents compute to outsiders.
    DataCentre,
}

impl FacilityKind {
    /// Name shown to the player.
    pub fn name(self) -> &'static str {
        match self {
            FacilityKind::Warehouse => "Warehouse",
            FacilityKind::DataCentre => "Data centre",
        }
    }

    /// Parses the id used in data files.
    pub fn from_id(id: &str) -> Option<FacilityKind> {
        match id {
            "warehouse" => Some(FacilityKind::Warehouse),
            "data_centre" => Some(FacilityKind::DataCentre),
            _ => None,
        }
    }
}

impl Content {
    /// The data built into the game. The build checked and parsed it (build.rs), so this only
    /// decodes it; [`Content::embedded_ron`] parses the same files from RON.
    pub fn embedded() -> Result<Content, ContentError> {
        #[cfg(embedded_data)]
        {
            const PARSED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));
            postcard::from_bytes(PARSED).map_err(|e| {
                ContentError::invalid(
                    "the built-in data",
                    format!("cannot be decoded: {e}"),
                    "rebuild the game",
                )
            })
        }
        #[cfg(not(embedded_data))]
        {
            Content::embedded_ron()
        }
    }

    /// The data built into the game, parsed and validated from its RON text.
    pub fn embedded_ron() -> Result<Content, ContentError> {
        Content::from_sources(EMBEDDED)
    }

    /// The data files read from a folder laid out like `assets/` (the base deck stays the
    /// built-in one; decks change through mods). Lets a designer tune numbers without rebuilding.
    pub fn from_dir(dir: &std::path::Path) -> Result<Content, ContentError> {
        let mut files = Vec::with_capacity(EMBEDDED.len());
        for (name, _) in EMBEDDED {
            let path = dir.join(name.strip_prefix("assets/").unwrap_or(name));
            let text = std::fs::read_to_string(&path).map_err(|e| {
                ContentError::invalid(
                    &path.display().to_string(),
                    format!("cannot read: {e}"),
                    "give a folder laid out like the game's assets/",
                )
            })?;
            files.push((path.display().to_string(), text));
        }
        let sources: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        Content::from_sources(&sources)
    }

    /// Parses and validates data from (file name, text) pairs in the order of [`EMBEDDED`].
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Content, ContentError> {
        let find = |suffix: &str| -> Result<(&str, &str), ContentError> {
            sources
                .iter()
                .find(|(name, _)| name.ends_with(suffix))
                .copied()
                .ok_or_else(|| {
                    ContentError::invalid(
                        suffix,
                        "data file missing",
                        "restore the file from the game's assets",
                    )
                })
        };
        let (f, t) = find("regions.ron")?;
        let regions: Vec<RegionDef> = parse_ron(f, t)?;
        let (f, t) = find("facilities.ron")?;
        let facilities: FacilityRules = parse_ron(f, t)?;
        let (f, t) = find("market.ron")?;
        let market: MarketRules = parse_ron(f, t)?;
        let (f, t) = find("finance.ron")?;
        let finance: FinanceRules = parse_ron(f, t)?;
        let (f, t) = find("rivals.ron")?;
        let rivals: Vec<RivalDef> = parse_ron(f, t)?;
        let (f, t) = find("projects.ron")?;
        let projects: ProjectRules = parse_ron(f, t)?;
        let (f, t) = find("difficulties.ron")?;
        let difficulties: Vec<DifficultyDef> = parse_ron(f, t)?;
        let mut scenarios = Vec::new();
        for (f, t) in sources.iter().filter(|(n, _)| n.contains("scenarios/")) {
            scenarios.push(parse_ron::<ScenarioDef>(f, t)?);
        }
        let mut hash = crate::basic::fnv::Fnv::new();
        for (name, text) in sources {
            hash.write(name.as_bytes());
            hash.write(text.as_bytes());
        }
        let mut content = Content {
            regions,
            facilities,
            market,
            finance,
            rivals,
            projects,
            difficulties,
            scenarios,
            neighbours: Vec::new(),
            rival_reach: Vec::new(),
            hash: hash.finish(),
            deck: Arc::default(),
        };
        validate::validate(&mut content).map_err(|e| e.placed(sources))?;
        let base = deck::Deck::base(&content).map_err(|e| {
            ContentError::invalid(
                deck::BASE.0,
                e.to_string(),
                "the built-in deck must validate; run `flywheel deck check`",
            )
        })?;
        content.deck = Arc::new(base);
        Ok(content)
    }

    /// This content with the base deck merged with the mods under `paths` (files or folders,
    /// in order). The plumbing behind every `--mod` option.
    pub fn with_mods(&self, paths: &[std::path::PathBuf]) -> Result<Content, deck::DeckError> {
        let mut c = self.clone();
        if !paths.is_empty() {
            c.deck = Arc::new(deck::Deck::load(self, paths)?);
        }
        Ok(c)
    }

    /// The index of a region id.
    pub fn region_index(&self, id: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.id == id)
    }

    /// A scenario by id.
    pub fn scenario(&self, id: &str) -> Option<&ScenarioDef> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// A difficulty by id.
    pub fn difficulty(&self, id: &str) -> Option<&DifficultyDef> {
        self.difficulties.iter().find(|d| d.id == id)
    }

    /// How hostile the world is at a difficulty, 0–1; an unknown one counts as neutral
    /// ([`NEUTRAL_HOSTILITY`], the point hostility is measured from).
    pub fn hostility(&self, difficulty: &str) -> f64 {
        self.difficulty(difficulty)
            .map_or(NEUTRAL_HOSTILITY, |d| d.hostility)
    }

    /// The sizes on offer for a kind of facility.
    pub fn sizes(&self, kind: FacilityKind) -> &[SizeDef] {
        match kind {
            FacilityKind::Warehouse => &self.facilities.warehouse.sizes,
            FacilityKind::DataCentre => &self.facilities.data_centre.sizes,
        }
    }

    /// Quarters from ordering a facility to its first quarter of service.
    pub fn lead_quarters(&self, kind: FacilityKind) -> u8 {
        match kind {
            FacilityKind::Warehouse => self.facilities.warehouse.lead_quarters,
            FacilityKind::DataCentre => self.facilities.data_centre.lead_quarters,
        }
    }

    /// Ids of all scenarios, for messages.
    pub fn scenario_ids(&self) -> Vec<&str> {
        self.scenarios.iter().map(|s| s.id.as_str()).collect()
    }

    /// Ids of all difficulties, for messages.
    pub fn difficulty_ids(&self) -> Vec<&str> {
        self.difficulties.iter().map(|d| d.id.as_str()).collect()
    }
}
