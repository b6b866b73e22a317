//! What the title says: the 文种 it ends with, the organs it starts with, whether it
//! carries other documents (印发, 转发 …).

use std::borrow::Cow;

use gongwen_model::DocType;

use crate::lex::brackets::{closes_name, opens_name};
use crate::lex::document::{DOC_TYPES, ORDER_ENDING, PLAN_WORDS, TITLE_WORDS};
use crate::parse::publicity::publicity_of;
use crate::text::chars::{is_cjk, is_organ_name, is_space, squeeze};
use crate::text::split::split_names;

/// How a line that may be a title ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TitleEnd {
    /// With a plan's or a list's word ("…工作要点", "…任务清单").
    Plan,
    /// With a 文种 ("…的通知", "…的实施意见").
    DocType,
}

/// How `text` ends, as a title would (white space and a bracketed remark after the word
/// ignored: "通  知", "…进度表（截至9月30日）").
pub(crate) fn title_end(text: &str) -> Option<TitleEnd> {
    let t = squeeze(text);
    let ends = |t: &str| {
        if doc_type_of(t).is_some() {
            Some(TitleEnd::DocType)
        } else if PLAN_WORDS.iter().any(|w| t.ends_with(w)) {
            Some(TitleEnd::Plan)
        } else {
            None
        }
    };
    ends(&t).or_else(|| {
        let inner = t.strip_suffix(['）', ')'])?;
        let open = inner.rfind(['（', '('])?;
        ends(&inner[..open])
    })
}

/// A remark in brackets on a line of its own under a title ("（征求意见稿）", "（2023年修订）",
/// "（2024—2026年）"); not a date ("（2023年5月8日县政府第3次常务会议通过）") nor a
/// publicity note ("（此件公开发布）") nor a note of clauses ("（责任单位中列第一位的为牵头
/// 单位，其余为配合单位）").
pub(crate) fn is_title_remark(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    t.starts_with(['（', '('])
        && t.ends_with(['）', ')'])
        && !(t.contains('月') && t.contains('日'))
        && !t.contains(['，', ',', '。', '；', ';', '：', ':'])
        && publicity_of(t).is_none()
}

/// The organs a title starts with, when it starts with organs and 关于 (转发, 印发 …): a
/// title complete at its start ("威海市人民政府办公室关于印发…").
pub(crate) fn opens_with_issuers(title: &str) -> bool {
    let names = title_issuers(title);
    !names.is_empty() && names.iter().all(|n| is_organ_name(n))
}

/// A title line's text with the white space a web copy or a letter-spaced 文种 leaves in
/// it removed ("通  知", "实 施 意 见", "关于印发 2019年…"). White space between two names
/// ("XX局　XX局关于…", a joint title) and between two ASCII words stays.
pub(crate) fn squeeze_title(text: &str) -> Cow<'_, str> {
    let t = text.trim_matches(is_space);
    if !t.chars().any(is_space) {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let pieces: Vec<&str> = t.split(is_space).filter(|p| !p.is_empty()).collect();
    let mut rest = t;
    for (k, piece) in pieces.iter().enumerate() {
        // The white space before this piece, as printed.
        let at = rest.find(piece).unwrap_or(0);
        let gap = &rest[..at];
        rest = &rest[at + piece.len()..];
        if k > 0 {
            let (Some(a), Some(b)) = (pieces[k - 1].chars().next_back(), piece.chars().next())
            else {
                continue;
            };
            let single = pieces[k - 1].chars().count() == 1 || piece.chars().count() == 1;
            let keep = if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() {
                true
            } else {
                is_cjk(a) && is_cjk(b) && !single
            };
            if keep {
                // One separator, whatever the copy printed: a full-width space where the
                // gap holds one, else a plain space (a Word file's NBSP and en space, a
                // web copy's run of spaces).
                out.push(if gap.contains('\u{3000}') {
                    '\u{3000}'
                } else {
                    ' '
                });
            }
        }
        out.push_str(piece);
    }
    Cow::Owned(out)
}

/// Every bracket and quotation mark of `text` closed, none closed before it opens: a line
/// that is a whole title, not the end of one ("（征求意见稿）》意见的函").
pub(crate) fn balanced(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        if opens_name(c) {
            depth += 1;
        } else if closes_name(c) {
            depth -= 1;
            if depth < 0 {
                return false;
            }
        }
    }
    depth == 0
}

