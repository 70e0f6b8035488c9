//! Text as editors write it.

/// The text without a leading byte-order mark: editors on some systems start UTF-8 files with
/// one, and it means nothing to a parser (nor is it visible in a message pointing at 1:1).
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::without_bom;

    #[test]
    fn a_leading_mark_goes_and_nothing_else_changes() {
        assert_eq!(without_bom("\u{feff}(a: 1)"), "(a: 1)");
        assert_eq!(without_bom("(a: 1)"), "(a: 1)");
        assert_eq!(without_bom("(a: \"\u{feff}\")"), "(a: \"\u{feff}\")");
    }
}
