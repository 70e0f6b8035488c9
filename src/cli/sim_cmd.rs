//! `flywheel sim`: headless games played by a bot.

use super::USAGE;
use super::sim_args::SimArgs;
use crate::bots::harness::Shape;
use crate::bots::{self, Bot};
use crate::content::Content;
use crate::save::{self, HeaderInfo, SaveDir};
use crate::sim::{self, GameState, NewGame};
use anyhow::Context;
use serde::Serialize;
use std::process::ExitCode;

/// One game's result, as printed with `--json`.
#[derive(Debug, Serialize)]
pub struct GameResult {
    /// Seed.
    pub seed: u64,
    /// Bot id.
    pub bot: String,
    /// Scenario id.
    pub scenario: String,
    /// Difficulty id.
    pub difficulty: String,
    /// Quarters resolved.
    pub quarters_played: u32,
    /// completed, bankrupt, ousted, or playing when stopped early.
    pub outcome: String,
    /// Founder's stake × valuation, in thousands of dollars.
    pub score: i64,
    /// Valuation, in thousands.
    pub valuation: i64,
    /// Cash, in thousands.
    pub cash: i64,
    /// Revenue over the last four quarters, in thousands.
    pub revenue_last_year: i64,
    /// Stable hash of the whole game state.
    pub state_hash: String,
    /// The economy's shape: business lines, shares, stake.
    #[serde(flatten)]
    pub shape: Shape,
    /// The events forced with `--force-event` that came, as `id@quarter`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub forced: Vec<String>,
}

impl GameResult {
    /// The result of a game as it stands.
    pub fn of(state: &GameState, bot: Bot) -> GameResult {
        GameResult {
            seed: state.seed,
            bot: bot.id().to_string(),
            scenario: state.scenario.clone(),
            difficulty: state.difficulty.clone(),
            quarters_played: state.quarters_played(),
            outcome: state.outcome.map_or("playing", |o| o.id()).to_string(),
            score: state.score().thousands(),
            valuation: state.valuation().thousands(),
            cash: state.company.cash.thousands(),
            revenue_last_year: state.revenue_ttm().thousands(),
            state_hash: sim::state_hash_hex(state),
            shape: Shape::of(state),
            forced: state
                .events
                .log
                .iter()
                .filter(|r| r.origin == sim::events::Origin::Forced)
                .map(|r| format!("{}@{}Q{}", r.id, r.quarter.year, r.quarter.q))
                .collect(),
        }
    }
}

