//! Character classes of Chinese text and small string helpers every phase uses.

use std::borrow::Cow;

use crate::lex::chrome::FILE_EXTENSIONS;
use crate::lex::organs::{LONG_HEAD_SUFFIXES, NOT_SECTIONS, ORGAN_SUFFIXES};

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

/// True when `name` ends like the name of an organ.
pub(crate) fn is_organ_name(name: &str) -> bool {
    let n = name.trim_end_matches(is_space);
    let n = n.trim_end_matches(['）', ')']);
    // "各部门（单位）": look at the part before a trailing bracket too.
    let base = match n.rfind(['（', '(']) {
        Some(pos) if pos > 0 => &n[..pos],
        _ => n,
    };
    let whole = name.trim_end_matches(is_space);
    // "电梯40部", "幼儿园4所": a count, not an organ (no organ's name puts digits before
    // its ending).
    let organ_end = |t: &str, s: &str| {
        t.strip_suffix(s).is_some_and(|head| {
            !head
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
                && (!LONG_HEAD_SUFFIXES.contains(&s) || head.chars().nth(1).is_some())
        })
    };
    // A bureau's section ends with 科 (法规科); a field of study does too (学科, 本科).
    if NOT_SECTIONS.iter().any(|s| whole.ends_with(s)) {
        return false;
    }
    ORGAN_SUFFIXES
        .iter()
        .any(|s| organ_end(whole, s) || organ_end(base, s))
}

/// The extension of the file `text` names ("…工作要点.DOCX" → ".docx"), any case, if any.
pub(crate) fn file_extension(text: &str) -> Option<&'static str> {
    FILE_EXTENSIONS.iter().copied().find(|e| {
        text.len()
            .checked_sub(e.len())
            .and_then(|at| text.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(e))
    })
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

/// Removes leftovers of broken HTML entities ("&sp;", "&nbsp;", "&#9826;").
pub(crate) fn strip_entity_junk(text: &str) -> Cow<'_, str> {
    // Runs on every line that might be a date or a name: most have no '&' at all.
    if !text.contains('&') {
        return Cow::Borrowed(text.trim_matches(is_space));
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let end = after.find(';').filter(|&e| {
            e > 0
                && e <= 8
                && after[..e]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '#')
        });
        match end {
            Some(e) => rest = &after[e + 1..],
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out.trim_matches(is_space).to_owned())
}

/// Display columns of `text` as printed: an East Asian wide character two, others one.
pub(crate) fn display_width(text: &str) -> usize {
    text.trim_matches(is_space)
        .chars()
        .map(|c| if is_wide(c) { 2 } else { 1 })
        .sum()
}

/// Ideographs, kana, hangul and full-width forms print two columns wide, and so do the
/// quotation marks, dashes and ellipses of Chinese text (East Asian "ambiguous" width,
/// printed an em wide by Chinese fonts).
pub(crate) fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2014 | 0x2018 | 0x2019 | 0x201C | 0x201D | 0x2026 | 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("请认真贯彻落实。"));
        assert!(ends_sentence("（此件公开发布）"));
        assert!(ends_sentence("各镇人民政府，县政府各部门："));
        assert!(!ends_sentence("及时公开翠屏片区、锦水片区等40个老旧小区"));
        assert!(!ends_sentence("各镇街、各部门（单位）"));
    }

    /// Organ endings, but not a count ("电梯40部", "幼儿园4所").
    #[test]
    fn organ_names() {
        assert!(is_organ_name("县住房城乡建设局"));
        assert!(is_organ_name("工业和信息化部"));
        assert!(is_organ_name("城关派出所"));
        assert!(is_organ_name("各部门（单位）"));
        assert!(!is_organ_name("加装既有住宅电梯40部"));
        assert!(!is_organ_name("新建幼儿园４所"));
        // A deployment, the whole, cadres: words ending in 部, no ministry.
        assert!(!is_organ_name("根据上级部署"));
        assert!(!is_organ_name("机关干部"));
        assert!(is_organ_name("县委组织部"));
        // A ministry's departments end with 司; a level alone before it names none.
        assert!(is_organ_name("政策法规司"));
        assert!(is_organ_name("人事司"));
        assert!(!is_organ_name("县司"));
    }

    #[test]
    fn entity_junk() {
        assert_eq!(
            strip_entity_junk("国务院办公厅         &sp;"),
            "国务院办公厅"
        );
        assert_eq!(strip_entity_junk("A&B公司"), "A&B公司");
        assert_eq!(strip_entity_junk("&#9826;电视"), "电视");
    }
}
