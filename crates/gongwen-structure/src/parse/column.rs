//! What a table column holds, by its header: one of the lexicon's field names (责任单位,
//! 完成时限), else what the words of the header mean (民生实事, 本局责任处（单位）, 当前进度).
//!
//! Decisions:
//! - A header that equals a field name, or holds one of four characters or more, is that
//!   field ("牵头单位（部门）名称" is 牵头单位).
//! - Otherwise the first [`COLUMN_WORDS`] word the header holds (the bracketed part
//!   included: "本局责任处（单位）") gives its sense; a units header holding a lead or support
//!   word gives that role ("党工委管委会牵头部门").
//! - A header longer than twelve characters, or holding sentence punctuation, a digit or a
//!   section number, is no column name: the text of a row.

use gongwen_model::UnitRole;

use crate::lex::roles::{
    self, COLUMN_WORDS, ColumnSense, Field, LEAD_COLUMN_WORDS, SUPPORT_COLUMN_WORDS,
};
use crate::parse::label::parse_label;
use crate::text::chars::{is_space, squeeze};

/// A header containing a column name of this many characters or more has its role
/// ("牵头单位（部门）名称").
const MIN_CONTAINED: usize = 4;

/// Longest column name (characters).
const MAX_HEADER: usize = 12;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Seq,
    /// 工作任务: a task's own title, or the groups the rows fall in.
    Task,
    /// The groups the rows fall in, by a header that says so (类别).
    Group,
    Requirement,
    /// Units, with the role the header gives them.
    Units(Option<UnitRole>),
    Deadline,
    /// People (责任人, 牵头领导): never units.
    People,
    /// Anything else the table says of a row (进度, 备注).
    Other,
    /// A result reported of each row (得分, 等次): the table is an assessment's.
    Result,
}

/// What the column headed `header` holds, or `None` when the text is no column name.
pub(crate) fn column_of(header: &str) -> Option<Column> {
    // Most lines asked about are text: refused by counting, before the copy `squeeze`
    // makes (the name before a bracket is what is measured below, white space aside).
    let name = header.split(['（', '(']).next().unwrap_or(header);
    if name
        .chars()
        .filter(|&c| c != '|' && !is_space(c))
        .nth(MAX_HEADER + 2)
        .is_some()
    {
        return None;
    }
    // A text opening with a bracket ("（一）…") is measured whole below: refused here, by
    // counting, when even without its closing brackets it is too long (the copy `squeeze`
    // makes of a long paragraph was most of this function's cost).
    if name
        .trim_matches(|c: char| c == '|' || is_space(c))
        .is_empty()
    {
        let counted = |c: &char| *c != '|' && !is_space(*c);
        let n = header.chars().filter(counted).take(MAX_HEADER + 8).count();
        let closers = header
            .chars()
            .rev()
            .filter(counted)
            .take_while(|c| matches!(c, '）' | ')'))
            .count();
        if n.saturating_sub(closers) > MAX_HEADER {
            return None;
        }
    }
    let full = squeeze(header);
    let full = full.trim_matches(|c: char| c == '|' || is_space(c));
    let h = full.trim_end_matches(['）', ')']);
    let h = match h.find(['（', '(']) {
        Some(pos) if pos > 0 => &h[..pos],
        _ => h,
    };
    if h.is_empty() || h.chars().count() > MAX_HEADER {
        return None;
    }
    // "二、重点任务": a numbered heading of the text (often right above a table whose
    // header it is not), never a column's name.
    if parse_label(h).is_some_and(|l| l.level <= 2 && !l.rest.is_empty()) {
        return None;
    }
    // The names that equal the header, else the longer names it contains, most specific
    // first (the lexicon's order).
    let index = roles::column_index();
    let names = || roles::columns();
    let exact = || index.equal(h);
    let contained = || {
        index.first_held(h, |place| {
            names()
                .nth(place)
                .is_some_and(|n| n.word.chars().count() >= MIN_CONTAINED)
        })
    };
    if let Some(n) = exact()
        .or_else(contained)
        .and_then(|place| names().nth(place))
    {
        return Some(match n.field {
            Field::Seq => Column::Seq,
            Field::Task => Column::Task,
            Field::Requirement => Column::Requirement,
            Field::Units(role) => Column::Units(role),
            Field::Deadline => Column::Deadline,
            Field::People => Column::People,
        });
    }
    if full.contains(['，', '。', '；', ',', ';', '：', ':'])
        || full.chars().any(|c| c.is_ascii_digit())
        || parse_label(full).is_some()
    {
        return None;
    }
    let has = |words: &[&str]| words.iter().any(|w| full.contains(w));
    let place = roles::column_word_index().first_held(full, |_| true)?;
    let sense = COLUMN_WORDS.get(place)?.sense;
    Some(match sense {
        ColumnSense::Group => Column::Group,
        ColumnSense::Requirement => Column::Requirement,
        ColumnSense::Units if has(&LEAD_COLUMN_WORDS) => Column::Units(Some(UnitRole::Lead)),
        ColumnSense::Units if has(&SUPPORT_COLUMN_WORDS) => Column::Units(Some(UnitRole::Support)),
        ColumnSense::Units => Column::Units(None),
        ColumnSense::Deadline => Column::Deadline,
        ColumnSense::Other => Column::Other,
        ColumnSense::People => Column::People,
        ColumnSense::Result => Column::Result,
    })
}

