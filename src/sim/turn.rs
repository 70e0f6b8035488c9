//! Resolving one quarter, phase by phase.

use super::action::{self, Action};
use super::finance;
use super::money::Money;
use super::report::{Books, Note, QuarterReport};
use super::state::{FacilityStatus, GameState, Outcome, Snapshot};
use super::{compute, events, fulfilment, politics, projects, retail, rivals, stats, world};
use crate::content::deck::Lever;
use crate::content::{Content, FacilityKind};
use rand::RngExt;

/// Plays one quarter: applies the actions, resolves the quarter and moves the world on.
/// Returns the quarterly report, which is also kept in the state. A finished game is left as is.
pub fn advance(content: &Content, state: &mut GameState, actions: &[Action]) -> QuarterReport {
    if state.is_over() {
        return state.last_report.clone().unwrap_or_default();
    }
    admit_new_rivals(content, state);
    let difficulty = content.difficulty(&state.difficulty);
    let strength = difficulty.map_or(1.0, |d| d.rival_strength);
    let mut report = QuarterReport {
        quarter: Some(state.quarter),
        cash_before: state.company.cash,
        ..QuarterReport::default()
    };
    let mut books = Books::default();

    // Plan: the queued actions, in order.
    for a in actions {
        // An answer is told by the event's words, found while the card is still pending.
        let answered = match a {
            Action::AnswerEvent { serial, choice } => state
                .events
                .pending
                .iter()
                .find(|p| p.serial == *serial)
                .and_then(|p| events::answer_words(content, state, p, *choice)),
            _ => None,
        };
        match action::apply(content, state, a, &mut books) {
            Ok(()) => {
                report.applied.push(a.clone());
                if let Some((title, choice)) = answered {
                    report.notes.push(Note::Answered {
                        title,
                        choice,
                        by_default: false,
                    });
                }
            }
            Err(why) => report.rejected.push((a.clone(), why)),
        }
    }
    // Events the player left unanswered take their default choice.
    for (p, choice) in events::settle_unanswered(content, state, &mut books) {
        if let Some((title, choice)) = events::answer_words(content, state, &p, choice) {
            report.notes.push(Note::Answered {
                title,
                choice,
                by_default: true,
            });
        }
    }

    // Resolve: construction, disasters, demand, compute, fulfilment, books.
    progress_facilities(state, &mut report.notes);
    projects::progress(content, state, &mut books, &mut report.notes);
    disasters(content, state, &mut report.notes);
    let mut regions = retail::demand(content, state);
    let wanted: u64 = regions.iter().map(|r| r.orders).sum();
    let (mut compute_report, unserved_load) =
        compute::serve(content, state, wanted, &mut books, &mut report.notes);
    if unserved_load > 0.0 {
        let lost_share = (unserved_load * content.market.compute.outage_sales_loss).clamp(0.0, 1.0);
        let mut lost_orders = 0;
        for r in regions.iter_mut() {
            let lost = (r.orders as f64 * lost_share) as u64;
            r.lost_to_outage = lost;
            r.orders -= lost;
            lost_orders += lost;
        }
        let price = content
            .market
            .price_levels
            .get(usize::from(state.company.price_level))
            .map_or(1.0, |l| l.price_factor);
        report.notes.push(Note::Overload {
            unserved_share: unserved_load,
            lost_orders,
            lost_sales: Money::from_f64(
                lost_orders as f64 * content.market.order_value * price / 1000.0,
            ),
        });
    }
    report.marketplace =
        fulfilment::serve(content, state, &mut regions, &mut books, &mut report.notes);
    report.regions = regions;
    book_costs(content, state, &mut books);
    politics::book(state, &mut books);
    let contract_cost = books
        .contract_revenue
        .scale(content.finance.contract_cost_share);
    books.other += contract_cost;
    books.line_costs[3] += contract_cost;
    close_lines(&mut books);
    finance::book_interest(content, state, &mut books);
    finance::book_tax(content, state, &mut books);
    finance::repay_maturing(state, &mut books, &mut report.notes);
    state.company.cash += books.cash_flow();
    finance::settle_cash(content, state, &mut books, &mut report.notes);
    finance::warn_bond_due(state, &mut report.notes);
    report.books = books;
    report.cash_after = state.company.cash;
    stats::update(content, state, &mut report, unserved_load);
    compute::update_cloud_book(
        content,
        state,
        &mut compute_report,
        strength,
        &mut report.notes,
    );
    report.compute = compute_report;

    // World: rivals and markets move.
    let price_pull = content
        .market
        .price_levels
        .get(usize::from(state.company.price_level))
        .map_or(0.0, |l| l.utility);
    rivals::act(content, state, price_pull, strength, &mut report.notes);
    let before = world::macro_phase(content, state.quarter).map(|p| p.name.clone());
    let after = world::macro_phase(content, state.quarter.next()).map(|p| p.name.clone());
    if after.is_some() && after != before {
        report.notes.push(Note::Macro(after.unwrap_or_default()));
    }

    // Report: history, patience, the end.
    record(content, state, &report);
    report.patience_change = finance::update_patience(content, state, &report.books);
    if let Some(last) = state.history.last_mut() {
        last.patience = state.company.patience;
    }
    news(content, state, &report);

    // Politics and Events: stakeholders, elections, tenders, verdicts; then the director's draw.
    politics::world(content, state, &mut report.notes);
    let before: Vec<u32> = state.events.pending.iter().map(|p| p.serial).collect();
    // Cards forced from the command line first: they come whatever the director would deal.
    events::forced::fire_due(content, state, state.quarter);
    events::draw(content, state);
    // The cards the director dealt, for the report.
    for p in state
        .events
        .pending
        .iter()
        .filter(|p| !before.contains(&p.serial))
    {
        if let Some(e) = content.deck.event(&p.id) {
            let title = events::view::render(content, state, &e.title, p);
            report.notes.push(Note::EventDrawn(title));
        }
    }

    state.outcome = if state.company.trouble_quarters >= content.finance.trouble_quarters_to_fail {
        Some(Outcome::Bankrupt)
    } else if state.company.patience <= 0.0 {
        Some(Outcome::Ousted)
    } else if state.quarter >= state.end {
        Some(Outcome::Completed)
    } else {
        None
    };
    if state.outcome.is_none() {
        state.quarter = state.quarter.next();
    }
    state.last_report = Some(report.clone());
    report
}

