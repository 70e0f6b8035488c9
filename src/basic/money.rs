//! Money: an exact integer count of thousands of dollars.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// An amount of money in thousands of dollars. Exact: the books always balance to the thousand.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    /// Nothing.
    pub const ZERO: Money = Money(0);

    /// An amount in thousands of dollars.
    pub const fn k(thousands: i64) -> Money {
        Money(thousands)
    }

    /// An amount in millions of dollars.
    pub const fn m(millions: i64) -> Money {
        Money(millions * 1_000)
    }

    /// Rounds a computed amount (in thousands) to the nearest thousand. Non-finite values
    /// become zero and huge ones saturate, so a runaway formula can never panic the game.
    pub fn from_f64(thousands: f64) -> Money {
        if !thousands.is_finite() {
            return Money::ZERO;
        }
        // `as` saturates at the i64 bounds; keep a margin so sums of a few amounts cannot overflow.
        let capped = thousands.clamp(-1e15, 1e15);
        Money(capped.round() as i64)
    }

    /// The amount in thousands of dollars as a float, for ratios and formulas.
    pub fn as_f64(self) -> f64 {
        self.0 as f64
    }

    /// The amount in thousands of dollars.
    pub const fn thousands(self) -> i64 {
        self.0
    }

    /// True when the amount is below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// This amount scaled by a factor, rounded to the thousand.
    pub fn scale(self, factor: f64) -> Money {
        Money::from_f64(self.as_f64() * factor)
    }

    /// The larger of zero and this amount.
    pub fn max_zero(self) -> Money {
        Money(self.0.max(0))
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        *self = *self + rhs;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0.saturating_sub(rhs.0))
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        *self = *self - rhs;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(self.0.saturating_neg())
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

/// Written the way a business page would: `$840K`, `$12.4M`, `$3.1B`, `-$2.0M`.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let k = self.0.unsigned_abs();
        let text = if k < 1_000 {
            format!("{sign}${k}K")
        } else if k < 1_000_000 {
            format!("{sign}${:.1}M", k as f64 / 1e3)
        } else if k < 1_000_000_000 {
            format!("{sign}${:.1}B", k as f64 / 1e6)
        } else {
            format!("{sign}${:.1}T", k as f64 / 1e9)
        };
        f.pad(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_business_page() {
        assert_eq!(Money::k(840).to_string(), "$840K");
        assert_eq!(Money::k(12_400).to_string(), "$12.4M");
        assert_eq!(Money::k(3_100_000).to_string(), "$3.1B");
        assert_eq!(Money::k(-2_000).to_string(), "-$2.0M");
    }

    #[test]
    fn from_f64_never_panics() {
        assert_eq!(Money::from_f64(f64::NAN), Money::ZERO);
        assert_eq!(Money::from_f64(f64::INFINITY), Money::ZERO);
        assert_eq!(Money::from_f64(1.6), Money(2));
        assert!(Money::from_f64(1e300).0 > 0);
    }
}
