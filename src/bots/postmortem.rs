//! The post-mortem: every bot plays the player's own world (same seed, scenario, difficulty and
//! forced events), and the player's path is set beside the best bot's to find the moments where
//! they parted. Computed from the rules alone; the words are the front end's.

use super::Bot;
use crate::content::{Content, FacilityKind};
use crate::sim::{self, GameState, Money, NewGame, Outcome, Quarter};
use rayon::prelude::*;

/// How many moments a post-mortem names.
pub const MOMENTS: usize = 3;
/// Quarters that must separate two moments, so three moments are three different choices.
const APART: i32 = 4;
/// Quarters over which a gap is weighed: a gap that closes soon counts little.
const LASTING: usize = 8;
/// The least weight a moment needs, against 1 for a gap that opens fully and lasts: a quarter's
/// delay (1/8) is not a different path.
const MIN_WEIGHT: f64 = 0.2;

/// What the company had built and opened at the end of a quarter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Posture {
    /// Warehouses, built or being built.
    pub warehouses: u32,
    /// Of those, open to third-party sellers.
    pub open_warehouses: u32,
    /// Data centres, built or being built.
    pub data_centres: u32,
    /// Of those, open to cloud customers.
    pub open_data_centres: u32,
}

impl Posture {
    /// The posture of a game as it stands.
    pub fn of(s: &GameState) -> Posture {
        let mut p = Posture::default();
        for f in &s.facilities {
            let (all, open) = match f.kind {
                FacilityKind::Warehouse => (&mut p.warehouses, &mut p.open_warehouses),
                FacilityKind::DataCentre => (&mut p.data_centres, &mut p.open_data_centres),
            };
            *all += 1;
            if f.open {
                *open += 1;
            }
        }
        p
    }
}

/// One quarter of a path: the figures at its end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// The quarter.
    pub quarter: Quarter,
    /// The company's valuation.
    pub valuation: Money,
    /// Revenue by business line: retail, sellers' services, cloud, contracts.
    pub revenue: [Money; 4],
    /// Share of the world's online spending, 0–1.
    pub market_share: f64,
    /// Share of the cloud market, 0–1.
    pub cloud_share: f64,
    /// What was built and opened, when known (a save without a full log does not know it).
    pub posture: Option<Posture>,
}

impl Point {
    /// The point of a game that has just played a quarter.
    pub fn of(s: &GameState) -> Option<Point> {
        let mut p = Point::from_history(s.history.last()?);
        p.posture = Some(Posture::of(s));
        Some(p)
    }

    /// The point of a quarter from the company's history, without its posture.
    pub fn from_history(h: &sim::state::Snapshot) -> Point {
        Point {
            quarter: h.quarter,
            valuation: h.valuation,
            revenue: h.revenue,
            market_share: h.market_share,
            cloud_share: h.cloud_share,
            posture: None,
        }
    }
}

/// One company's game, quarter by quarter.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// The final score.
    pub score: Money,
    /// How the game ended.
    pub outcome: Option<Outcome>,
    /// The share of the last year's operating profit the platform earned, 0–1.
    pub platform_share: f64,
    /// One point per quarter played.
    pub points: Vec<Point>,
}

impl Path {
    /// The path of a finished game: `points` when it was replayed quarter by quarter, else its
    /// history (without what was built and opened when).
    pub fn of(s: &GameState, points: Option<Vec<Point>>) -> Path {
        Path {
            score: s.score(),
            outcome: s.outcome,
            platform_share: sim::finance::platform_profit_share(s),
            points: points.unwrap_or_else(|| s.history.iter().map(Point::from_history).collect()),
        }
    }
}

/// A figure two paths can differ in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Measure {
    /// Data centres open to cloud customers.
    OpenDataCentres,
    /// Warehouses open to sellers.
    OpenWarehouses,
    /// Data centres.
    DataCentres,
    /// Warehouses.
    Warehouses,
    /// Share of the cloud market.
    CloudShare,
    /// Share of online spending.
    MarketShare,
}

impl Measure {
    /// Every measure, most telling first (ties between moments go to the earlier one here).
    pub const ALL: [Measure; 6] = [
        Measure::OpenDataCentres,
        Measure::OpenWarehouses,
        Measure::DataCentres,
        Measure::Warehouses,
        Measure::CloudShare,
        Measure::MarketShare,
    ];

    /// The measure's value at a point, if the point knows it.
    pub fn value(self, p: &Point) -> Option<f64> {
        let count = |f: fn(&Posture) -> u32| p.posture.as_ref().map(|x| f64::from(f(x)));
        match self {
            Measure::OpenDataCentres => count(|x| x.open_data_centres),
            Measure::OpenWarehouses => count(|x| x.open_warehouses),
            Measure::DataCentres => count(|x| x.data_centres),
            Measure::Warehouses => count(|x| x.warehouses),
            Measure::CloudShare => Some(p.cloud_share),
            Measure::MarketShare => Some(p.market_share),
        }
    }

    /// The smallest amount that counts as a real difference: one facility, five points of share.
    fn floor(self) -> f64 {
        match self {
            Measure::CloudShare | Measure::MarketShare => 0.05,
            _ => 1.0,
        }
    }

