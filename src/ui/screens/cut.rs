//! Areas cut for the fixed shapes of the frame drawn first (the game's frame and the
//! dashboard) without ratatui's constraint solver. `Layout` caches what it solves, but its first
//! solve of each shape costs about a million instructions for the four shapes here, a quarter
//! of the work before the first frame. Each cut gives exactly what `Layout` gives, which a test
//! checks for every size; a shape that does not fit its area is left to `Layout`, whose
//! squeezing is its own.

use ratatui::layout::{Constraint, Layout, Rect};

/// One part of a cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Exactly this many rows (`Constraint::Length`).
    Len(u16),
    /// What the other parts leave (`Constraint::Min(0)`); one per cut.
    Rest,
}

impl Part {
    fn constraint(self) -> Constraint {
        match self {
            Part::Len(n) => Constraint::Length(n),
            Part::Rest => Constraint::Min(0),
        }
    }
}

/// `area` cut into rows, top to bottom, as `Layout::vertical` cuts it.
pub fn rows<const N: usize>(area: Rect, parts: [Part; N]) -> [Rect; N] {
    let fixed: u32 = parts
        .iter()
        .map(|p| match p {
            Part::Len(n) => u32::from(*n),
            Part::Rest => 0,
        })
        .sum();
    let rests = parts.iter().filter(|p| **p == Part::Rest).count();
    let Some(left) = u32::from(area.height)
        .checked_sub(fixed)
        .filter(|_| rests == 1)
        .and_then(|l| u16::try_from(l).ok())
    else {
        return Layout::vertical(parts.map(Part::constraint)).areas(area);
    };
    let mut y = area.y;
    parts.map(|p| {
        let height = match p {
            Part::Len(n) => n,
            Part::Rest => left,
        };
        let r = Rect::new(area.x, y, area.width, height);
        y = y.saturating_add(height);
        r
    })
}

/// `area` cut into two columns of half its width each, the left one taking an odd column, as
/// `Layout::horizontal` cuts it for two `Percentage(50)`.
pub fn halves(area: Rect) -> [Rect; 2] {
    let left = area.width.div_ceil(2);
    [
        Rect::new(area.x, area.y, left, area.height),
        Rect::new(
            area.x.saturating_add(left),
            area.y,
            area.width - left,
            area.height,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_cut_as_the_solver_cuts_them_at_every_height() {
        let solved = |area: Rect, parts: &[Part]| -> Vec<Rect> {
            Layout::vertical(parts.iter().map(|p| p.constraint()))
                .split(area)
                .to_vec()
        };
        for height in 0..=150 {
            let area = Rect::new(3, 2, 40, height);
            let frame = [
                Part::Len(1),
                Part::Len(1),
                Part::Rest,
                Part::Len(1),
                Part::Len(1),
            ];
            assert_eq!(rows(area, frame).to_vec(), solved(area, &frame), "{area:?}");
            for n in 0..=40 {
                for parts in [[Part::Rest, Part::Len(n)], [Part::Len(n), Part::Rest]] {
                    assert_eq!(
                        rows(area, parts).to_vec(),
                        solved(area, &parts),
                        "{parts:?} in {area:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn halves_are_cut_as_the_solver_cuts_them_at_every_width() {
        for width in 0..=400 {
            let area = Rect::new(2, 1, width, 30);
            let solved =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .split(area);
            assert_eq!(halves(area).to_vec(), solved.to_vec(), "{area:?}");
        }
    }
}