/// Rivals the data gained after a game was saved join it with no customers yet.
fn admit_new_rivals(content: &Content, state: &mut GameState) {
    let n = content.rivals.len();
    while state.rivals.len() < n {
        state
            .rivals
            .push(super::state::RivalState::newcomer(content.regions.len()));
    }
    for r in &mut state.regions {
        r.rival_shares.resize(n, 0.0);
    }
}

fn progress_facilities(state: &mut GameState, notes: &mut Vec<Note>) {
    let now = state.quarter;
    for f in &mut state.facilities {
        match f.status {
            FacilityStatus::Building { ready } | FacilityStatus::Reactivating { ready }
                if ready <= now =>
            {
                f.status = FacilityStatus::Operating;
                notes.push(Note::FacilityReady(f.id));
            }
            FacilityStatus::Damaged { until } if until <= now => {
                f.status = FacilityStatus::Operating
            }
            _ => {}
        }
    }
}

fn disasters(content: &Content, state: &mut GameState, notes: &mut Vec<Note>) {
    for (r, def) in content.regions.iter().enumerate() {
        // One draw per region per quarter keeps the generator's path independent of the facilities.
        let roll: f64 = state.rng.random();
        let (fewest, most) = content.facilities.disaster_quarters;
        let quarters: i32 = state
            .rng
            .random_range(i32::from(fewest)..=i32::from(most.max(fewest)));
        if roll >= def.disaster_risk {
            continue;
        }
        let candidates: Vec<usize> = state
            .facilities
            .iter()
            .enumerate()
            .filter(|(_, f)| usize::from(f.region.0) == r && f.is_operating())
            .map(|(i, _)| i)
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let pick = candidates[state.rng.random_range(0..candidates.len())];
        let until = state.quarter.plus(quarters);
        let f = &mut state.facilities[pick];
        f.status = FacilityStatus::Damaged { until };
        notes.push(Note::Disaster {
            facility: f.id,
            until,
        });
    }
}