/// The 文种 the title ends with ("…的通知" → 通知; "…的复函" → 函).
pub(crate) fn doc_type_of(title: &str) -> Option<DocType> {
    let title = squeeze(title);
    let t = title
        .trim_end_matches(is_space)
        .trim_end_matches(['）', ')'])
        .trim_end_matches(is_space);
    // Titles may end with a parenthesised remark: "…的通知（试行）".
    let t = match t.rfind(['（', '(']) {
        Some(pos) if !DOC_TYPES.iter().any(|(_, n)| t.ends_with(n)) => &t[..pos],
        _ => t,
    };
    let t = t.trim_end_matches(is_space);
    DOC_TYPES
        .iter()
        .find(|(_, name)| t.ends_with(name))
        .map(|(ty, _)| *ty)
        .or_else(|| t.ends_with(ORDER_ENDING).then_some(DocType::Order))
}

/// The issuing organs named at the start of the title: "XX办公室关于…" → XX办公室;
/// "国务院办公厅转发国家教委关于…" → 国务院办公厅.
pub(crate) fn title_issuers(title: &str) -> Vec<String> {
    let cut = TITLE_WORDS
        .iter()
        .filter(|w| w.ends_issuers)
        .filter_map(|w| title.find(w.word))
        .min();
    match cut {
        Some(pos) if pos > 0 => {
            let head = &title[..pos];
            if head.chars().count() > 80 || head.contains(['《', '“']) {
                return Vec::new();
            }
            split_names(head)
        }
        _ => Vec::new(),
    }
}

/// 印发 / 转发 / 批转 notices carry other documents.
pub(crate) fn is_transmittal(title: &str) -> bool {
    TITLE_WORDS
        .iter()
        .any(|w| w.transmits && title.contains(w.word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_lines() {
        // (line, squeezed)
        for (line, want) in [
            ("通  知", "通知"),
            ("实 施 意 见", "实施意见"),
            (
                "关于印发 2019年全市工作要点的通知",
                "关于印发2019年全市工作要点的通知",
            ),
            (
                "柏岩县农业局　柏岩县财政局关于春耕的通知",
                "柏岩县农业局　柏岩县财政局关于春耕的通知",
            ),
            ("关于开展 ISO 9001 认证的通知", "关于开展ISO 9001认证的通知"),
            (
                "海岚省农业农村厅\u{a0}\u{2002}海岚省财政厅关于印发补贴方案的通知",
                "海岚省农业农村厅 海岚省财政厅关于印发补贴方案的通知",
            ),
            (
                "柏岩县农业局　　柏岩县财政局关于春耕的通知",
                "柏岩县农业局　柏岩县财政局关于春耕的通知",
            ),
            (
                "关于开展  ISO   9001  认证的通知",
                "关于开展ISO 9001认证的通知",
            ),
        ] {
            assert_eq!(squeeze_title(line), want, "{line}");
        }
        // (line, how it ends)
        for (line, want) in [
            ("决 定", Some(TitleEnd::DocType)),
            (
                "2023年度民生实事项目推进情况表（截至9月30日）",
                Some(TitleEnd::Plan),
            ),
            ("柏岩县2024年政务公开工作要点", Some(TitleEnd::Plan)),
            ("关于明确2017年政务公开工作责任分工的", None),
            ("柏岩县人民政府", None),
        ] {
            assert_eq!(title_end(line), want, "{line}");
        }
        assert!(balanced("关于征求《若干措施（征求意见稿）》意见的函"));
        assert!(!balanced("（征求意见稿）》意见的函"));
        assert!(!balanced("关于征求《若干措施"));
    }

    #[test]
    fn doc_types() {
        assert_eq!(
            doc_type_of("关于印发2024年工作要点的通知"),
            Some(DocType::Notice)
        );
        assert_eq!(doc_type_of("关于同意迁址新建的批复"), Some(DocType::Reply));
        assert_eq!(
            doc_type_of("关于地质灾害险情有关问题的复函"),
            Some(DocType::Letter)
        );
        assert_eq!(
            doc_type_of("关于加强管理的意见（试行）"),
            Some(DocType::Opinion)
        );
        assert_eq!(doc_type_of("第二批推广清单"), None);
    }

    #[test]
    fn issuers_from_titles() {
        assert_eq!(
            title_issuers("平阴县人民政府办公室关于印发2024年平阴县政务公开工作要点的通知"),
            vec!["平阴县人民政府办公室"]
        );
        assert_eq!(
            title_issuers("国务院办公厅、中央军委办公厅关于加强调查和管理工作的通知"),
            vec!["国务院办公厅", "中央军委办公厅"]
        );
        assert_eq!(
            title_issuers("国务院办公厅转发国家教委关于内地西藏班扩大规模有关问题请示的通知"),
            vec!["国务院办公厅"]
        );
        assert!(title_issuers("关于加快南货场铁路涵洞下穿建设的函").is_empty());
    }
}
