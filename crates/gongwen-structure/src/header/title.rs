//! What the title says: the 文种 it ends with, the organs it starts with, whether it
//! carries other documents (印发, 转发 …).

use gongwen_model::DocType;

use crate::lex::document::{DOC_TYPES, ORDER_ENDING, TITLE_WORDS};
use crate::text::chars::is_space;
use crate::text::split::split_names;

/// The 文种 the title ends with ("…的通知" → 通知; "…的复函" → 函).
pub(crate) fn doc_type_of(title: &str) -> Option<DocType> {
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
