//! The balance targets, checked on fewer seeds than the full report (`flywheel sim --bot all
//! --games 1000 --difficulty D`, docs/BALANCE.md) so they fit in CI. The seeds are fixed, so this
//! cannot flake: it fails when a change to the rules or the data breaks a target. Tune the data,
//! not these targets.
// A failed expectation is how a test or a benchmark reports; the no-panic lints are for the game.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use flywheel::bots::Bot;
use flywheel::bots::harness::{self, BotLine, Table};
use flywheel::content::Content;

const SEEDS: u64 = 150;
const DIFFICULTIES: [&str; 3] = ["easy", "normal", "hard"];

fn table(content: &Content, difficulty: &str) -> Table {
    harness::run(
        content,
        "standard",
        difficulty,
        0,
        SEEDS,
        &Bot::ALL,
        &|_| {},
    )
    .expect("the standard scenario and every difficulty exist")
}

fn line(t: &Table, bot: Bot) -> &BotLine {
    t.bots
        .iter()
        .find(|l| l.bot == bot.id())
        .expect("every bot has a line")
}

/// Bots meant to fail or to play blindly; the others are the strategies a player might follow.
fn is_strategy(bot: Bot) -> bool {
    !matches!(bot, Bot::Idle | Bot::Reckless | Bot::Random)
}

fn check_shape(t: &Table) -> Vec<String> {
    let d = &t.difficulty;
    let mut broken = Vec::new();
    for l in &t.bots {
        if l.top_share > 0.5 {
            broken.push(format!(
                "{d}: {} scores highest on {:.0}% of seeds (at most 50%)",
                l.bot,
                l.top_share * 100.0
            ));
        }
    }
    let (retail, opener) = (line(t, Bot::Retail), line(t, Bot::Opener));
    if opener.median <= retail.median {
        broken.push(format!(
            "{d}: opener's median {} does not beat retail's {}",
            opener.median, retail.median
        ));
    }
    let beats = t.retail_beats_opener.unwrap_or(0.0);
    if beats < 0.15 {
        broken.push(format!(
            "{d}: retail beats opener on {:.0}% of seeds (at least 15%)",
            beats * 100.0
        ));
    }
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
    let random = line(t, Bot::Random);
    if random.bankrupt == 0.0 || random.bankrupt >= 0.5 {
        broken.push(format!(
            "{d}: random goes bankrupt on {:.0}% of seeds (some, not most)",
            random.bankrupt * 100.0
        ));
    }
    if t.early_leader_wins >= 0.75 {
        broken.push(format!(
            "{d}: the leader at quarter {} finishes first on {:.0}% of seeds (under 75%)",
            harness::EARLY_QUARTER,
            t.early_leader_wins * 100.0
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
fn every_difficulty_keeps_the_shape_and_harder_scores_lower() {
    let content = Content::embedded().expect("embedded data is valid");
    let tables: Vec<Table> = DIFFICULTIES.iter().map(|d| table(&content, d)).collect();
    let mut broken: Vec<String> = tables.iter().flat_map(check_shape).collect();
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
