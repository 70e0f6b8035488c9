//! The balance targets, checked on fewer seeds than the full report (`flywheel sim --bot all
//! --games 1000 --difficulty D`, docs/BALANCE.md) so they fit in CI. The seeds are fixed, so this
//! cannot flake: it fails when a change to the rules or the data breaks a target. Tune the data,
//! not these targets. The economy's shape is checked on 300 seeds at normal difficulty, where
//! the targets are set; the bots' outcomes and the ordering of difficulties on 150 seeds of
//! every difficulty.
//!
//! Not checked here because it does not hold yet (docs/BALANCE.md says by how much): the leader
//! at quarter 40 finishes first on 35–65%.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::bots::Bot;
use flywheel::bots::harness::{self, BotLine, GameSummary, Table};
use flywheel::content::Content;
use flywheel::sim::Outcome;

/// Seeds for the outcomes on every difficulty.
const SEEDS: u64 = 150;
/// Seeds for the economy's shape at normal difficulty: its medians need a larger sample.
const ECONOMY_SEEDS: u64 = 300;
const DIFFICULTIES: [&str; 3] = ["easy", "normal", "hard"];

fn table(content: &Content, difficulty: &str, seeds: u64) -> Table {
    harness::run(
        content,
        "standard",
        difficulty,
        0,
        seeds,
        &Bot::ALL,
        &|_| {},
    )
    .expect("the standard scenario and every difficulty exist")
}

fn index(bot: Bot) -> usize {
    Bot::ALL
        .iter()
        .position(|&b| b == bot)
        .expect("every bot is in ALL")
}

fn line(t: &Table, bot: Bot) -> &BotLine {
    &t.bots[index(bot)]
}