fn book_costs(content: &Content, state: &mut GameState, books: &mut Books) {
    let saving = 1.0 - content.market.excellence.cost_saving * state.company.excellence / 100.0;
    let compute_index = world::compute_cost_index(content, state.quarter);
    let chips = projects::effects(content, state).compute_cost;
    // Local governments' goodwill shows in taxes, permits and power deals.
    let saving = saving * politics::sway(content, state, Lever::Upkeep);
    let mut upkeep = 0.0;
    let mut depreciation = Money::ZERO;
    let mut any_dc_open = false;
    for f in &mut state.facilities {
        let running = match f.status {
            FacilityStatus::Building { .. } => continue,
            FacilityStatus::Mothballed => content.facilities.mothball_upkeep,
            _ => 1.0,
        };
        let Some(cost) = super::upkeep::running_cost(content, f, compute_index * chips) else {
            continue;
        };
        let life = match f.kind {
            FacilityKind::Warehouse => content.facilities.warehouse.depreciation_quarters,
            FacilityKind::DataCentre => {
                any_dc_open |= f.open && f.is_operating();
                content.facilities.data_centre.depreciation_quarters
            }
        };
        let cost = cost * running * saving;
        upkeep += cost;
        // A building is written off over its life, used or not.
        let written = Money(f.invested.0 / i64::from(life.max(1)))
            .min(f.invested - f.depreciated)
            .max_zero();
        f.depreciated += written;
        depreciation += written;
        // Outsiders bear the share of the fixed cost they used; idle capacity is the store's.
        let used = f.last.own + f.last.outsiders;
        if used > 0 && f.last.outsiders > 0 {
            let share = f.last.outsiders as f64 / used as f64;
            let line = match f.kind {
                FacilityKind::Warehouse => 1,
                FacilityKind::DataCentre => 2,
            };
            books.line_costs[line] += Money::from_f64(cost * share) + written.scale(share);
        }
    }
    books.upkeep += Money::from_f64(upkeep);
    books.depreciation += depreciation;
    projects::write_off(content, state, books);
    if any_dc_open {
        books.services += state.company.services_budget;
        books.line_costs[2] += state.company.services_budget;
    }
    books.marketing += state.company.marketing;
    let f = &content.finance;
    books.overhead += f.overhead_base + books.revenue().scale(f.overhead_share);
}

/// Shares head office among the lines by revenue and gives the store what is left.
fn close_lines(books: &mut Books) {
    let revenue = books.revenue_lines();
    let total = books.revenue().as_f64();
    if total > 0.0 {
        let overhead = books.overhead;
        for (cost, rev) in books.line_costs.iter_mut().zip(revenue).skip(1) {
            *cost += overhead.scale(rev.as_f64() / total);
        }
    }
    let others: Money = books.line_costs[1..].iter().copied().sum();
    books.line_costs[0] = books.operating_costs() - others;
}

fn record(content: &Content, state: &mut GameState, report: &QuarterReport) {
    let spend: f64 = report.regions.iter().map(|r| r.spending.as_f64()).sum();
    let yours: f64 = report
        .regions
        .iter()
        .map(|r| r.spending.as_f64() * r.share)
        .sum();
    let world_share = |rival: usize| {
        let held: f64 = report
            .regions
            .iter()
            .zip(&state.regions)
            .map(|(r, m)| r.spending.as_f64() * m.rival_shares.get(rival).copied().unwrap_or(0.0))
            .sum();
        if spend > 0.0 { held / spend } else { 0.0 }
    };
    let price = content
        .market
        .price_levels
        .get(usize::from(state.company.price_level))
        .map_or(1.0, |l| l.price_factor);
    let region_revenue = report
        .regions
        .iter()
        .map(|r| {
            Money::from_f64(
                (r.orders - r.cancelled) as f64 * content.market.order_value * price / 1000.0,
            )
        })
        .collect();
    let open = state
        .facilities
        .iter()
        .any(|f| f.kind == FacilityKind::DataCentre && f.open);
    state.history.push(Snapshot {
        quarter: state.quarter,
        cash: state.company.cash,
        debt: state.company.debt(),
        revenue: report.books.revenue_lines(),
        profit: report.books.profit_lines(),
        cloud_share: report.compute.cloud_share,
        cloud_price: state.cloud_market.average_price_cents,
        net_income: report.books.net_income(),
        valuation: Money::ZERO,
        market_share: if spend > 0.0 { yours / spend } else { 0.0 },
        orders: report.orders(),
        reputation: state.company.reputation,
        excellence: state.company.excellence,
        patience: state.company.patience,
        founder_stake: state.company.founder_stake(),
        interest: report.books.interest,
        tax: report.books.tax,
        region_revenue,
        rival_shares: (0..state.rivals.len()).map(world_share).collect(),
        rival_cloud_prices: state
            .rivals
            .iter()
            .map(|r| {
                if r.cloud_opened.is_some() {
                    r.cloud_price_cents
                } else {
                    0.0
                }
            })
            .collect(),
        your_cloud_price: if open {
            state.company.cloud.price_cents
        } else {
            0.0
        },
    });
    let v = finance::valuation(content, state);
    if let Some(last) = state.history.last_mut() {
        last.valuation = v;
    }
}

fn news(content: &Content, state: &mut GameState, report: &QuarterReport) {
    // Only the notes the feed carries are put into words here: the rest wait for the report.
    for note in report.notes.iter().filter(|n| super::note_text::is_news(n)) {
        let said = super::note_text::note_text(content, state, note);
        state.push_news(said.text);
    }
}
