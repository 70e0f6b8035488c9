//! The one place that puts a quarter's notes into words: the news feed and the quarterly report
//! both read them from here, so they never drift apart.

use super::ids::FacilityId;
use super::projects;
use super::report::{Note, RivalAct, TenderWinner};
use super::state::GameState;
use crate::basic::text::{count, pct};
use crate::content::Content;
use crate::content::deck::Disposition;

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

/// The phase of the quarter a note belongs to, as the report groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The player's actions and answers.
    Plan,
    /// Construction, orders, servers and money.
    Resolve,
    /// Rivals, markets and politics.
    World,
    /// The cards the director dealt.
    Events,
}

/// True if a note also goes into the news feed (as [`NoteText::news`] says, without the words).
pub fn is_news(note: &Note) -> bool {
    match note {
        Note::FacilityReady(_)
        | Note::Disaster { .. }
        | Note::Overload { .. }
        | Note::InTrouble { .. }
        | Note::RivalCloud(_)
        | Note::CloudMarketOpened
        | Note::Macro(_)
        | Note::ProjectReady(_)
        | Note::BondDue { .. }
        | Note::DealDecided { .. } => true,
        Note::Outage(_)
        | Note::LateDeliveries { .. }
        | Note::SellersBreached { .. }
        | Note::CloudBreached { .. }
        | Note::Squeeze { .. }
        | Note::CreditDrawn(_)
        | Note::CreditCut(_)
        | Note::BondRepaid(_)
        | Note::Election(_)
        | Note::TenderAwarded { .. }
        | Note::Verdict { .. }
        | Note::EventDrawn(_)
        | Note::Answered { .. }
        | Note::RivalMove { .. }
        | Note::RivalCloudCut { .. } => false,
    }
}

