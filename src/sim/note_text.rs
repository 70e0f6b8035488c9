//! The one place that puts a quarter's notes into words: the news feed and the quarterly report
//! both read them from here, so they never drift apart.

use super::ids::FacilityId;
use super::projects;
use super::report::Note;
use super::state::GameState;
use crate::basic::text::pct;
use crate::content::Content;

/// A note in words.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteText {
    /// What happened, as the player reads it.
    pub text: String,
    /// True for trouble the player should act on.
    pub alarm: bool,
    /// True if it also goes into the news feed (the rest is the quarter's own business).
    pub news: bool,
}

/// Puts a note into words, naming facilities and rivals from the state and the data.
pub fn note_text(content: &Content, state: &GameState, note: &Note) -> NoteText {
    let fac = |id: FacilityId| {
        state.facility(id).map_or(format!("#{}", id.0), |f| {
            let region = content
                .regions
                .get(usize::from(f.region.0))
                .map_or("?", |r| r.name.as_str());
            format!("{} #{} in {region}", f.kind.name(), id.0)
        })
    };
    let (text, alarm, news) = match note {
        Note::FacilityReady(id) => (format!("{} is operating", fac(*id)), false, true),
        Note::Disaster { facility, until } => (
            format!("Disaster: {} damaged until {until}", fac(*facility)),
            true,
            true,
        ),
        Note::Outage(id) => (format!("Outage at {}", fac(*id)), true, false),
        Note::Overload { unserved_share } => (
            format!(
                "Servers overloaded: {} of own load unserved",
                pct(*unserved_share)
            ),
            true,
            true,
        ),
        Note::LateDeliveries { share } => (
            format!("{} of orders arrived late: build warehouses", pct(*share)),
            true,
            false,
        ),
        Note::SellersBreached { share } => (
            format!("Sellers' orders waited ({} unserved)", pct(*share)),
            true,
            false,
        ),
        Note::CloudBreached { share } => (
            format!("Cloud customers turned away ({} unserved)", pct(*share)),
            true,
            false,
        ),
        Note::CreditDrawn(m) => (
            format!("Cash ran out: drew {m} on the credit line"),
            true,
            false,
        ),
        Note::InTrouble { quarters } => (
            format!(
                "In trouble ({quarters} of {} quarters): cash negative and no credit left; raise money or cut costs",
                content.finance.trouble_quarters_to_fail
            ),
            true,
            true,
        ),
        Note::CreditCut(m) => (
            format!("The bank cut the credit line: {m} repaid at once"),
            true,
            false,
        ),
        Note::BondRepaid(m) => (format!("A {m} bond was repaid"), false, false),
        Note::RivalCloud(i) => (
            format!(
                "{} opened a cloud",
                content
                    .rivals
                    .get(*i)
                    .map_or("A rival", |r| r.name.as_str())
            ),
            true,
            true,
        ),
        Note::CloudMarketOpened => (
            "A market for renting servers by the hour is born".into(),
            false,
            true,
        ),
        Note::Macro(name) => (format!("Economy: {name}"), false, true),
        Note::ProjectReady(id) => (projects::ready_text(content, id), false, true),
        Note::DealDecided {
            rival,
            region,
            approved,
        } => (
            projects::deal_text(content, *rival, *region, *approved),
            !approved,
            true,
        ),
    };
    NoteText { text, alarm, news }
}
