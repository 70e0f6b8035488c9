//! Small text helpers shared by the screens: percentages, bars and signed changes.

pub use crate::basic::text::{count, pct};

/// A bar of `width` cells filled to `share` (0–1), with the percentage after it, so the
/// amount reads without colour.
pub fn bar(share: f64, width: usize) -> String {
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let full = (share * width as f64).round() as usize;
    let mut s = String::with_capacity(width * 3);
    for i in 0..width {
        s.push(if i < full { '█' } else { '░' });
    }
    s
}

/// A change with its sign spelled out (+1.5 / −2.0).
pub fn signed(x: f64) -> String {
    // Anything that rounds to zero prints as +0.0, never as "−0.0" or "+-0.0".
    if x <= -0.05 {
        format!("−{:.1}", -x)
    } else {
        format!("+{:.1}", x.abs())
    }
}

/// Cuts a string to at most `width` characters, marking the cut with an ellipsis.
pub fn fit(s: &str, width: usize) -> String {
    if cells(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = cells(c.encode_utf8(&mut [0; 4]));
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// How many terminal cells a text takes (a wide character takes two, a combining mark none).
pub fn cells(s: &str) -> usize {
    textwrap::core::display_width(s)
}

/// A bar for a value from −100 to 100: `width` cells on each side of a centre mark, filled
/// from the centre towards the value's side, so the sign reads without colour.
pub fn attitude_bar(value: f64, width: usize) -> String {
    let v = if value.is_finite() {
        value.clamp(-100.0, 100.0) / 100.0
    } else {
        0.0
    };
    let full = (v.abs() * width as f64).round() as usize;
    let mut s = String::with_capacity(width * 6 + 3);
    for i in 0..width {
        // Left half: cell i is filled when it lies within `full` cells of the centre.
        s.push(if v < 0.0 && width - i <= full {
            '█'
        } else {
            '░'
        });
    }
    s.push('│');
    for i in 0..width {
        s.push(if v > 0.0 && i < full { '█' } else { '░' });
    }
    s
}

/// A signed whole number with a proper minus sign (+35 / −12 / 0).
pub fn signed_int(x: f64) -> String {
    let r = if x.is_finite() { x.round() } else { 0.0 };
    if r < 0.0 {
        format!("−{}", -r)
    } else if r > 0.0 {
        format!("+{r}")
    } else {
        "0".to_string()
    }
}

/// Word-wraps text into lines of at most `width` characters; the first line starts with
/// `first`, the others with `rest` (an indent). Words longer than a line are cut.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // Words are kept whole; one longer than the line is cut with an ellipsis instead.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.is_empty() {
        return vec![fit(first, width)];
    }
    let options = textwrap::Options::new(width.max(1))
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false);
    textwrap::wrap(&words, options)
        .iter()
        .map(|l| fit(l, width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_read_without_colour() {
        assert_eq!(pct(0.004), "0.4%");
        assert_eq!(pct(0.25), "25%");
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(f64::NAN, 2), "░░");
        assert_eq!(signed(-2.0), "−2.0");
        assert_eq!(signed(-0.0), "+0.0");
        assert_eq!(signed(-0.01), "+0.0");
        assert_eq!(count(1_500_000), "1.5M");
        assert_eq!(fit("warehouse", 5), "ware…");
        assert_eq!(fit("ab", 0), "");
        assert_eq!(attitude_bar(50.0, 4), "░░░░│██░░");
        assert_eq!(attitude_bar(-25.0, 4), "░░░█│░░░░");
        assert_eq!(attitude_bar(f64::NAN, 2), "░░│░░");
        assert_eq!(signed_int(-12.4), "−12");
        assert_eq!(signed_int(35.0), "+35");
        assert_eq!(signed_int(-0.2), "0");
        assert_eq!(
            wrap("one two three four", 9, "- ", "  "),
            vec!["- one two", "  three", "  four"]
        );
        assert_eq!(wrap("", 5, "x", ""), vec!["x"]);
    }
}
