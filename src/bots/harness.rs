//! The balance harness: every bot on the same seeds, in parallel, summarised per bot.

use super::Bot;
use crate::content::{Content, FacilityKind};
use crate::sim::report::ByLine;
use crate::sim::state::Snapshot;
use crate::sim::{self, GameState, Money, NewGame, Outcome, Quarter, finance};
use rayon::prelude::*;
use serde::Serialize;

/// The quarter at which the harness notes who leads, to see whether games are decided early.
pub const EARLY_QUARTER: u32 = 40;

/// One game's outcome as the harness needs it.
#[derive(Clone, Debug)]
pub struct GameSummary {
    /// The seed played.
    pub seed: u64,
    /// Score at the end (thousands).
    pub score: i64,
    /// Score after [`EARLY_QUARTER`] quarters (the final score if the game ended before).
    pub early_score: i64,
    /// How it ended.
    pub outcome: Option<Outcome>,
    /// Quarters played.
    pub quarters: u32,
    /// The economy's shape at the end.
    pub shape: Shape,
}

/// The economy's shape of one game: what the balance targets are about.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Shape {
    /// Revenue by business line over the last four quarters played (thousands).
    pub revenue_by_line: ByLine,
    /// Operating profit by business line over the last four quarters played (thousands).
    pub operating_profit_by_line: ByLine,
    /// The platform's (sellers' services and cloud) share of that operating profit, 0–1.
    pub platform_profit_share: f64,
    /// The company's share of world online spending in the last quarter, 0–1.
    pub online_share: f64,
    /// Its share of the cloud market in the last quarter, 0–1.
    pub cloud_share: f64,
    /// Its share of the cloud market in the last quarter of 2015, 0–1.
    pub cloud_share_2015: f64,
    /// How far the cloud market's average price fell in the 8 quarters after the first rival
    /// cloud opened (0.3 = 30% lower), if one opened at least 8 quarters before the end.
    pub price_fall_after_rival: Option<f64>,
    /// Warehouses' use of their capacity in the last quarter (a Q4 at the scenario's end), 0–1.
    pub warehouse_use: f64,
    /// The founder's stake, 0–1.
    pub stake: f64,
}

impl Shape {
    /// The shape of a game as it stands.
    pub fn of(s: &GameState) -> Shape {
        let year: Vec<_> = s.history.iter().rev().take(4).collect();
        let sum = |f: fn(&Snapshot) -> [Money; 4]| {
            let mut total = [Money::ZERO; 4];
            for h in &year {
                for (t, v) in total.iter_mut().zip(f(h)) {
                    *t += v;
                }
            }
            total
        };
        let revenue = sum(|h| h.revenue);
        let profit = sum(|h| h.profit);
        let opened = s.rivals.iter().filter_map(|r| r.cloud_opened).min();
        let price_at = |q: Quarter| {
            s.history
                .iter()
                .find(|h| h.quarter == q)
                .map(|h| h.cloud_price)
                .filter(|p| *p > 0.0)
        };
        let price_fall_after_rival = opened.and_then(|q| {
            let before = price_at(q.plus(-1)).or_else(|| price_at(q))?;
            let after = price_at(q.plus(8))?;
            Some(1.0 - after / before)
        });
        let (used, cap) = s
            .facilities
            .iter()
            .filter(|f| f.kind == FacilityKind::Warehouse)
            .fold((0u64, 0u64), |(u, c), f| {
                (u + f.last.own + f.last.outsiders, c + f.last.capacity)
            });
        Shape {
            revenue_by_line: ByLine::of(revenue),
            operating_profit_by_line: ByLine::of(profit),
            platform_profit_share: finance::platform_profit_share(s),
            online_share: s.history.last().map_or(0.0, |h| h.market_share),
            cloud_share: s.history.last().map_or(0.0, |h| h.cloud_share),
            cloud_share_2015: s
                .history
                .iter()
                .find(|h| h.quarter == Quarter::new(2015, 4))
                .map_or(0.0, |h| h.cloud_share),
            price_fall_after_rival,
            warehouse_use: if cap > 0 {
                used as f64 / cap as f64
            } else {
                0.0
            },
            stake: s.company.founder_stake(),
        }
    }
}

/// Plays one game with a bot and summarises it.
pub fn play_one(content: &Content, opts: &NewGame, bot: Bot) -> Result<GameSummary, sim::SimError> {
    let mut s = sim::new_game(content, opts)?;
    super::play(content, &mut s, bot, EARLY_QUARTER);
    let early_score = s.score().thousands();
    super::play(content, &mut s, bot, 10_000);
    Ok(GameSummary {
        seed: opts.seed,
        score: s.score().thousands(),
        early_score,
        outcome: s.outcome,
        quarters: s.quarters_played(),
        shape: Shape::of(&s),
    })
}

