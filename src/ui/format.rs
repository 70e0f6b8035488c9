//! Small text helpers shared by the screens: percentages, bars and signed changes.

/// A share (0–1) as a percentage with sensible precision for tiny shares.
pub fn pct(share: f64) -> String {
    let p = share * 100.0;
    if !p.is_finite() {
        "–".into()
    } else if p.abs() < 10.0 && p != 0.0 {
        format!("{p:.1}%")
    } else {
        format!("{p:.0}%")
    }
}

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

/// A large count with a K/M/B suffix.
pub fn count(n: u64) -> String {
    let x = n as f64;
    if x >= 1e9 {
        format!("{:.1}B", x / 1e9)
    } else if x >= 1e6 {
        format!("{:.1}M", x / 1e6)
    } else if x >= 1e4 {
        format!("{:.0}K", x / 1e3)
    } else {
        n.to_string()
    }
}

/// Cuts a string to at most `width` characters, marking the cut with an ellipsis.
pub fn fit(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else if width == 0 {
        String::new()
    } else {
        let mut out: String = s.chars().take(width - 1).collect();
        out.push('…');
        out
    }
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
    }
}