/// Bots meant to fail or to play blindly; the others are the strategies a player might follow.
fn is_strategy(bot: Bot) -> bool {
    !matches!(bot, Bot::Idle | Bot::Reckless | Bot::Random)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The median of a figure over a bot's games; with `completed`, over the games it played to the
/// end only (a bankrupt company has no final year to speak of).
fn bot_median(t: &Table, bot: Bot, completed: bool, f: impl Fn(&GameSummary) -> f64) -> f64 {
    median(
        t.games[index(bot)]
            .iter()
            .filter(|g| !completed || g.outcome == Some(Outcome::Completed))
            .map(f)
            .collect(),
    )
}

fn share_of_revenue(g: &GameSummary, line: fn(&GameSummary) -> i64) -> f64 {
    let total = g.shape.revenue_by_line.total();
    if total > 0 {
        line(g) as f64 / total as f64
    } else {
        0.0
    }
}

fn margin(revenue: i64, profit: i64) -> f64 {
    if revenue > 0 {
        profit as f64 / revenue as f64
    } else {
        f64::NAN
    }
}

const OPENERS: [Bot; 3] = [Bot::Opener, Bot::CloudFirst, Bot::LateOpener];

/// Targets 1, 2, 3, 5 and 6 of the economy's shape.
fn check_economy(t: &Table) -> Vec<String> {
    let mut broken = Vec::new();
    let mut need = |ok: bool, what: String| {
        if !ok {
            broken.push(what);
        }
    };
    for bot in OPENERS {
        let id = bot.id();
        let platform = bot_median(t, bot, false, |g| g.shape.platform_profit_share);
        need(
            platform >= 0.5,
            format!("{id}: the platform earns {platform:.2} of operating profit (at least 0.5)"),
        );
        let cloud = bot_median(t, bot, false, |g| {
            share_of_revenue(g, |g| g.shape.revenue_by_line.cloud)
        });
        need(
            (0.10..=0.20).contains(&cloud),
            format!("{id}: cloud is {cloud:.3} of revenue (0.10–0.20)"),
        );
        let sellers = bot_median(t, bot, false, |g| {
            share_of_revenue(g, |g| g.shape.revenue_by_line.sellers)
        });
        need(
            sellers >= 0.15,
            format!("{id}: sellers' services are {sellers:.3} of revenue (at least 0.15)"),
        );
        let cloud_margin = bot_median(t, bot, true, |g| {
            let s = &g.shape;
            margin(s.revenue_by_line.cloud, s.operating_profit_by_line.cloud)
        });
        need(
            (0.20..=0.40).contains(&cloud_margin),
            format!("{id}: cloud margin {cloud_margin:.3} (0.20–0.40)"),
        );
    }
    for bot in Bot::ALL.into_iter().filter(|b| is_strategy(*b)) {
        let id = bot.id();
        let retail = bot_median(t, bot, true, |g| {
            let s = &g.shape;
            margin(s.revenue_by_line.retail, s.operating_profit_by_line.retail)
        });
        need(
            (0.01..=0.06).contains(&retail),
            format!("{id}: retail margin {retail:.3} (0.01–0.06)"),
        );
        let online = bot_median(t, bot, true, |g| g.shape.online_share);
        need(
            (0.25..=0.55).contains(&online),
            format!("{id}: final online share {online:.3} (0.25–0.55)"),
        );
    }
    // On the same seed, the best and the worst strategy end far apart in the shops.
    let spread = median(
        (0..t.seeds as usize)
            .map(|seed| {
                let shares: Vec<f64> = Bot::ALL
                    .iter()
                    .filter(|b| is_strategy(**b))
                    .map(|&b| t.games[index(b)][seed].shape.online_share)
                    .collect();
                let hi = shares.iter().copied().fold(f64::MIN, f64::max);
                let lo = shares.iter().copied().fold(f64::MAX, f64::min);
                hi - lo
            })
            .collect(),
    );
    need(
        spread >= 0.10,
        format!("best and worst strategy differ by {spread:.3} in online share (at least 0.10)"),
    );
    let (opener, late) = (line(t, Bot::Opener), line(t, Bot::LateOpener));
    need(
        opener.median > late.median,
        format!(
            "opener's median {} does not beat late-opener's {}",
            opener.median, late.median
        ),
    );
    let early = bot_median(t, Bot::Opener, false, |g| g.shape.cloud_share_2015);
    let late_2015 = bot_median(t, Bot::LateOpener, false, |g| g.shape.cloud_share_2015);
    need(
        early >= 1.5 * late_2015,
        format!("opener's 2015 cloud share {early:.3} is not 1.5× late-opener's {late_2015:.3}"),
    );
    // Target 4, but for the quarter-40 leader: no strategy wins everywhere, the cloud can win,
    // and a store that stayed a store beats the opener in some worlds.
    for l in &t.bots {
        need(
            l.top_share <= 0.40,
            format!(
                "{} scores highest on {:.1}% of seeds (at most 40%)",
                l.bot,
                l.top_share * 100.0
            ),
        );
    }
    let cloud_first = line(t, Bot::CloudFirst).top_share;
    need(
        cloud_first >= 0.10,
        format!(
            "cloud-first scores highest on {:.1}% of seeds (at least 10%)",
            cloud_first * 100.0
        ),
    );
    let retail_wins = t.retail_beats_opener.unwrap_or(0.0);
    need(
        (0.15..=0.35).contains(&retail_wins),
        format!(
            "retail beats opener on {:.1}% of seeds (15–35%)",
            retail_wins * 100.0
        ),
    );
    let fall = median(
        t.games[index(Bot::Opener)]
            .iter()
            .filter_map(|g| g.shape.price_fall_after_rival)
            .collect(),
    );
    need(
        fall >= 0.25,
        format!(
            "the cloud price fell {fall:.3} in 8 quarters after a rival opened (at least 0.25)"
        ),
    );
    broken
}

/// Target 8: the bots that are not strategies keep their place on every difficulty.
fn check_outcomes(t: &Table) -> Vec<String> {
    let d = &t.difficulty;
    let mut broken = Vec::new();
    let idle = line(t, Bot::Idle);
    for l in t
        .bots
        .iter()
        .filter(|l| l.bot != "idle" && l.bot != "reckless")
    {
        if idle.median >= l.median {
            broken.push(format!(
                "{d}: idle's median {} is not below {}'s {}",
                idle.median, l.bot, l.median
            ));
        }
    }
    let reckless = line(t, Bot::Reckless);
    if reckless.bankrupt + reckless.ousted <= 0.5 {
        broken.push(format!(
            "{d}: reckless fails on {:.0}% of seeds (mostly)",
            (reckless.bankrupt + reckless.ousted) * 100.0
        ));
    }
    let random = line(t, Bot::Random);
    if random.bankrupt == 0.0 || random.bankrupt >= 0.5 {
        broken.push(format!(
            "{d}: random goes bankrupt on {:.0}% of seeds (some, not most)",
            random.bankrupt * 100.0
        ));
    }
    broken
}

/// The median score of every game played by the strategies, pooled.
fn strategies_median(t: &Table) -> i64 {
    let mut scores: Vec<i64> = Bot::ALL
        .iter()
        .enumerate()
        .filter(|(_, b)| is_strategy(**b))
        .flat_map(|(i, _)| t.games[i].iter().map(|g| g.score))
        .collect();
    scores.sort_unstable();
    scores[scores.len() / 2]
}

#[test]
fn the_economy_has_its_shape_at_normal_difficulty() {
    let content = Content::embedded().expect("embedded data is valid");
    let broken = check_economy(&table(&content, "normal", ECONOMY_SEEDS));
    assert!(
        broken.is_empty(),
        "economy targets broken:\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_difficulty_keeps_the_outcomes_and_harder_scores_lower() {
    let content = Content::embedded().expect("embedded data is valid");
    let tables: Vec<Table> = DIFFICULTIES
        .iter()
        .map(|d| table(&content, d, SEEDS))
        .collect();
    let mut broken: Vec<String> = tables.iter().flat_map(check_outcomes).collect();
    let medians: Vec<i64> = tables.iter().map(strategies_median).collect();
    for pair in medians.windows(2).zip(DIFFICULTIES.windows(2)) {
        let ([easier, harder], [e, h]) = pair else {
            unreachable!("windows of two")
        };
        if harder >= easier {
            broken.push(format!(
                "the strategies' pooled median on {h} ({harder}) is not below {e}'s ({easier})"
            ));
        }
    }
    assert!(
        broken.is_empty(),
        "balance targets broken:\n{}",
        broken.join("\n")
    );
}