/// `text` is one of the lexicon's column names exactly (责任单位, 完成时限), white space
/// aside.
pub(crate) fn is_column_name(text: &str) -> bool {
    let h = squeeze(text);
    roles::column_index()
        .equal(h.trim_matches(|c: char| c == '|' || is_space(c)))
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_by_name_and_by_meaning() {
        use Column as C;
        let cases: &[(&str, Option<Column>)] = &[
            ("序号", Some(C::Seq)),
            ("主 要 内 容", Some(C::Requirement)),
            ("牵头单位", Some(C::Units(Some(UnitRole::Lead)))),
            ("责任单位（部门）", Some(C::Units(None))),
            ("工作任务", Some(C::Task)),
            ("完成时限 |", Some(C::Deadline)),
            // By meaning.
            ("民生实事", Some(C::Requirement)),
            ("项目名称", Some(C::Task)),
            ("项目", Some(C::Requirement)),
            ("本局责任处（单位）", Some(C::Units(None))),
            ("党工委管委会牵头部门", Some(C::Units(Some(UnitRole::Lead)))),
            ("协同部门", Some(C::Units(Some(UnitRole::Support)))),
            ("指导部门", Some(C::Units(None))),
            ("责任股室", Some(C::Units(None))),
            ("当前进度", Some(C::Other)),
            ("完成情况", Some(C::Other)),
            ("进度安排", Some(C::Deadline)),
            ("进度要求", Some(C::Deadline)),
            ("类别", Some(C::Group)),
            ("备注", Some(C::Other)),
            ("牵头领导", Some(C::People)),
            ("责任县领导", Some(C::People)),
            ("包抓领导", Some(C::People)),
            ("责任人", Some(C::People)),
            ("责任单位（领导小组成员单位）", Some(C::Units(None))),
            ("（牵头单位）", Some(C::Units(Some(UnitRole::Lead)))),
            (" |（责任单位）|", Some(C::Units(None))),
            // No column name.
            ("（一）城区环境整治工作的主要任务和要求", None),
            ("（一）", None),
            ("推广范围", None),
            ("一、城区环境整治", None),
            ("二、重点任务", None),
            ("问题", Some(C::Task)),
            ("存在问题", Some(C::Task)),
            ("整改措施", Some(C::Requirement)),
            ("（三）主要任务", None),
            ("2024年", None),
            ("各单位要认真落实。", None),
            ("重点围绕扩大有效投资、招商引资等方面的重要政策", None),
            ("", None),
        ];
        for (header, want) in cases {
            assert_eq!(column_of(header), *want, "{header:?}");
        }
    }
}
