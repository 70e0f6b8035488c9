//! The data files: what ships is valid, and what is broken says where and why.

use flywheel::content::{Content, ContentError, EMBEDDED};

fn with_replaced(file: &str, from: &str, to: &str) -> Result<Content, ContentError> {
    let texts: Vec<(&str, String)> = EMBEDDED
        .iter()
        .map(|(name, text)| {
            (
                *name,
                if *name == file {
                    text.replacen(from, to, 1)
                } else {
                    text.to_string()
                },
            )
        })
        .collect();
    let sources: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Content::from_sources(&sources)
}

#[test]
fn the_shipped_data_is_valid() {
    let c = Content::embedded().expect("embedded data is valid");
    assert_eq!(c.regions.len(), 6);
    assert!(c.rivals.len() >= 3);
    assert_eq!(c.scenario_ids(), vec!["standard", "short"]);
    assert_eq!(c.difficulty_ids(), vec!["easy", "normal", "hard"]);
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let err = with_replaced(
        "assets/market.ron",
        "order_value: 55.0,",
        "order_value: 55.0 oops,",
    )
    .expect_err("broken");
    let text = err.to_string();
    assert!(text.starts_with("assets/market.ron:"), "{text}");
    let ContentError::Parse { at, .. } = err else {
        panic!("a parse error")
    };
    assert!(at.line > 1 && at.col > 1, "{at}");
}

#[test]
fn an_unknown_field_is_an_error_not_ignored() {
    let err = with_replaced(
        "assets/finance.ron",
        "tax_rate: 0.30,",
        "tax_rate: 0.30, tax_holiday: true,",
    )
    .expect_err("unknown field");
    assert!(err.to_string().contains("tax_holiday"), "{err}");
}

#[test]
fn out_of_range_numbers_and_unknown_ids_give_a_hint() {
    let err = with_replaced("assets/finance.ron", "tax_rate: 0.30,", "tax_rate: 1.30,")
        .expect_err("range");
    assert!(
        err.to_string().contains("tax_rate") && err.to_string().contains("hint"),
        "{err}"
    );
    let err = with_replaced(
        "assets/regions.ron",
        "neighbours: [\"south\"]",
        "neighbours: [\"atlantis\"]",
    )
    .expect_err("unknown region");
    assert!(err.to_string().contains("atlantis"), "{err}");
}
