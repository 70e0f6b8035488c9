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

impl std::str::FromStr for Quarter {
    type Err = String;

    /// Reads `2004Q2`, `2004 Q2` or `2004-Q2` (either case).
    fn from_str(text: &str) -> Result<Quarter, String> {
        let bad = || format!("{text:?} is not a quarter; write it like 2004Q2");
        let upper = text.trim().to_ascii_uppercase();
        let (year, q) = upper.split_once('Q').ok_or_else(bad)?;
        let year: u16 = year
            .trim_end_matches([' ', '-'])
            .parse()
            .map_err(|_| bad())?;
        let q: u8 = q.trim().parse().map_err(|_| bad())?;
        if (1..=4).contains(&q) {
            Ok(Quarter { year, q })
        } else {
            Err(bad())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_are_read_as_players_write_them() {
        for text in ["2004Q2", "2004 Q2", "2004-q2", " 2004q2 "] {
            assert_eq!(text.parse::<Quarter>(), Ok(Quarter::new(2004, 2)), "{text}");
        }
        for text in ["2004", "Q2", "2004Q5", "2004Q0", "twentyQ1"] {
            assert!(text.parse::<Quarter>().is_err(), "{text}");
        }
    }

    #[test]
    fn counts_and_prints_quarters() {
        let q = Quarter::new(1995, 3);
        assert_eq!(q.to_string(), "1995 Q3");
        assert_eq!(q.plus(2).to_string(), "1996 Q1");
        assert_eq!(q.plus(4).to_string(), "1996 Q3");
        assert_eq!(Quarter::new(2020, 4).since(q) + 1, 102);
    }
}
