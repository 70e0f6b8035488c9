//! `flywheel deck list`: the ids and names a mod may use (regions, rivals, stakeholders,
//! stats, placeholders, levers and the rest), one per line.

use crate::bots::Bot;
use crate::content::Content;

/// Kinds of ids a mod may name, for `deck list --what`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Listing {
    /// Region ids and names.
    Regions,
    /// Rival ids and names.
    Rivals,
    /// Stakeholders for `Attitude` and `AttitudeAbove`/`Below`.
    Stakeholders,
    /// Stats for conditions and effects, with their ranges.
    Stats,
    /// Flags the decks declare and what sets them.
    Flags,
    /// Placeholders for titles, texts and labels.
    Placeholders,
    /// Scenario ids and their dates.
    Scenarios,
    /// Bots for `deck stats --bot` and `deck preview --bot`.
    Bots,
    /// Investment projects for `Project(…)`.
    Projects,
}

/// The lines of `deck list --what`, generated from the data so they cannot disagree with it.
pub fn listing(c: &Content, what: Listing) -> Vec<String> {
    use crate::content::deck::{Stakeholder, Stat};
    match what {
        Listing::Regions => c
            .regions
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let near: Vec<&str> = c
                    .neighbours
                    .get(i)
                    .into_iter()
                    .flatten()
                    .filter_map(|&n| c.regions.get(n).map(|x| x.id.as_str()))
                    .collect();
                let near = if near.is_empty() {
                    "none".to_string()
                } else {
                    near.join(", ")
                };
                format!("{}\t{}\tneighbours: {near}", r.id, r.name)
            })
            .collect(),
        Listing::Rivals => c
            .rivals
            .iter()
            .map(|r| format!("{}\t{}", r.id, r.name))
            .collect(),
        Listing::Stakeholders => Stakeholder::ALL
            .iter()
            .map(|s| format!("{s:?}\t{}", s.name()))
            .collect(),
        Listing::Stats => Stat::ALL
            .iter()
            .map(|s| {
                let (lo, hi) = s.range();
                let range = match (lo <= -1e300, hi >= 1e300) {
                    (true, _) => "any amount".to_string(),
                    (false, true) => format!("{lo} or more"),
                    _ => format!("{lo}–{hi}"),
                };
                let writable = if s.writable() {
                    "writable"
                } else {
                    "read-only"
                };
                format!("{s:?}\t{}\t{range}\t{writable}", s.name())
            })
            .collect(),
        Listing::Flags => {
            let mut flags: Vec<String> = c
                .deck
                .flag_names
                .iter()
                .map(|(id, name)| format!("{id}\t{name}"))
                .collect();
            flags.sort();
            flags
        }
        Listing::Placeholders => crate::content::deck::check::PLACEHOLDERS
            .iter()
            .map(|p| format!("{{{p}}}\t{}", placeholder_meaning(p)))
            .collect(),
        Listing::Scenarios => c
            .scenarios
            .iter()
            .map(|s| {
                format!(
                    "{}\t{}\t{} Q{} to {} Q{}",
                    s.id, s.name, s.start.0, s.start.1, s.end.0, s.end.1
                )
            })
            .collect(),
        Listing::Bots => Bot::ALL
            .iter()
            .map(|b| format!("{}\t{}", b.id(), b.about()))
            .collect(),
        Listing::Projects => c
            .projects
            .projects
            .iter()
            .map(|p| format!("{}\t{}\t{}", p.id, p.name, p.effect.words()))
            .collect(),
    }
}

/// What a placeholder is filled with.
fn placeholder_meaning(p: &str) -> &'static str {
    match p {
        "company" => "the company's name",
        "region" => "the event's region (the struck facility's, else one where the company works)",
        "home" => "the home region",
        "rival" => "the event's rival (the card's `rival`, else one drawn)",
        "facility" => "the facility the event strikes, such as \"warehouse #12\"",
        "year" => "the year the card came",
        "quarter" => "the quarter the card came, such as 2008 Q3",
        "administration" => {
            "the sitting administration's disposition: friendly, neutral or hostile"
        }
        _ => "",
    }
}