/// One bot's line in the table.
#[derive(Clone, Debug, Serialize)]
pub struct BotLine {
    /// Bot id.
    pub bot: String,
    /// Median score (thousands).
    pub median: i64,
    /// 10th percentile.
    pub p10: i64,
    /// 90th percentile.
    pub p90: i64,
    /// Share of seeds on which this bot scored highest.
    pub top_share: f64,
    /// Share of games ending in bankruptcy.
    pub bankrupt: f64,
    /// Share of games ending with the founder ousted.
    pub ousted: f64,
    /// Median quarter of failure among failed games.
    pub median_failure_quarter: Option<u32>,
    /// Median share of the last year's operating profit from sellers' services and cloud.
    pub platform_share: f64,
    /// Median founder's stake at the end.
    pub stake: f64,
}

/// The harness's result.
#[derive(Clone, Debug, Serialize)]
pub struct Table {
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// Seeds played.
    pub seeds: u64,
    /// One line per bot.
    pub bots: Vec<BotLine>,
    /// Share of seeds on which the bot leading at the early quarter also finished first.
    pub early_leader_wins: f64,
    /// Share of seeds on which retail beat opener (when both played).
    pub retail_beats_opener: Option<f64>,
    /// Raw scores, per bot then per seed (not printed in the table).
    #[serde(skip)]
    pub games: Vec<Vec<GameSummary>>,
}

fn percentile(sorted: &[i64], p: f64) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Plays every bot on seeds `first..first + seeds`, one task per seed across all cores.
/// `progress` is called after each seed with the number done so far.
pub fn run(
    content: &Content,
    scenario: &str,
    difficulty: &str,
    first: u64,
    seeds: u64,
    bots: &[Bot],
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Table, sim::SimError> {
    let done = std::sync::atomic::AtomicU64::new(0);
    let per_seed: Vec<Vec<GameSummary>> = (first..first + seeds)
        .into_par_iter()
        .map(|seed| {
            let opts = NewGame {
                scenario: scenario.into(),
                difficulty: difficulty.into(),
                seed,
                ..NewGame::default()
            };
            let games = bots
                .iter()
                .map(|&b| play_one(content, &opts, b))
                .collect::<Result<Vec<_>, _>>();
            progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
            games
        })
        .collect::<Result<_, _>>()?;
    Ok(tabulate(scenario, difficulty, bots, per_seed))
}

fn tabulate(
    scenario: &str,
    difficulty: &str,
    bots: &[Bot],
    per_seed: Vec<Vec<GameSummary>>,
) -> Table {
    let n = per_seed.len();
    let winner = |games: &Vec<GameSummary>, key: fn(&GameSummary) -> i64| {
        (0..games.len())
            .max_by_key(|&b| (key(&games[b]), std::cmp::Reverse(b)))
            .unwrap_or(0)
    };
    let mut tops = vec![0usize; bots.len()];
    let mut early_right = 0usize;
    for games in &per_seed {
        let w = winner(games, |g| g.score);
        tops[w] += 1;
        if winner(games, |g| g.early_score) == w {
            early_right += 1;
        }
    }
    let mut lines = Vec::new();
    let mut games_by_bot: Vec<Vec<GameSummary>> = vec![Vec::new(); bots.len()];
    for games in per_seed {
        for (b, g) in games.into_iter().enumerate() {
            games_by_bot[b].push(g);
        }
    }
    for (b, bot) in bots.iter().enumerate() {
        let g = &games_by_bot[b];
        let mut scores: Vec<i64> = g.iter().map(|x| x.score).collect();
        scores.sort_unstable();
        let share =
            |o: Outcome| g.iter().filter(|x| x.outcome == Some(o)).count() as f64 / n.max(1) as f64;
        let mut failures: Vec<u32> = g
            .iter()
            .filter(|x| matches!(x.outcome, Some(Outcome::Bankrupt | Outcome::Ousted)))
            .map(|x| x.quarters)
            .collect();
        failures.sort_unstable();
        let mut platform: Vec<f64> = g.iter().map(|x| x.shape.platform_profit_share).collect();
        platform.sort_by(f64::total_cmp);
        let mut stakes: Vec<f64> = g.iter().map(|x| x.shape.stake).collect();
        stakes.sort_by(f64::total_cmp);
        lines.push(BotLine {
            bot: bot.id().to_string(),
            median: percentile(&scores, 0.5),
            p10: percentile(&scores, 0.1),
            p90: percentile(&scores, 0.9),
            top_share: tops[b] as f64 / n.max(1) as f64,
            bankrupt: share(Outcome::Bankrupt),
            ousted: share(Outcome::Ousted),
            median_failure_quarter: failures.get(failures.len() / 2).copied(),
            platform_share: platform.get(platform.len() / 2).copied().unwrap_or(0.0),
            stake: stakes.get(stakes.len() / 2).copied().unwrap_or(0.0),
        });
    }
    let index = |bot: Bot| bots.iter().position(|&b| b == bot);
    let retail_beats_opener = match (index(Bot::Retail), index(Bot::Opener)) {
        (Some(r), Some(o)) => Some(
            (0..n)
                .filter(|&i| games_by_bot[r][i].score > games_by_bot[o][i].score)
                .count() as f64
                / n.max(1) as f64,
        ),
        _ => None,
    };
    Table {
        scenario: scenario.into(),
        difficulty: difficulty.into(),
        seeds: n as u64,
        bots: lines,
        early_leader_wins: early_right as f64 / n.max(1) as f64,
        retail_beats_opener,
        games: games_by_bot,
    }
}
