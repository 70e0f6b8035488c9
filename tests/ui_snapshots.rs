//! Pictures of every screen at the smallest supported size and a large one, from a fixed seed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

#[test]
fn every_screen_at_80x24_and_160x50() {
    for (name, mut app) in common::all_states() {
        for (w, h) in [(80, 24), (160, 50)] {
            let t = common::render(&mut app, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), common::text(&t));
        }
    }
}

#[test]
fn too_small_asks_to_enlarge() {
    let mut app = common::mid_game_app();
    let t = common::render(&mut app, 79, 24);
    let s = common::text(&t);
    assert!(s.contains("Please enlarge to 80×24"), "{s}");
    insta::assert_snapshot!("too_small_79x24", s);
}
