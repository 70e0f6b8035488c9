//! Conditions and effects in plain words, for the event card's previews and greyed choices.

use super::types::{Cond, Effect, Stat};
use crate::basic::money::Money;
use crate::content::{Content, FacilityKind};

fn stat_value(stat: Stat, v: f64) -> String {
    if stat.is_money() {
        Money::from_f64(v).to_string()
    } else if matches!(
        stat,
        Stat::MarketShare | Stat::FounderStake | Stat::RevenueGrowth
    ) {
        format!("{:.0}%", v * 100.0)
    } else {
        format!("{v}")
    }
}

fn signed(v: f64) -> String {
    if v >= 0.0 {
        format!("+{v}")
    } else {
        format!("{v}")
    }
}

fn kind_name(kind: Option<FacilityKind>) -> &'static str {
    match kind {
        Some(FacilityKind::Warehouse) => "warehouse",
        Some(FacilityKind::DataCentre) => "data centre",
        None => "facility",
    }
}

fn region_name<'a>(content: &'a Content, id: &'a Option<String>) -> Option<&'a str> {
    id.as_deref().map(|r| {
        content
            .region_index(r)
            .and_then(|i| content.regions.get(i))
            .map_or(r, |d| d.name.as_str())
    })
}

/// A condition in words, e.g. "Reputation above 60".
pub fn condition(content: &Content, c: &Cond) -> String {
    match c {
        Cond::Always => "always".into(),
        Cond::Date { from, to } => format!("between {} Q{} and {} Q{}", from.0, from.1, to.0, to.1),
        Cond::From((y, q)) => format!("from {y} Q{q}"),
        Cond::Until((y, q)) => format!("until {y} Q{q}"),
        Cond::Quarter(q) => format!("in Q{q}"),
        Cond::Above(s, v) => format!("{} above {}", s.name(), stat_value(*s, *v)),
        Cond::Below(s, v) => format!("{} below {}", s.name(), stat_value(*s, *v)),
        Cond::Flag(f) => content.deck.flag_name(f),
        Cond::AttitudeAbove(s, v) => format!("{} attitude above {v}", s.name()),
        Cond::AttitudeBelow(s, v) => format!("{} attitude below {v}", s.name()),
        Cond::Administration(d) => format!("a {} administration", d.name()),
        Cond::Facilities {
            kind,
            region,
            open,
            operating,
            min,
        } => {
            let open = match (*open, *operating) {
                (true, true) => " open, working",
                (true, false) => " open",
                (false, true) => " working",
                (false, false) => "",
            };
            let place = region_name(content, region)
                .map(|r| format!(" in {r}"))
                .unwrap_or_default();
            format!("at least {min}{open} {}(s){place}", kind_name(*kind))
        }
        Cond::Lawsuit(id) => format!("lawsuit {id} running"),
        Cond::Project(id) => format!(
            "{} started",
            content
                .projects
                .get(id)
                .map_or(id.as_str(), |p| p.name.as_str())
        ),
        Cond::TenderOpen(id) => format!("tender {id} open"),
        Cond::Contract(id) => format!("contract {id} running"),
        Cond::RivalCloud(id) => {
            let name = content
                .rivals
                .iter()
                .find(|r| &r.id == id)
                .map_or(id.as_str(), |r| r.name.as_str());
            format!("{name} runs a cloud")
        }
        Cond::Chance(p) => format!("{:.0}% chance", p * 100.0),
        Cond::All(list) => join(content, list, " and "),
        Cond::Any(list) => join(content, list, " or "),
        Cond::Not(inner) => format!("not ({})", condition(content, inner)),
    }
}

fn join(content: &Content, list: &[Cond], sep: &str) -> String {
    if list.is_empty() {
        return if sep == " and " { "always" } else { "never" }.into();
    }
    list.iter()
        .map(|c| condition(content, c))
        .collect::<Vec<_>>()
        .join(sep)
}

/// A tender's requirement in words.
pub fn requirement(content: &Content, r: &super::types::Requirement) -> String {
    use super::types::Requirement as R;
    let place = |region: &Option<String>| {
        region_name(content, region)
            .map(|r| format!(" in {r}"))
            .unwrap_or_default()
    };
    match r {
        R::DataCentres { region, min } => format!("{min} working data centre(s){}", place(region)),
        R::Warehouses { region, min } => format!("{min} working warehouse(s){}", place(region)),
        R::Flag(f) => content.deck.flag_name(f),
        R::CloudOpen => "a cloud open to outsiders".into(),
    }
}

