//! The paragraph view the structurer works on, and character classes of Chinese text.

use std::borrow::Cow;

use gongwen_blocks::{Hints, Paragraph};
use gongwen_model::Loc;

/// A paragraph (or several source lines joined into one) with its hints.
#[derive(Debug, Clone)]
pub(crate) struct Para<'b> {
    /// Borrowed from the block until a join or a cut changes it: most paragraphs are never
    /// changed, and copying every text (twice, through the notes split) was the
    /// structurer's largest allocation.
    pub text: Cow<'b, str>,
    pub loc: Loc,
    pub hints: &'b Hints,
    /// True when a page-number line was dropped just before this paragraph.
    pub page_gap: bool,
}

impl<'b> Para<'b> {
    pub fn from_block(p: &'b Paragraph) -> Self {
        Para {
            text: Cow::Borrowed(&p.text),
            loc: p.loc,
            hints: &p.hints,
            page_gap: false,
        }
    }

    /// Number of characters (not bytes).
    pub fn len_chars(&self) -> usize {
        self.text.chars().count()
    }

    pub fn to_model(&self) -> gongwen_model::Paragraph {
        gongwen_model::Paragraph {
            text: self.text.clone().into_owned(),
            loc: self.loc,
        }
    }

    /// True when the source is line-oriented (.txt), where one paragraph may have been
    /// broken over several lines.
    pub fn is_line_based(&self) -> bool {
        self.loc.line.is_some()
    }
}

/// White space as found in Chinese documents (ASCII, U+3000, NBSP …).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// A CJK unified ideograph (the basic block, extension A, compatibility ideographs and
/// the supplementary-plane extensions that rare names use).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// True when `a` and `b` are equal once white space is removed ("主 要 内 容" = "主要内容"),
/// without allocating.
pub(crate) fn same_squeezed(a: &str, b: &str) -> bool {
    a.chars()
        .filter(|c| !is_space(*c))
        .eq(b.chars().filter(|c| !is_space(*c)))
}

/// Removes every white-space character (for comparing "主 要 内 容" with "主要内容").
/// Borrows when there is none, which is most lines.
pub(crate) fn squeeze(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_space) {
        Cow::Owned(s.chars().filter(|c| !is_space(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Punctuation that ends a sentence or a clause that stands alone on a line.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(is_space);
    if t.starts_with(['（', '(']) && t.ends_with(['）', ')']) {
        // A whole bracketed note: （此件公开发布）.
        return true;
    }
    t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…'])
}

/// Endings of organ names (机关): 人民政府, 办公室, 局, 委员会, 管委会, 各部门 …
pub(crate) const ORGAN_SUFFIXES: [&str; 30] = [
    "政府",
    "办公室",
    "办公厅",
    "委员会",
    "管委会",
    "办事处",
    "部门",
    "单位",
    "机构",
    "局",
    "厅",
    "委",
    "部",
    "院",
    "署",
    "办",
    "会",
    "处",
    "室",
    "中心",
    "公司",
    "大学",
    "学校",
    "队",
    "所",
    "站",
    "组",
    "党委",
    "军区",
    "部委",
];

/// True when `name` ends like the name of an organ.
pub(crate) fn is_organ_name(name: &str) -> bool {
    let n = name.trim_end_matches(is_space);
    let n = n.trim_end_matches(['）', ')']);
    // "各部门（单位）": look at the part before a trailing bracket too.
    let base = match n.rfind(['（', '(']) {
        Some(pos) if pos > 0 => &n[..pos],
        _ => n,
    };
    ORGAN_SUFFIXES
        .iter()
        .any(|s| name.trim_end_matches(is_space).ends_with(s) || base.ends_with(s))
}

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

/// The first `n` characters of `s` (for messages).
pub(crate) fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The last `n` characters of `s` (for messages).
pub(crate) fn tail(s: &str, n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    // Taken from the end: counting the whole string made joining many lines onto one
    // growing paragraph quadratic (each join names the paragraph's end).
    let start = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    s[start..].to_owned()
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

#[cfg(test)]
mod tests {
    #[test]
    fn tail_takes_the_last_characters() {
        for (s, n, want) in [
            ("各镇人民政府", 2, "政府"),
            ("各镇人民政府", 6, "各镇人民政府"),
            ("各镇人民政府", 9, "各镇人民政府"),
            ("abc", 0, ""),
            ("", 3, ""),
        ] {
            assert_eq!(tail(s, n), want, "{s} {n}");
        }
    }

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

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("请认真贯彻落实。"));
        assert!(ends_sentence("（此件公开发布）"));
        assert!(ends_sentence("各镇人民政府，县政府各部门："));
        assert!(!ends_sentence("及时公开翠屏片区、锦水片区等40个老旧小区"));
        assert!(!ends_sentence("各镇街、各部门（单位）"));
    }
}
