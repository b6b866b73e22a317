//! The lines that open an attachment ("附件2", "附件1：XX登记表", "附：") and the 附件说明
//! line under the body ("附件：1. …"). Several phases ask: the body ends before them, a
//! broken line never joins them, a signature line is never one.

use crate::lex::document::{ATTACHMENT, ATTACHMENT_ALONE, ATTACHMENT_NOTE};
use crate::parse::numerals::parse_number;
use crate::text::chars::{file_extension, is_space};

/// An attachment's opening line: "附件", "附件2", "附件3：", "附件1：XX登记表", "附：".
/// Returns the number (when printed) and the title printed on the same line.
pub(crate) fn is_attachment_header(text: &str) -> Option<(Option<u32>, Option<&str>)> {
    let t = text.trim_matches(is_space);
    // Every attachment word starts with 附: most lines are ruled out by one comparison.
    if !t.starts_with('附') {
        return None;
    }
    if let Some(rest) = t.strip_prefix(ATTACHMENT) {
        let rest = rest.trim_start_matches(is_space);
        let digits_end = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(c) || is_cn_digit(*c)))
            .map_or(rest.len(), |(i, _)| i);
        let number = if digits_end > 0 {
            parse_number(&rest[..digits_end])
        } else {
            None
        };
        let after = rest[digits_end..].trim_start_matches(is_space);
        let colon = after.starts_with(['：', ':']);
        let after = after
            .trim_start_matches(['：', ':', '.', '．', '、'])
            .trim_matches(is_space);
        if after.is_empty() {
            return Some((number, None));
        }
        // "附件2.关于…的任务清单.doc": a file a page links, not an attachment's opening line.
        if file_extension(after).is_some() {
            return None;
        }
        // "附件1：XX表" opens attachment 1; "附件：XX" (no number) is an 附件说明 entry.
        if number.is_some() && (colon || rest[..digits_end].len() < rest.len()) {
            return Some((number, Some(after)));
        }
        return None;
    }
    let s: String = t.chars().filter(|c| !is_space(*c)).collect();
    let word = s.strip_suffix(['：', ':']).unwrap_or(&s);
    ATTACHMENT_ALONE.contains(&word).then_some((None, None))
}

fn is_cn_digit(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// "附件：…" with a name after the colon: an 附件说明 line.
pub(crate) fn is_attachment_note(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let rest = t
        .strip_prefix(ATTACHMENT)
        .or_else(|| ATTACHMENT_NOTE.iter().find_map(|w| t.strip_prefix(w)))
        .map(|r| r.trim_start_matches(is_space));
    match rest.and_then(|r| r.strip_prefix(['：', ':'])) {
        Some(r) => !r.trim_matches(is_space).is_empty(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(is_attachment_header("附件"), Some((None, None)));
        assert_eq!(is_attachment_header(" 附件:"), Some((None, None)));
        assert_eq!(is_attachment_header("附件1"), Some((Some(1), None)));
        assert_eq!(is_attachment_header("　　附件3："), Some((Some(3), None)));
        assert_eq!(
            is_attachment_header("附件2：信息宣传联络员登记表"),
            Some((Some(2), Some("信息宣传联络员登记表")))
        );
        assert_eq!(is_attachment_header("附："), Some((None, None)));
        assert_eq!(is_attachment_header("附件：2024年重点工作任务分工"), None);
        assert_eq!(is_attachment_header("附件说明"), None);
        // A number and a dot before the title: the dot is no part of it.
        assert_eq!(
            is_attachment_header("附件2.重点任务清单"),
            Some((Some(2), Some("重点任务清单")))
        );
        // A file a page links ("附件2.….doc") opens no attachment.
        assert_eq!(
            is_attachment_header("附件2.关于促进托育服务的任务清单.doc"),
            None
        );
    }

    #[test]
    fn note_lines() {
        assert!(is_attachment_note(
            "附件：2024年平阴县政务公开重点工作任务分工"
        ));
        assert!(is_attachment_note("附：内地西藏初中班（校）扩大招生计划表"));
        assert!(!is_attachment_note("附件:"));
    }
}
