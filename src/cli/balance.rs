//! `flywheel sim --bot all`: the balance table.

use super::USAGE;
use super::sim_args::SimArgs;
use crate::bots::Bot;
use crate::bots::harness::{self, Shape, Table};
use crate::content::Content;
use crate::sim::Money;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Plays every bot on the same seeds and prints the table (or JSON).
pub fn run(content: &Content, args: &SimArgs) -> anyhow::Result<ExitCode> {
    let total = args.games;
    let show = std::io::stderr().is_terminal() && total >= 20;
    let progress = |done: u64| {
        if show && (done.is_multiple_of(10) || done == total) {
            let width = 30;
            let filled = (done * width / total.max(1)) as usize;
            let bar = format!(
                "{}{}",
                "#".repeat(filled),
                ".".repeat(width as usize - filled)
            );
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r[{bar}] {done}/{total} seeds");
            if done == total {
                let _ = writeln!(err);
            }
        }
    };
    let table = match harness::run(
        content,
        &args.scenario,
        &args.difficulty,
        args.seed,
        total,
        &Bot::ALL,
        &progress,
    ) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(USAGE));
        }
    };
    if args.json && args.per_game {
        let mut out = std::io::stdout().lock();
        for (bot, games) in table.bots.iter().zip(&table.games) {
            for g in games {
                let row = Row {
                    seed: g.seed,
                    bot: &bot.bot,
                    scenario: &table.scenario,
                    difficulty: &table.difficulty,
                    quarters_played: g.quarters,
                    outcome: g.outcome.map_or("playing", |o| o.id()),
                    score: g.score,
                    early_score: g.early_score,
                    shape: g.shape,
                };
                writeln!(out, "{}", serde_json::to_string(&row)?)?;
            }
        }
    } else if args.json {
        println!("{}", serde_json::to_string(&table)?);
    } else {
        print!("{}", render(&table));
    }
    Ok(ExitCode::SUCCESS)
}

/// One game of the harness, as `--per-game` prints it.
#[derive(Serialize)]
struct Row<'a> {
    seed: u64,
    bot: &'a str,
    scenario: &'a str,
    difficulty: &'a str,
    quarters_played: u32,
    outcome: &'a str,
    score: i64,
    /// Score after the harness's early quarter.
    early_score: i64,
    #[serde(flatten)]
    shape: Shape,
}

/// The table as text.
pub fn render(t: &Table) -> String {
    let mut out = format!(
        "{} seeds of {} at {} difficulty\n\n{:<12} {:>9} {:>9} {:>9} {:>6} {:>9} {:>7} {:>9} {:>9} {:>6}\n",
        t.seeds,
        t.scenario,
        t.difficulty,
        "bot",
        "median",
        "p10",
        "p90",
        "top",
        "bankrupt",
        "ousted",
        "fails at",
        "platform",
        "stake"
    );
    for l in &t.bots {
        out += &format!(
            "{:<12} {:>9} {:>9} {:>9} {:>5.0}% {:>8.0}% {:>6.0}% {:>9} {:>8.0}% {:>5.0}%\n",
            l.bot,
            Money(l.median).to_string(),
            Money(l.p10).to_string(),
            Money(l.p90).to_string(),
            l.top_share * 100.0,
            l.bankrupt * 100.0,
            l.ousted * 100.0,
            l.median_failure_quarter
                .map_or("-".to_string(), |q| format!("q{q}")),
            l.platform_share * 100.0,
            l.stake * 100.0,
        );
    }
    out += &format!(
        "\nleader at quarter {} finishes first on {:.0}% of seeds\n",
        harness::EARLY_QUARTER,
        t.early_leader_wins * 100.0
    );
    if let Some(r) = t.retail_beats_opener {
        out += &format!("retail beats opener on {:.0}% of seeds\n", r * 100.0);
    }
    out
}
