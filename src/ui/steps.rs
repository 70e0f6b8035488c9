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
    let stepk = (m.0 / 4).max(25);
    Money::k((m.0 + stepk * i64::from(d)).max(0))
}
