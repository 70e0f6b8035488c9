//! How far one press of an arrow moves a value: the selection, a cycle of choices, an amount.

use crate::sim::Money;

/// Moves an index by `d` within `0..len`, stopping at the ends.
pub fn step(i: usize, d: i32, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as i64 + i64::from(d)).clamp(0, len as i64 - 1) as usize
}

/// Moves an index by `d` within `0..len`, wrapping round at the ends.
pub fn step_wrap(i: usize, d: i32, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as i64 + i64::from(d)).rem_euclid(len as i64) as usize
}

/// One press of ←→ on a money setting: steps grow with the amount so both $50K and $500M are a
/// few presses away.
pub fn money_step(m: Money, d: i32) -> Money {
    Money::k(scale_step(m.0, d, 25))
}

/// One press of ←→ on an amount that spans orders of magnitude: up a quarter (×1.25), down a
/// fifth (÷1.25), so one press each way comes back where it started; never less than `least`
/// a press, never below zero.
pub fn scale_step(x: i64, d: i32, least: i64) -> i64 {
    let step = if d > 0 { x / 4 } else { x / 5 };
    (x + step.max(least) * i64::from(d)).max(0)
}

#[cfg(test)]
mod tests {
    use super::scale_step;

    #[test]
    fn a_press_each_way_comes_back() {
        for x in [0, 25, 100, 1_000, 123_456, 8_000_000] {
            assert_eq!(scale_step(scale_step(x, 1, 25), -1, 25), x, "from {x}");
        }
        assert_eq!(scale_step(10, -1, 25), 0);
    }
}
