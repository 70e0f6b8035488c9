//! What keys do on the facilities table: each key queues a change to the selected facility.

use crate::content::{Content, FacilityKind};
use crate::sim::{Action, FacilityStatus};
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, Topic, UiAction};

/// How far one press moves a warehouse's reservation, in percentage points.
pub const RESERVATION_STEP: i32 = 10;

/// A command on the facilities table.
pub fn on_cmd(content: &Content, g: &Game, cmd: Cmd) -> UiAction {
    let Some(f) = g.selected_facility() else {
        return match cmd {
            Cmd::Up => UiAction::Select(-1),
            Cmd::Down => UiAction::Select(1),
            _ => UiAction::None,
        };
    };
    // Settings show as they will be once queued changes apply, so repeated presses add up.
    let planned = g.planned(content);
    let p = planned.state.facility(f.id).unwrap_or(f);
    let id = f.id;
    match cmd {
        Cmd::Up => UiAction::Select(-1),
        Cmd::Down => UiAction::Select(1),
        Cmd::Upgrade => UiAction::Queue(Action::Upgrade(id)),
        Cmd::ToggleOpen => UiAction::Queue(Action::SetOpen {
            facility: id,
            open: !p.open,
        }),
        Cmd::ReserveMore | Cmd::ReserveLess => {
            let step = if cmd == Cmd::ReserveMore {
                RESERVATION_STEP
            } else {
                -RESERVATION_STEP
            };
            let pct = (i32::from(p.reservation_pct) + step).clamp(0, 100);
            UiAction::Queue(Action::SetReservation {
                facility: id,
                pct: u8::try_from(pct).unwrap_or(100),
            })
        }
        Cmd::PriceUp | Cmd::PriceDown if f.kind == FacilityKind::DataCentre => {
            let step: i64 = if cmd == Cmd::PriceUp { 1 } else { -1 };
            let (lo, hi) = content.market.cloud_price_range();
            let cents = (i64::from(p.cloud_price_cents) + step).clamp(i64::from(lo), i64::from(hi));
            UiAction::Queue(Action::SetCloudPrice {
                facility: id,
                cents: u32::try_from(cents).unwrap_or(lo),
            })
        }
        Cmd::Mothball => {
            if matches!(p.status, FacilityStatus::Mothballed) {
                UiAction::Queue(Action::Reactivate(id))
            } else {
                UiAction::Queue(Action::Mothball(id))
            }
        }
        Cmd::Sell => UiAction::Queue(Action::Sell(id)),
        Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Facility(id))),
        _ => UiAction::None,
    }
}
