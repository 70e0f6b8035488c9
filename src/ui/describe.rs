//! Actions in words, for the plan list, the status line and the report.

use crate::content::Content;
use crate::sim::events::view::render;
use crate::sim::{Action, GameState};

/// One line describing an action, naming what only the game knows: the event an answer is for
/// and the choice's words.
pub fn describe_in(content: &Content, state: &GameState, a: &Action) -> String {
    if let Action::AnswerEvent { serial, choice } = a
        && let Some(p) = state.events.pending.iter().find(|p| p.serial == *serial)
        && let Some(e) = content.deck.event(&p.id)
        && let Some(c) = e.choices.get(usize::from(*choice))
    {
        return format!(
            "answer “{}”: {}",
            render(content, state, &e.title, p),
            render(content, state, &c.label, p)
        );
    }
    describe(content, a)
}

/// One line describing an action, with names rather than numbers.
pub fn describe(content: &Content, a: &Action) -> String {
    let region = |r: crate::sim::RegionId| {
        content
            .regions
            .get(usize::from(r.0))
            .map_or("?", |d| d.name.as_str())
    };
    match a {
        Action::Build {
            kind,
            region: r,
            size,
        } => {
            let size = content
                .sizes(*kind)
                .get(usize::from(*size))
                .map_or("?", |s| s.name.as_str());
            format!(
                "build a {} {} in {}",
                size.to_lowercase(),
                kind.name().to_lowercase(),
                region(*r)
            )
        }
        Action::Upgrade(id) => format!("upgrade #{}", id.0),
        Action::SetOpen { facility, open } => {
            if *open {
                format!("open #{} to outsiders", facility.0)
            } else {
                format!("close #{} to outsiders", facility.0)
            }
        }
        Action::SetReservation { facility, pct } => {
            format!("reserve {pct}% of #{} for own use", facility.0)
        }
        Action::SetCloudPrice { facility, cents } => {
            format!("cloud price {cents}¢ per CU-hour at #{}", facility.0)
        }
        Action::Mothball(id) => format!("mothball #{}", id.0),
        Action::Reactivate(id) => format!("reactivate #{}", id.0),
        Action::Sell(id) => format!("sell #{}", id.0),
        Action::SetPriceLevel(l) => format!(
            "set prices to {}",
            content
                .market
                .price_levels
                .get(usize::from(*l))
                .map_or("?", |p| p.name.as_str())
        ),
        Action::SetMarketing(m) => format!("spend {m} a quarter on marketing"),
        Action::SetServices(m) => format!("spend {m} a quarter on new cloud services"),
        Action::SetHosting(cu) => format!("rent {cu} CU of hosting"),
        Action::StartProject(id) => format!(
            "start the project {}",
            crate::sim::projects::project(content, id).map_or(id.as_str(), |p| p.name.as_str())
        ),
        Action::Acquire { rival, region: r } => format!(
            "propose to buy {}'s business in {}",
            content
                .rivals
                .get(usize::from(*rival))
                .map_or("?", |d| d.name.as_str()),
            region(*r)
        ),
        Action::RaiseEquity(m) => format!("raise {m} by selling shares"),
        Action::GoPublic => "go public (IPO)".to_string(),
        Action::IssueBond(m) => format!("issue a {m} bond"),
        Action::RepayCredit(m) => format!("repay {m} of the credit line"),
        Action::AnswerEvent { choice, .. } => {
            format!("answer an event with its choice {}", choice + 1)
        }
        Action::SetDefaults { kind, settings } => match settings {
            None => format!(
                "new {} start with the game's settings",
                crate::ui::strings::facilities::kinds(*kind)
            ),
            Some(s) => crate::ui::strings::facilities::new_facilities_start(*kind, *s),
        },
        Action::Bid { tender, price_pct } => {
            let name = content
                .deck
                .tender(tender)
                .map_or(tender.as_str(), |t| t.name.as_str());
            format!("bid {price_pct}% of list value for the tender {name}")
        }
    }
}