    /// How far apart two values are, 0 (the same) to 1 (one has none of what the other has);
    /// shares count half, as they follow from choices rather than being choices.
    fn gap(self, a: f64, b: f64) -> f64 {
        let weight = match self {
            Measure::CloudShare | Measure::MarketShare => 0.5,
            _ => 1.0,
        };
        weight * (a - b).abs() / a.abs().max(b.abs()).max(self.floor())
    }
}

/// A moment where the player's path and the best bot's parted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Divergence {
    /// The quarter whose choices made the difference: a branch from its start can take the
    /// other path.
    pub quarter: Quarter,
    /// What differed.
    pub measure: Measure,
    /// The bot's value at the end of that quarter.
    pub bot: f64,
    /// The player's.
    pub you: f64,
}

/// Where two paths parted most: for each figure and quarter, how much the gap opened that
/// quarter times how wide it stayed over the following quarters, so a lasting difference counts
/// and a quarter's delay does not. The largest [`MOMENTS`], at least [`APART`] quarters apart,
/// in the order they happened.
pub fn divergences(you: &Path, bot: &Path) -> Vec<Divergence> {
    let pairs: Vec<(&Point, &Point)> = you
        .points
        .iter()
        .filter_map(|y| Some((y, bot.points.iter().find(|b| b.quarter == y.quarter)?)))
        .collect();
    let mut candidates = Vec::new();
    for m in Measure::ALL {
        let gaps: Vec<Option<f64>> = pairs
            .iter()
            .map(|(y, b)| Some(m.gap(m.value(b)?, m.value(y)?)))
            .collect();
        for (i, (y, b)) in pairs.iter().enumerate() {
            let (Some(now), Some(bv), Some(yv)) = (gaps[i], m.value(b), m.value(y)) else {
                continue;
            };
            let before = i.checked_sub(1).and_then(|j| gaps[j]).unwrap_or(0.0);
            let ahead: Vec<f64> = gaps[i..].iter().take(LASTING).flatten().copied().collect();
            let lasting = ahead.iter().sum::<f64>() / LASTING as f64;
            let weight = (now - before) * lasting;
            if weight >= MIN_WEIGHT {
                candidates.push((weight, y.quarter, m, bv, yv));
            }
        }
    }
    // Largest first; equal weights go to the earlier quarter, then the more telling figure, so
    // the result does not depend on the order candidates were found in.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut chosen: Vec<Divergence> = Vec::new();
    for (_, quarter, measure, bot, you) in candidates {
        if chosen.len() == MOMENTS {
            break;
        }
        if chosen
            .iter()
            .all(|c| c.quarter.since(quarter).abs() >= APART)
        {
            chosen.push(Divergence {
                quarter,
                measure,
                bot,
                you,
            });
        }
    }
    chosen.sort_by_key(|d| d.quarter);
    chosen
}

/// One bot's game on the player's world.
#[derive(Clone, Debug, PartialEq)]
pub struct BotRun {
    /// The bot.
    pub bot: Bot,
    /// Its game.
    pub path: Path,
}

/// The player's game beside every bot's on the same world.
#[derive(Clone, Debug, PartialEq)]
pub struct PostMortem {
    /// The player's game.
    pub you: Path,
    /// Every bot's, in [`Bot::ALL`] order.
    pub bots: Vec<BotRun>,
    /// The position in `bots` of the highest score.
    pub best: usize,
    /// Where the player's path and the best bot's parted most.
    pub divergences: Vec<Divergence>,
}

impl PostMortem {
    /// The best bot's game.
    pub fn best(&self) -> Option<&BotRun> {
        self.bots.get(self.best)
    }

    /// Where the player would have placed among the bots: 1 when no bot scored more.
    pub fn place(&self) -> usize {
        1 + self
            .bots
            .iter()
            .filter(|b| b.path.score > self.you.score)
            .count()
    }
}

/// Plays one bot on a world from its first quarter to the end, noting every quarter.
pub fn play_bot(content: &Content, world: &NewGame, bot: Bot) -> Result<Path, sim::SimError> {
    let mut s = sim::new_game(content, world)?;
    let mut points = Vec::new();
    while !s.is_over() {
        super::step(content, &mut s, bot);
        points.extend(Point::of(&s));
    }
    Ok(Path::of(&s, Some(points)))
}

/// Plays every bot on the player's world, across all cores, and compares the player's path
/// with the best one. `progress` is called with the number of bots done after each.
pub fn run(
    content: &Content,
    world: &NewGame,
    you: Path,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<PostMortem, sim::SimError> {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let bots = Bot::ALL
        .par_iter()
        .map(|&bot| {
            let path = play_bot(content, world, bot)?;
            progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
            Ok(BotRun { bot, path })
        })
        .collect::<Result<Vec<_>, sim::SimError>>()?;
    // The highest score; a tie goes to the bot listed first.
    let best = bots
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| a.path.score.cmp(&b.path.score).then(j.cmp(i)))
        .map_or(0, |(i, _)| i);
    let divergences = bots
        .get(best)
        .map(|b| divergences(&you, &b.path))
        .unwrap_or_default();
    Ok(PostMortem {
        you,
        bots,
        best,
        divergences,
    })
}