/// Where a note belongs in the quarter.
pub fn phase(note: &Note) -> Phase {
    match note {
        Note::Answered { .. } => Phase::Plan,
        Note::FacilityReady(_)
        | Note::Disaster { .. }
        | Note::Outage(_)
        | Note::Overload { .. }
        | Note::LateDeliveries { .. }
        | Note::SellersBreached { .. }
        | Note::CloudBreached { .. }
        | Note::Squeeze { .. }
        | Note::CreditDrawn(_)
        | Note::InTrouble { .. }
        | Note::CreditCut(_)
        | Note::BondRepaid(_)
        | Note::BondDue { .. }
        | Note::ProjectReady(_) => Phase::Resolve,
        Note::RivalCloud(_)
        | Note::RivalMove { .. }
        | Note::RivalCloudCut { .. }
        | Note::CloudMarketOpened
        | Note::Macro(_)
        | Note::Election(_)
        | Note::TenderAwarded { .. }
        | Note::Verdict { .. }
        | Note::DealDecided { .. } => Phase::World,
        Note::EventDrawn(_) => Phase::Events,
    }
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
        Note::Overload {
            unserved_share,
            lost_orders,
            lost_sales,
        } => {
            // The remedy the company has: its own data centres, else hosting or a first build.
            let remedy = if state
                .facilities
                .iter()
                .any(|f| f.kind == crate::content::FacilityKind::DataCentre && f.is_operating())
            {
                "reserve more of the data centres for own use, rent more hosting, or build"
            } else {
                "rent more hosting (Finance) or build a data centre"
            };
            (
                if *lost_orders > 0 {
                    format!(
                        "Servers overloaded: {} of own load unserved, {} orders lost ({lost_sales} of sales); {remedy}",
                        pct(*unserved_share),
                        count(*lost_orders)
                    )
                } else {
                    format!(
                        "Servers overloaded: {} of own load unserved; {remedy}",
                        pct(*unserved_share)
                    )
                },
                true,
                true,
            )
        }
        Note::Squeeze {
            region,
            capacity,
            own_wanted,
            own_served,
            sellers_wanted,
            sellers_served,
            reserved_pct,
        } => {
            let place = content
                .regions
                .get(usize::from(region.0))
                .map_or("?", |r| r.name.as_str());
            let own_waited = own_wanted.saturating_sub(*own_served);
            let sellers_waited = sellers_wanted.saturating_sub(*sellers_served);
            let who = match (own_waited > 0, sellers_waited > 0) {
                (true, true) => format!(
                    "{} own orders went elsewhere or late and {} sellers' orders waited",
                    count(own_waited),
                    count(sellers_waited)
                ),
                (true, false) if *sellers_served > 0 => format!(
                    "{} own orders went elsewhere or late while sellers' orders took {} of the space (your reservation for own orders: {reserved_pct}%)",
                    count(own_waited),
                    count(*sellers_served)
                ),
                (true, false) => format!("{} own orders went elsewhere or late", count(own_waited)),
                (false, _) => format!(
                    "{} sellers' orders waited: your reservation kept {reserved_pct}% for own orders",
                    count(sellers_waited)
                ),
            };
            (
                format!(
                    "Warehouses in {place} full ({} orders): {who}",
                    count(*capacity)
                ),
                true,
                false,
            )
        }
        Note::Election(d) => (
            format!("Election: a {} administration takes office", d.name()),
            *d == Disposition::Hostile,
            false,
        ),
        Note::TenderAwarded { name, winner } => match winner {
            TenderWinner::You(m) => (
                format!("You win the tender {name}: {m} a quarter"),
                false,
                false,
            ),
            TenderWinner::Rival(i) => (
                format!(
                    "{} wins the tender {name}",
                    content
                        .rivals
                        .get(*i)
                        .map_or("A rival", |r| r.name.as_str())
                ),
                false,
                false,
            ),
            TenderWinner::Nobody => (
                format!("The tender {name} lapses without bids"),
                false,
                false,
            ),
        },
        Note::Verdict { name, won } => (
            format!(
                "Verdict in {name}: {}",
                if *won { "you win" } else { "you lose" }
            ),
            !*won,
            false,
        ),
        Note::EventDrawn(title) => (format!("New event: {title}"), false, false),
        Note::Answered {
            title,
            choice,
            by_default,
        } => (
            if *by_default {
                format!("Left unanswered, “{title}” took: {choice}")
            } else {
                format!("You answered “{title}”: {choice}")
            },
            false,
            false,
        ),
        Note::RivalMove {
            rival,
            region,
            act,
            points,
        } => {
            let who = content
                .rivals
                .get(*rival)
                .map_or("A rival", |r| r.name.as_str());
            let place = content
                .regions
                .get(usize::from(region.0))
                .map_or("?", |r| r.name.as_str());
            let text = match act {
                RivalAct::CutPrices => {
                    format!("{who} lost {points:.1} pts in {place} and cuts its prices there")
                }
                RivalAct::Builds => {
                    format!("{who} lost {points:.1} pts in {place} and builds depots there")
                }
                RivalAct::Contests => {
                    format!("You lead {who} by {points:.0} pts in {place}: it builds there")
                }
            };
            (text, false, false)
        }
        Note::RivalCloudCut { rival, cents } => (
            format!(
                "{} cuts its cloud price to {cents:.1}¢ per CU-hour",
                content
                    .rivals
                    .get(*rival)
                    .map_or("A rival", |r| r.name.as_str())
            ),
            false,
            false,
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
        Note::BondDue { amount, cash } => (
            if cash >= amount {
                format!("Bonds of {amount} fall due next quarter ({cash} in cash)")
            } else {
                format!(
                    "Bonds of {amount} fall due next quarter and cash is only {cash}: raise money or the credit line takes the rest"
                )
            },
            cash < amount,
            true,
        ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::deck::Disposition;
    use crate::sim::report::{RivalAct, TenderWinner};
    use crate::sim::{Money, NewGame, Quarter, RegionId, new_game};

    #[test]
    fn the_feed_takes_exactly_the_notes_their_words_say_it_takes() {
        let content = Content::embedded().unwrap();
        let state = new_game(&content, &NewGame::default()).unwrap();
        let q = Quarter::new(2000, 1);
        let notes = vec![
            Note::FacilityReady(FacilityId(1)),
            Note::Disaster {
                facility: FacilityId(1),
                until: q,
            },
            Note::Outage(FacilityId(1)),
            Note::Overload {
                unserved_share: 0.1,
                lost_orders: 5,
                lost_sales: Money::k(1),
            },
            Note::LateDeliveries { share: 0.1 },
            Note::SellersBreached { share: 0.1 },
            Note::CloudBreached { share: 0.1 },
            Note::Squeeze {
                region: RegionId(0),
                capacity: 10,
                own_wanted: 8,
                own_served: 5,
                sellers_wanted: 5,
                sellers_served: 5,
                reserved_pct: 50,
            },
            Note::CreditDrawn(Money::k(1)),
            Note::InTrouble { quarters: 1 },
            Note::CreditCut(Money::k(1)),
            Note::BondRepaid(Money::k(1)),
            Note::BondDue {
                amount: Money::k(2),
                cash: Money::k(1),
            },
            Note::RivalCloud(0),
            Note::CloudMarketOpened,
            Note::Macro("Boom".into()),
            Note::ProjectReady("robotics".into()),
            Note::DealDecided {
                rival: 0,
                region: RegionId(0),
                approved: true,
            },
            Note::Election(Disposition::Hostile),
            Note::TenderAwarded {
                name: "x".into(),
                winner: TenderWinner::Nobody,
            },
            Note::Verdict {
                name: "x".into(),
                won: true,
            },
            Note::EventDrawn("x".into()),
            Note::Answered {
                title: "x".into(),
                choice: "y".into(),
                by_default: false,
            },
            Note::RivalMove {
                rival: 0,
                region: RegionId(0),
                act: RivalAct::CutPrices,
                points: 1.0,
            },
            Note::RivalCloudCut {
                rival: 0,
                cents: 10.0,
            },
        ];
        for n in &notes {
            assert_eq!(is_news(n), note_text(&content, &state, n).news, "{n:?}");
        }
    }
}
