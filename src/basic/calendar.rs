//! Quarters of the calendar: the game's unit of time.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar quarter, such as 1995 Q3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "QuarterFields")]
pub struct Quarter {
    /// The calendar year.
    pub year: u16,
    /// The quarter of the year, 1 to 4.
    pub q: u8,
}

/// A quarter as read from a file, checked on the way in: a hand-edited `q: 7` in a save must
/// be refused at load time, not reach the rules (which index seasons by quarter).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuarterFields {
    year: u16,
    q: u8,
}

impl TryFrom<QuarterFields> for Quarter {
    type Error = String;

    fn try_from(f: QuarterFields) -> Result<Quarter, String> {
        if (1..=4).contains(&f.q) {
            Ok(Quarter {
                year: f.year,
                q: f.q,
            })
        } else {
            Err(format!("quarter q: {} of {} is not 1 to 4", f.q, f.year))
        }
    }
}

impl Quarter {
    /// A quarter; `q` is taken modulo into 1..=4 so a bad value can never escape the calendar.
    pub fn new(year: u16, q: u8) -> Quarter {
        Quarter {
            year,
            q: q.clamp(1, 4),
        }
    }

    /// A running count of quarters since year 0, for differences and ordering.
    pub fn index(self) -> i32 {
        i32::from(self.year) * 4 + i32::from(self.q) - 1
    }

    /// The quarter with the given running index.
    pub fn from_index(index: i32) -> Quarter {
        let index = index.max(0);
        Quarter {
            year: u16::try_from(index / 4).unwrap_or(u16::MAX),
            q: (index % 4) as u8 + 1,
        }
    }

    /// The quarter `n` quarters later.
    pub fn plus(self, n: i32) -> Quarter {
        Quarter::from_index(self.index() + n)
    }

    /// The next quarter.
    pub fn next(self) -> Quarter {
        self.plus(1)
    }

    /// Quarters from `earlier` to `self` (negative when `earlier` is later).
    pub fn since(self, earlier: Quarter) -> i32 {
        self.index() - earlier.index()
    }

    /// The time as a fractional year (1995 Q3 is 1995.5), for smooth curves.
    pub fn as_year(self) -> f64 {
        f64::from(self.year) + f64::from(self.q - 1) * 0.25
    }

    /// True in the holiday quarter.
    pub fn is_holiday(self) -> bool {
        self.q == 4
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("{} Q{}", self.year, self.q))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_prints_quarters() {
        let q = Quarter::new(1995, 3);
        assert_eq!(q.to_string(), "1995 Q3");
        assert_eq!(q.plus(2).to_string(), "1996 Q1");
        assert_eq!(q.plus(4).to_string(), "1996 Q3");
        assert_eq!(Quarter::new(2020, 4).since(q) + 1, 102);
    }
}
