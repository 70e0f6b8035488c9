//! What keys do on the finance screen, and the action the selected row would queue.

use super::state::{FinanceRow, raise_amount, target};
use crate::content::Content;
use crate::sim::{self, Action, RegionId};
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, Screen, Topic, UiAction};

/// A command on the finance screen.
pub fn on_cmd(content: &Content, g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::Left => UiAction::Adjust(-1),
        Cmd::Right => UiAction::Adjust(1),
        Cmd::Confirm => finance_action(content, g).map_or(UiAction::None, UiAction::Queue),
        Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Valuation)),
        Cmd::LedgerPage => UiAction::LedgerPage,
        Cmd::Earlier => UiAction::LedgerScroll(-1),
        Cmd::Later => UiAction::LedgerScroll(1),
        _ => UiAction::None,
    }
}

/// The selected finance row.
pub fn selected_row(g: &Game) -> Option<FinanceRow> {
    FinanceRow::ALL
        .get(g.rows[Screen::Finance.index()])
        .copied()
}

/// The action the selected finance row would queue.
pub fn finance_action(content: &Content, g: &Game) -> Option<Action> {
    let s = &g.planned(content).state;
    let f = &g.finance;
    let row = selected_row(g)?;
    let share = f.share(row);
    Some(match row {
        FinanceRow::Raise => Action::RaiseEquity(raise_amount(content, s, share)),
        FinanceRow::Ipo => Action::GoPublic,
        FinanceRow::Bond => Action::IssueBond(sim::finance::bond_room(content, s).scale(share)),
        FinanceRow::Repay => Action::RepayCredit(s.company.credit_drawn.scale(share)),
        FinanceRow::PriceLevel => Action::SetPriceLevel(f.price_level),
        FinanceRow::Marketing => Action::SetMarketing(f.marketing),
        FinanceRow::Services => Action::SetServices(f.services),
        FinanceRow::Hosting => Action::SetHosting(f.hosting),
        FinanceRow::Project => {
            let p = content.projects.projects.get(f.project)?;
            Action::StartProject(p.id.clone())
        }
        FinanceRow::Acquire => {
            let (rival, region) = target(content, &g.state, f)?;
            Action::Acquire {
                rival: u8::try_from(rival).ok()?,
                region: RegionId(u8::try_from(region).ok()?),
            }
        }
    })
}