/// Plays the games and prints one line each.
pub fn run(content: &Content, args: &SimArgs) -> anyhow::Result<ExitCode> {
    let Some(bot) = Bot::from_id(&args.bot) else {
        eprintln!(
            "unknown bot {:?}; valid: {}, all",
            args.bot,
            Bot::ids().join(", ")
        );
        return Ok(ExitCode::from(USAGE));
    };
    let dir = SaveDir::resolve(args.saves.as_deref());
    for i in 0..args.games {
        let mut log: save::ActionLog;
        let mut state = if let Some(from) = &args.load {
            let (mut s, l) = load_game(content, &dir, from)?;
            log = l;
            for f in &args.force_events {
                if let Err(e) = sim::events::force(content, &mut s, f) {
                    eprintln!("{e}");
                    return Ok(ExitCode::from(USAGE));
                }
            }
            s
        } else {
            let opts = NewGame {
                scenario: args.scenario.clone(),
                difficulty: args.difficulty.clone(),
                seed: args.seed.wrapping_add(i),
                company: None,
                forced_events: args.force_events.clone(),
            };
            match sim::new_game(content, &opts) {
                Ok(s) => {
                    log = save::ActionLog::starting(s.quarter);
                    log.forced = args.force_events.iter().map(|f| f.to_string()).collect();
                    s
                }
                Err(e) => {
                    eprintln!("{e}");
                    return Ok(ExitCode::from(USAGE));
                }
            }
        };
        let quarters = args
            .quarters
            .unwrap_or_else(|| u32::try_from(state.end.since(state.quarter) + 1).unwrap_or(0));
        // A game that will be saved keeps its log, so it can be replayed and verified.
        let logging = args.save.is_some();
        if args.trace || logging {
            for _ in 0..quarters {
                if state.is_over() {
                    break;
                }
                let played = state.quarter;
                let actions = bots::actions(content, &state, bot);
                let report = sim::advance(content, &mut state, &actions);
                if logging {
                    log.record(played, &actions, sim::state_hash_hex(&state));
                }
                if args.trace && (report.quarter.is_some_and(|q| q.q == 4) || state.is_over()) {
                    eprintln!("{}", trace_line(content, &state, &report));
                }
            }
        } else {
            bots::play(content, &mut state, bot, quarters);
        }
        if let Some(to) = &args.save {
            let path = dir.resolve_target(to)?;
            save::save_with_plan(&path, &state, &[], &log, &HeaderInfo::of(content))
                .with_context(|| format!("cannot save {}", path.display()))?;
        }
        let r = GameResult::of(&state, bot);
        if args.json {
            println!("{}", serde_json::to_string(&r)?);
        } else {
            println!(
                "seed {:>4}  {:<8} {}/{}  {:<9} after {:>3} quarters ({})  score {:>9}  valuation {:>9}  cash {:>9}  revenue last year {:>9}  hash {}",
                r.seed,
                r.bot,
                r.scenario,
                r.difficulty,
                r.outcome,
                r.quarters_played,
                state.quarter,
                state.score(),
                state.valuation(),
                state.company.cash,
                state.revenue_ttm(),
                r.state_hash
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One line of a game's progress, for balancing.
fn trace_line(content: &Content, state: &GameState, r: &sim::QuarterReport) -> String {
    let b = &r.books;
    let last = state.history.last();
    let warehouses = state
        .facilities
        .iter()
        .filter(|f| f.kind == crate::content::FacilityKind::Warehouse)
        .count();
    let dcs = state.facilities.len() - warehouses;
    let regions: String = r
        .regions
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let rivals = state
                .regions
                .get(i)
                .map(|x| {
                    x.rival_shares
                        .iter()
                        .map(|s| format!("{:.0}", s * 100.0))
                        .collect::<Vec<_>>()
                        .join("/")
                })
                .unwrap_or_default();
            format!(" | r{i} {:.0}% ({rivals})", line.share * 100.0)
        })
        .collect();
    format!(
        "{} rev {:>8} (3p {:>7} cloud {:>7}) net {:>8} cash {:>8} debt {:>8} share {:>5.1}% late {:>4.1}% orders {:>6.1}M wh {:>2} dc {:>2} sellers {:>6} cloudCU {:>8.0}/{:>8.0} rep {:>3.0} ox {:>3.0} pat {:>3.0} val {:>8} stake {:>4.1}%",
        r.quarter.map(|q| q.to_string()).unwrap_or_default(),
        b.revenue(),
        b.marketplace_revenue,
        b.cloud_revenue,
        b.net_income(),
        state.company.cash,
        state.company.debt(),
        last.map_or(0.0, |s| s.market_share * 100.0),
        r.late() as f64 * 100.0 / r.orders().max(1) as f64,
        r.orders() as f64 / 1e6,
        warehouses,
        dcs,
        r.marketplace.sellers,
        r.compute.cloud_served as f64,
        state.cloud_market.size_cu,
        state.company.reputation,
        state.company.excellence,
        state.company.patience,
        state.valuation(),
        state.company.founder_stake() * 100.0,
    ) + &format!(
        " | cloud book {:.0} wanted {:.0} cap {} rel {:.0} price {:.1}¢ avg {:.1}¢ ref {:.1}¢ ox-share {:.2}",
        state.company.cloud.demand_cu,
        state.company.cloud.wanted_cu,
        r.compute.data_centres,
        state.company.cloud.reliability,
        state.company.cloud.price_cents,
        state.cloud_market.average_price_cents,
        crate::sim::world::reference_price(content, state.quarter),
        crate::sim::stats::outsider_share(state),
    ) + &regions
        + &investments(content, r)
}

/// Projects finished and deals decided this quarter, for the trace.
fn investments(content: &Content, r: &sim::QuarterReport) -> String {
    r.notes
        .iter()
        .filter_map(|n| match n {
            sim::report::Note::ProjectReady(id) => Some(sim::projects::ready_text(content, id)),
            sim::report::Note::DealDecided {
                rival,
                region,
                approved,
            } => Some(sim::projects::deal_text(
                content, *rival, *region, *approved,
            )),
            _ => None,
        })
        .map(|t| format!(" | {t}"))
        .collect()
}

/// Loads a save to continue it headless; warnings go to stderr, errors end the command.
fn load_game(
    content: &Content,
    dir: &SaveDir,
    from: &str,
) -> anyhow::Result<(GameState, save::ActionLog)> {
    let path = dir.resolve_target(from)?;
    let (loaded, warnings) = save::load_checked(&path, content)
        .with_context(|| format!("cannot load {}", path.display()))?;
    for w in warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    Ok((loaded.state, loaded.log))
}
