//! The printed page's own furniture: page-number lines ("— 1 —", "第1页") and rules drawn
//! with dashes (the 版记's separators). They carry no text of the document.

use gongwen_model::{Diagnostic, DiagnosticCode, Level};

use crate::text::chars::{is_space, squeeze};

/// A line drawn with dashes or box-drawing characters (版记 rules).
pub(crate) fn is_rule(text: &str) -> bool {
    let mut n = 0;
    for c in text.chars() {
        match c {
            '-' | '—' | '─' | '━' | '=' | '＝' | '_' | '－' | '–' | '―' => n += 1,
            c if is_space(c) => {}
            _ => return false,
        }
    }
    n >= 3
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
    let dashes = ['—', '-', '－', '–', '―', '─'];
    let inner = t.trim_matches(|c| dashes.contains(&c));
    if inner.len() < t.len() && !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
        return t.starts_with(dashes) && t.ends_with(dashes);
    }
    if let Some(rest) = t.strip_prefix('第') {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() {
            let after = &rest[digits.len()..];
            return after == "页"
                || after.strip_prefix("页共").is_some_and(|r| {
                    r.strip_suffix('页')
                        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
                });
        }
    }
    false
}

/// The diagnostic for a dropped page-number line.
pub(crate) fn page_number_dropped(p: &gongwen_blocks::Paragraph) -> Diagnostic {
    Diagnostic {
        level: Level::Info,
        code: DiagnosticCode::PageNumberDropped,
        message: format!("dropped page-number line {:?}", p.text),
        loc: Some(p.loc),
    }
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
