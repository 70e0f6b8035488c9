//! What keys do on the facilities table: each key queues a change to the marked facilities, or
//! to the selected one when none is marked.

use crate::content::{Content, FacilityKind};
use crate::sim::state::FacilitySettings;
use crate::sim::{Action, Facility, FacilityStatus, world};
use crate::ui::game::Game;
use crate::ui::keys::Cmd;
use crate::ui::model::{Overlay, Topic, UiAction, ViewChange};

/// How far one press moves a warehouse's reservation, in percentage points.
pub const RESERVATION_STEP: i32 = 10;

/// One action, or several queued in turn; nothing to do is said, not swallowed.
fn queue(actions: Vec<Action>) -> UiAction {
    match <[Action; 1]>::try_from(actions) {
        Ok([one]) => UiAction::Queue(one),
        Err(v) if v.is_empty() => {
            UiAction::Notice(crate::ui::strings::facilities::NOTHING_TO_CHANGE.into())
        }
        Err(v) => UiAction::QueueAll(v),
    }
}

/// The cloud prices typed for the targets: data centres only.
pub fn typed_prices(g: &Game, cents: u32) -> Vec<Action> {
    g.facility_targets()
        .into_iter()
        .filter(|f| f.kind == FacilityKind::DataCentre)
        .map(|f| Action::SetCloudPrice {
            facility: f.id,
            cents,
        })
        .collect()
}

/// A command on the facilities table.
pub fn on_cmd(content: &Content, g: &Game, cmd: Cmd) -> UiAction {
    match cmd {
        Cmd::Up => return UiAction::Select(-1),
        Cmd::Down => return UiAction::Select(1),
        Cmd::Sort => return UiAction::View(ViewChange::Sort),
        Cmd::Filter => return UiAction::View(ViewChange::Filter),
        Cmd::MarkAll => return UiAction::View(ViewChange::MarkAll),
        _ => {}
    }
    let Some(f) = g.selected_facility() else {
        return UiAction::None;
    };
    // Settings show as they will be once queued changes apply, so repeated presses add up.
    let planned = g.planned(content);
    let now = |f: &'_ Facility| -> Facility { planned.state.facility(f.id).unwrap_or(f).clone() };
    let each = |make: &dyn Fn(&Facility) -> Option<Action>| -> UiAction {
        queue(
            g.facility_targets()
                .into_iter()
                .filter_map(|t| make(&now(t)))
                .collect(),
        )
    };
    match cmd {
        Cmd::Mark => UiAction::View(ViewChange::Mark),
        Cmd::Upgrade => each(&|p| Some(Action::Upgrade(p.id))),
        Cmd::ToggleOpen => {
            // Marked facilities all go the way the selected one goes, so one press settles them.
            let open = !now(f).open;
            each(&|p| {
                (p.open != open).then_some(Action::SetOpen {
                    facility: p.id,
                    open,
                })
            })
        }
        Cmd::ReserveMore | Cmd::ReserveLess => {
            let step = if cmd == Cmd::ReserveMore {
                RESERVATION_STEP
            } else {
                -RESERVATION_STEP
            };
            each(&|p| {
                let pct = (i32::from(p.reservation_pct) + step).clamp(0, 100);
                Some(Action::SetReservation {
                    facility: p.id,
                    pct: u8::try_from(pct).unwrap_or(100),
                })
            })
        }
        Cmd::PriceUp | Cmd::PriceDown => {
            let step: i64 = if cmd == Cmd::PriceUp { 1 } else { -1 };
            let (lo, hi) = content.market.cloud_price_range();
            each(&|p| {
                (p.kind == FacilityKind::DataCentre).then(|| {
                    let cents =
                        (i64::from(p.cloud_price_cents) + step).clamp(i64::from(lo), i64::from(hi));
                    Action::SetCloudPrice {
                        facility: p.id,
                        cents: u32::try_from(cents).unwrap_or(lo),
                    }
                })
            })
        }
        Cmd::TypePrice => {
            let any_dc = g
                .facility_targets()
                .iter()
                .any(|t| t.kind == FacilityKind::DataCentre);
            if any_dc {
                UiAction::Open(Overlay::Price(String::new()))
            } else {
                UiAction::Notice(crate::ui::strings::facilities::NO_PRICE.into())
            }
        }
        Cmd::MakeDefault => {
            let p = now(f);
            let going = world::reference_price(content, g.state.quarter).max(0.01);
            let price_pct = (f64::from(p.cloud_price_cents) / going * 100.0).round();
            UiAction::Queue(Action::SetDefaults {
                kind: p.kind,
                settings: Some(FacilitySettings {
                    open: p.open,
                    reservation_pct: p.reservation_pct,
                    price_pct: price_pct.clamp(1.0, f64::from(u16::MAX)) as u16,
                }),
            })
        }
        Cmd::Mothball => each(&|p| {
            Some(if matches!(p.status, FacilityStatus::Mothballed) {
                Action::Reactivate(p.id)
            } else {
                Action::Mothball(p.id)
            })
        }),
        Cmd::Sell => each(&|p| Some(Action::Sell(p.id))),
        Cmd::Explain => UiAction::Open(Overlay::Explain(Topic::Facility(f.id))),
        _ => UiAction::None,
    }
}
