//! The printed page's own furniture: page-number lines ("— 1 —", "第1页") and rules drawn
//! with dashes (the 版记's separators). They carry no text of the document.

use gongwen_model::{Diagnostic, DiagnosticCode, Level};

use crate::lex::chrome::{DASHES, PAGE_WORDS, TABLE_BORDERS};
use crate::text::chars::{is_space, squeeze};

/// A line drawn with dashes or box-drawing characters (版记 rules).
pub(crate) fn is_rule(text: &str) -> bool {
    let (mut n, mut pipes) = (0, 0);
    for c in text.chars() {
        if DASHES.iter().any(|d| d.ch == c) {
            n += 1;
        } else if TABLE_BORDERS.contains(&c) {
            pipes += 1;
        } else if !is_space(c) {
            return false;
        }
    }
    // What is left of a web table's borders: "|", "||||", "| | |".
    n >= 3 || (pipes > 0 && n == 0)
}

/// Page-number lines: "— 1 —", "-2-", "- 3 -", "第1页", "第 2 页 共 5 页", "1/5".
pub(crate) fn is_page_number(text: &str) -> bool {
    // Page-number lines are short; most lines are rejected without allocating.
    if text.len() > 48 {
        return false;
    }
    let t = squeeze(text);
    if t.is_empty() {
        return false;
    }
    let frames = |c: char| DASHES.iter().any(|d| d.page_number && d.ch == c);
    let inner = t.trim_matches(frames);
    if inner.len() < t.len() && !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        return t.starts_with(frames) && t.ends_with(frames);
    }
    // 第2页, 第2页共5页.
    let (nth, page, of) = PAGE_WORDS;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let Some(rest) = t.strip_prefix(nth) else {
        return false;
    };
    let n = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if n == 0 {
        return false;
    }
    let Some(after) = rest[n..].strip_prefix(page) else {
        return false;
    };
    after.is_empty()
        || after
            .strip_prefix(of)
            .and_then(|r| r.strip_suffix(page))
            .is_some_and(digits)
}

/// The diagnostic for a dropped page-number line.
pub(crate) fn page_number_dropped(p: &gongwen_blocks::Paragraph) -> Diagnostic {
    Diagnostic::new(
        Level::Info,
        DiagnosticCode::PageNumberDropped,
        format!("dropped page-number line {:?}", p.text),
    )
    .with_loc(p.loc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for yes in ["— 1 —", "-2-", "- 13 -", "—3—", "第1页", "第 2 页 共 5 页"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "1",
            "一、",
            "—",
            "2024年",
            "第一条",
            "-2024年-",
            "第1页内容",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }
}
