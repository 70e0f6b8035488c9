//! How the careful bots keep the company funded.

use super::plan;
use crate::content::Content;
use crate::sim::{Action, GameState, Money, finance};

/// Raises money when cash runs low and repays the credit line when cash is ample.
pub fn keep_funded(
    content: &Content,
    state: &GameState,
    use_equity: bool,
    use_bonds: bool,
) -> Vec<Action> {
    let mut out = Vec::new();
    let buffer = plan::buffer(state);
    let cash = state.company.cash;
    // Bonds need a listing, so a bot that borrows goes public too.
    if (use_equity || use_bonds) && finance::check_ipo(content, state).is_ok() {
        out.push(Action::GoPublic);
        return out;
    }
    // Money is raised only when cash runs below the buffer: every raise dilutes or costs interest.
    // Shares sold in a slump go cheap: the careful bots wait it out on credit unless the
    // company is in danger.
    let slump =
        crate::sim::world::macro_phase(content, state.quarter).is_some_and(|p| p.multiple < 1.0);
    let need = cash.is_negative() || finance::in_trouble(state);
    if cash < buffer {
        let want = buffer.scale(3.0) - cash;
        if use_bonds {
            let room = finance::bond_room(content, state);
            if room > buffer {
                out.push(Action::IssueBond(want.min(room)));
                return out;
            }
        }
        let amount = want.min(finance::max_raise(content, state));
        let allowed = (use_equity && !slump) || need;
        if allowed && amount > Money::k(100) && finance::check_raise(content, state, amount).is_ok()
        {
            out.push(Action::RaiseEquity(amount));
            return out;
        }
    }
    let drawn = state.company.credit_drawn;
    if drawn.0 > 0 && cash > buffer.scale(3.0) {
        out.push(Action::RepayCredit(drawn.min(cash - buffer.scale(2.0))));
    }
    out
}