/// What the event that ends a lawsuit brings: its effects when it has one answer, its answers
/// when the player chooses.
fn outcome(content: &Content, id: &str) -> String {
    let Some(e) = content.deck.event(id) else {
        return "nothing more".into();
    };
    match e.choices.as_slice() {
        [only] if only.effects.is_empty() => "nothing more".into(),
        [only] => only
            .effects
            .iter()
            .map(|x| match x {
                // Not its outcomes in turn: two suits could name each other.
                Effect::Lawsuit { name, .. } => format!("a new lawsuit \"{name}\""),
                _ => effect(content, x),
            })
            .collect::<Vec<_>>()
            .join(", "),
        many => format!(
            "you choose: {}",
            many.iter()
                .map(|c| c.label.as_str())
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    }
}

/// An effect in words, e.g. "Press −10" or "Shipping cost +15% for 8 quarters".
pub fn effect(content: &Content, e: &Effect) -> String {
    match e {
        Effect::Cash(m) => {
            if m.is_negative() {
                format!("Costs {}", -*m)
            } else {
                format!("Brings {m}")
            }
        }
        Effect::CashShare(k) => {
            if *k < 0.0 {
                format!("Costs {:.1}% of a quarter's revenue", -k * 100.0)
            } else {
                format!("Brings {:.1}% of a quarter's revenue", k * 100.0)
            }
        }
        Effect::Stat(s, v) => format!("{} {}", s.name(), signed(*v)),
        Effect::StatPct(s, v) => format!("{} {}%", s.name(), signed(*v)),
        Effect::Attitude(s, v) => format!("{} attitude {}", s.name(), signed(*v)),
        Effect::Modifier { on, pct, quarters } => {
            format!("{} {}% for {quarters} quarter(s)", on.name(), signed(*pct))
        }
        Effect::SetFlag(f) => format!("From now on: {}", content.deck.flag_name(f)),
        Effect::ClearFlag(f) => format!("No longer: {}", content.deck.flag_name(f)),
        // The card names the facility the event struck; a preview before any is chosen says
        // what kind.
        Effect::Damage { kind, quarters } => format!(
            "Puts {{facility}} out of service for {quarters} quarter(s) ({} in {{region}})",
            kind_name(*kind)
        ),
        Effect::Lawsuit {
            name,
            quarters,
            cost_per_quarter,
            merits,
            on_win,
            on_loss,
            ..
        } => format!(
            "Lawsuit \"{name}\": {quarters} quarter(s), {cost_per_quarter} a quarter, {:.0}% on the merits; if won: {}; if lost: {}",
            merits * 100.0,
            outcome(content, on_win),
            outcome(content, on_loss)
        ),
        Effect::Project(id) => match content.projects.get(id) {
            Some(p) => format!(
                "Starts \"{}\" ({}), working in {} quarter(s)",
                p.name,
                p.effect.words(),
                p.lead_quarters
            ),
            None => format!("Starts the project {id}"),
        },
        Effect::Tender(id) => match content.deck.tender(id) {
            Some(t) => {
                let needs: Vec<String> = t
                    .requirements
                    .iter()
                    .map(|r| requirement(content, r))
                    .collect();
                let needs = if needs.is_empty() {
                    String::new()
                } else {
                    format!(", needing {}", needs.join(", "))
                };
                format!(
                    "Opens the tender \"{}\": bids close in {} quarter(s){needs}",
                    t.name, t.open_quarters
                )
            }
            None => format!("Opens the tender \"{id}\""),
        },
        Effect::FollowUp { event, after } => {
            let title = content
                .deck
                .event(event)
                .map_or(event.as_str(), |e| e.title.as_str());
            format!("Follow-up in {after} quarter(s): {title}")
        }
        Effect::Chance { p, then, otherwise } => {
            let list = |v: &[Effect]| {
                if v.is_empty() {
                    "nothing".to_string()
                } else {
                    v.iter()
                        .map(|e| effect(content, e))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            format!(
                "{:.0}% chance: {}; otherwise: {}",
                p * 100.0,
                list(then),
                list(otherwise)
            )
        }
    }
}
