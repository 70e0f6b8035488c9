//! The first frame as bytes for a blank screen: the cells ratatui's diff against a blank buffer
//! would write, the cursor moved only where a cell does not follow the last one, colours and
//! attributes set only where they change, all in one pass into one buffer for one write.
//! ratatui's backend formats every cell through crossterm's `Print`; copying the text as it is
//! gives the same screen sooner. Tests hold every cell the emulator shows to the buffer's.

use crossterm::cursor::{Hide, MoveTo};
use crossterm::queue;
use crossterm::style::{
    Attribute, Color as Term, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use ratatui::backend::IntoCrossterm;
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::{Color, Modifier};
use std::io;

/// Each modifier with the attribute that shows it (ratatui's backend maps them alike).
const ATTRIBUTES: [(Modifier, Attribute); 9] = [
    (Modifier::BOLD, Attribute::Bold),
    (Modifier::DIM, Attribute::Dim),
    (Modifier::ITALIC, Attribute::Italic),
    (Modifier::UNDERLINED, Attribute::Underlined),
    (Modifier::SLOW_BLINK, Attribute::SlowBlink),
    (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    (Modifier::REVERSED, Attribute::Reverse),
    (Modifier::HIDDEN, Attribute::Hidden),
    (Modifier::CROSSED_OUT, Attribute::CrossedOut),
];

/// The bytes that draw `buf` on a blank screen and leave the cursor hidden and the colours
/// reset.
pub fn bytes(buf: &Buffer) -> io::Result<Vec<u8>> {
    let cells = usize::from(buf.area.width) * usize::from(buf.area.height);
    let mut out = Vec::with_capacity(cells * 2);
    // Where the cursor is, when the game knows.
    let mut at = None;
    // The attributes in force, and the colours (unknown after an attribute reset).
    let mut modifier = Modifier::empty();
    let mut colours: Option<(Color, Color)> = Some((Color::Reset, Color::Reset));
    let mut underline = Color::Reset;
    for (x, y, cell, width) in drawn_cells(buf) {
        if at != Some((x, y)) {
            queue!(out, MoveTo(x, y))?;
        }
        if cell.modifier != modifier {
            // Resetting clears the colours too; they are set again below.
            queue!(out, SetAttribute(Attribute::Reset))?;
            for (flag, attribute) in ATTRIBUTES {
                if cell.modifier.contains(flag) {
                    queue!(out, SetAttribute(attribute))?;
                }
            }
            modifier = cell.modifier;
            colours = None;
            underline = Color::Reset;
        }
        if colours != Some((cell.fg, cell.bg)) {
            let pair = Colors::new(cell.fg.into_crossterm(), cell.bg.into_crossterm());
            queue!(out, SetColors(pair))?;
            colours = Some((cell.fg, cell.bg));
        }
        if cell.underline_color != underline {
            queue!(
                out,
                SetUnderlineColor(cell.underline_color.into_crossterm())
            )?;
            underline = cell.underline_color;
        }
        // What crossterm's `Print` writes, without its formatting machinery for each cell.
        out.extend_from_slice(cell.symbol().as_bytes());
        // A wide character's width is the terminal's to judge (emoji differ), so the cell after
        // it places itself.
        at = (width == 1).then(|| (x.saturating_add(1), y));
    }
    queue!(
        out,
        SetForegroundColor(Term::Reset),
        SetBackgroundColor(Term::Reset),
        SetUnderlineColor(Term::Reset),
        SetAttribute(Attribute::Reset),
        Hide
    )?;
    Ok(out)
}

/// The cells of `buf` that differ from a blank screen, in order, with their widths: what
/// ratatui's diff against an empty buffer yields, without making the empty buffer. A wide
/// character covers the cells after it, which are not written.
fn drawn_cells(buf: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell, u16)> {
    let width = usize::from(buf.area.width).max(1);
    let (left, top) = (buf.area.x, buf.area.y);
    let mut covered = 0u16;
    // Positions are counted row by row (a lookup for each cell divides).
    buf.content
        .chunks(width)
        .zip(top..)
        .flat_map(move |(row, y)| row.iter().zip(left..).map(move |(cell, x)| (x, y, cell)))
        .filter_map(move |(x, y, cell)| {
            if covered > 0 {
                covered -= 1;
                return None;
            }
            // Most of a screen is drawn in colour: the colours rule most cells out before
            // their text is compared.
            if cell.bg == Color::Reset && cell.fg == Color::Reset && *cell == Cell::EMPTY {
                return None;
            }
            let width = width_of(cell);
            covered = width.saturating_sub(1);
            if matches!(cell.diff_option, CellDiffOption::Skip) {
                return None;
            }
            Some((x, y, cell, width.max(1)))
        })
}

/// The columns `cell` takes, as ratatui counts them; most cells hold one printable ASCII
/// character, which takes one without a look in the Unicode tables.
fn width_of(cell: &Cell) -> u16 {
    match (cell.symbol().as_bytes(), &cell.diff_option) {
        ([b' '..=b'~'], CellDiffOption::None) => 1,
        _ => cell.cell_width(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::{Backend, CrosstermBackend};
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style, Stylize};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Block, Paragraph, Widget};

    /// A frame with borders, colours, attributes turned on and off, blank styled cells, wide
    /// characters and a skipped cell. (No underline colour: the emulator reads its sequence as
    /// blinking bold.)
    fn sample(width: u16, height: u16) -> Buffer {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        Paragraph::new(vec![
            Line::from("Tributary 1995 Q3 ▸ ■■"),
            Line::styled("    ", Style::new().bg(Color::Blue)),
            Line::from("倉庫 and データセンター"),
            Line::from(vec![
                Span::raw("plain "),
                "bold".bold(),
                " dim".dim().italic(),
                " under".underlined(),
                " back".reversed().fg(Color::Rgb(10, 200, 30)),
                " plain".fg(Color::Indexed(208)),
            ]),
        ])
        .block(Block::bordered().title("Numbers".bold()))
        .render(area, &mut buf);
        buf[(width - 2, height - 2)].set_diff_option(CellDiffOption::Skip);
        buf
    }

    #[test]
    fn the_first_frame_writes_what_ratatuis_diff_against_a_blank_screen_writes() {
        for (w, h) in [(30, 6), (80, 24), (160, 50)] {
            let frame = sample(w, h);
            let ours: Vec<_> = drawn_cells(&frame).map(|(x, y, c, _)| (x, y, c)).collect();
            let ratatuis = Buffer::empty(frame.area).diff(&frame);
            assert_eq!(ours, ratatuis, "{w}×{h}");
            assert!(!ours.is_empty());
        }
    }

    /// A terminal emulator after `bytes`.
    fn screen(bytes: &[u8], width: u16, height: u16) -> vt100::Parser {
        let size = |n| std::num::NonZeroU16::new(n).expect("a screen has a size");
        let mut screen = vt100::Parser::new(size(height), size(width), 0);
        screen.process(bytes);
        screen
    }

    /// The colour a terminal shows for `c`.
    fn terminal_colour(c: Color) -> vt100::Color {
        match c.into_crossterm() {
            Term::Reset => vt100::Color::Default,
            Term::Rgb { r, g, b } => vt100::Color::Rgb(r, g, b),
            Term::AnsiValue(i) => vt100::Color::Idx(i),
            named => {
                let all = [
                    Term::Black,
                    Term::DarkRed,
                    Term::DarkGreen,
                    Term::DarkYellow,
                    Term::DarkBlue,
                    Term::DarkMagenta,
                    Term::DarkCyan,
                    Term::Grey,
                    Term::DarkGrey,
                    Term::Red,
                    Term::Green,
                    Term::Yellow,
                    Term::Blue,
                    Term::Magenta,
                    Term::Cyan,
                    Term::White,
                ];
                let i = all
                    .iter()
                    .position(|&n| n == named)
                    .expect("a named colour");
                vt100::Color::Idx(i as u8)
            }
        }
    }

    #[test]
    fn the_first_frame_shows_every_cell_as_the_buffer_holds_it() {
        for (w, h) in [(30, 6), (80, 24), (160, 50)] {
            let frame = sample(w, h);
            let ours = bytes(&frame).expect("written");
            let shown = screen(&ours, w, h);
            let shown = shown.screen();
            for (x, y, cell, _) in drawn_cells(&frame) {
                let at = shown.cell(y, x).expect("on the screen");
                let m = cell.modifier;
                assert_eq!(at.contents(), cell.symbol(), "({x}, {y})");
                assert_eq!(at.fgcolor(), terminal_colour(cell.fg), "({x}, {y})");
                assert_eq!(at.bgcolor(), terminal_colour(cell.bg), "({x}, {y})");
                assert_eq!(at.bold(), m.contains(Modifier::BOLD), "({x}, {y})");
                assert_eq!(at.dim(), m.contains(Modifier::DIM), "({x}, {y})");
                assert_eq!(at.italic(), m.contains(Modifier::ITALIC), "({x}, {y})");
                assert_eq!(
                    at.underline(),
                    m.contains(Modifier::UNDERLINED),
                    "({x}, {y})"
                );
                assert_eq!(at.inverse(), m.contains(Modifier::REVERSED), "({x}, {y})");
            }
            assert!(shown.hide_cursor(), "the cursor is hidden");
        }
    }

    #[test]
    fn the_first_frame_holds_the_text_ratatuis_backend_writes() {
        for (w, h) in [(30, 6), (80, 24), (160, 50)] {
            let frame = sample(w, h);
            let mut by_cell = Vec::new();
            CrosstermBackend::new(&mut by_cell)
                .draw(Buffer::empty(frame.area).diff(&frame).into_iter())
                .expect("drawn");
            let ours = bytes(&frame).expect("written");
            assert_eq!(
                screen(&ours, w, h).screen().contents(),
                screen(&by_cell, w, h).screen().contents(),
                "{w}×{h}"
            );
        }
    }
}
