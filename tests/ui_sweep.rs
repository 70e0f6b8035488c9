//! Every screen renders at every size from 1×1 to 300×100 (in steps) without panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

#[test]
fn every_screen_survives_every_size() {
    let mut widths: Vec<u16> = (1..=300).step_by(13).collect();
    widths.extend([79, 80, 81, 300]);
    let mut heights: Vec<u16> = (1..=100).step_by(7).collect();
    heights.extend([23, 24, 25, 100]);
    for (name, mut app) in common::all_states() {
        for &w in &widths {
            for &h in &heights {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    common::render(&mut app, w, h);
                }));
                assert!(r.is_ok(), "{name} panicked at {w}×{h}");
            }
        }
    }
}
