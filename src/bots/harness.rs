//! The balance harness: every bot on the same seeds, in parallel, summarised per bot.

use super::Bot;
use crate::content::Content;
use crate::sim::{self, GameState, NewGame, Outcome};
use rayon::prelude::*;
use serde::Serialize;

/// The quarter at which the harness notes who leads, to see whether games are decided early.
pub const EARLY_QUARTER: u32 = 40;

/// One game's outcome as the harness needs it.
#[derive(Clone, Debug)]
pub struct GameSummary {
    /// Score at the end (thousands).
    pub score: i64,
    /// Score after [`EARLY_QUARTER`] quarters (the final score if the game ended before).
    pub early_score: i64,
    /// How it ended.
    pub outcome: Option<Outcome>,
    /// Quarters played.
    pub quarters: u32,
    /// Share of the last year's revenue from sellers' fees and cloud.
    pub platform_share: f64,
    /// The founder's stake at the end.
    pub stake: f64,
}

/// Plays one game with a bot and summarises it.
pub fn play_one(content: &Content, opts: &NewGame, bot: Bot) -> Result<GameSummary, sim::SimError> {
    let mut s = sim::new_game(content, opts)?;
    super::play(content, &mut s, bot, EARLY_QUARTER);
    let early_score = s.score().thousands();
    super::play(content, &mut s, bot, 10_000);
    Ok(summarise(&s, early_score))
}

fn summarise(s: &GameState, early_score: i64) -> GameSummary {
    let year: Vec<_> = s.history.iter().rev().take(4).collect();
    let total: f64 = year.iter().map(|h| h.total_revenue().as_f64()).sum();
    let platform: f64 = year
        .iter()
        .map(|h| (h.revenue[1] + h.revenue[2]).as_f64())
        .sum();
    GameSummary {
        score: s.score().thousands(),
        early_score,
        outcome: s.outcome,
        quarters: s.quarters_played(),
        platform_share: if total > 0.0 { platform / total } else { 0.0 },
        stake: s.company.founder_stake(),
    }
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
    /// Median share of the last year's revenue from sellers' fees and cloud.
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
                company: None,
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
        let mut platform: Vec<f64> = g.iter().map(|x| x.platform_share).collect();
        platform.sort_by(f64::total_cmp);
        let mut stakes: Vec<f64> = g.iter().map(|x| x.stake).collect();
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
