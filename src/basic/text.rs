//! Text as editors write it.

/// The text without a leading byte-order mark: editors on some systems start UTF-8 files with
/// one, and it means nothing to a parser (nor is it visible in a message pointing at 1:1).
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A share (0–1) as a percentage with sensible precision for tiny shares.
pub fn pct(share: f64) -> String {
    let p = share * 100.0;
    if !p.is_finite() {
        "–".into()
    } else if p != 0.0 && p.abs() < 0.05 {
        // "0.0%" beside a real loss reads as a contradiction.
        if p > 0.0 { "<0.1%" } else { "−<0.1%" }.into()
    } else if p.abs() < 10.0 && p != 0.0 {
        format!("{p:.1}%")
    } else {
        format!("{p:.0}%")
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

/// The phrase with its first letter capitalised, to open a sentence.
pub fn capitalised(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{capitalised, pct, without_bom};

    #[test]
    fn a_phrase_opens_a_sentence() {
        assert_eq!(
            capitalised("new warehouses start open"),
            "New warehouses start open"
        );
        assert_eq!(capitalised("éclair"), "Éclair");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn small_shares_keep_a_decimal_and_nothing_is_not_a_number() {
        assert_eq!(pct(0.028), "2.8%");
        assert_eq!(pct(0.0003), "<0.1%");
        assert_eq!(pct(0.0), "0%");
        assert_eq!(pct(0.456), "46%");
        assert_eq!(pct(f64::NAN), "–");
    }

    #[test]
    fn a_leading_mark_goes_and_nothing_else_changes() {
        assert_eq!(without_bom("\u{feff}(a: 1)"), "(a: 1)");
        assert_eq!(without_bom("(a: 1)"), "(a: 1)");
        assert_eq!(without_bom("(a: \"\u{feff}\")"), "(a: \"\u{feff}\")");
    }
}
