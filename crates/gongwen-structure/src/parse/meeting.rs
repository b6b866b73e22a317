//! The labelled lines of a 纪要 (时间：…, 出席：…, 记录：…): which field a line names. The
//! header ends at the first one; the body reads the meeting from them
//! ([`crate::body::minutes`]).

use crate::lex::document::MEETING_LABELS;
pub(crate) use crate::lex::document::MeetingField as Field;
use crate::text::chars::{is_space, squeeze};

/// The longest label with its padding spaces ("出 席 人 员") before the colon (bytes).
const MAX_LABEL_BYTES: usize = 36;

/// The field and the text after the label of a labelled line: "出席：周鹏　刘建军".
pub(crate) fn meeting_line(text: &str) -> Option<(Field, &str)> {
    let t = text.trim_matches(is_space);
    let colon = t.find(['：', ':'])?;
    if colon > MAX_LABEL_BYTES {
        return None;
    }
    let label = squeeze(&t[..colon]);
    let field = MEETING_LABELS
        .iter()
        .find(|(l, _)| *l == label)
        .map(|(_, f)| *f)?;
    let colon_len = t[colon..].chars().next().map_or(1, char::len_utf8);
    let rest = t[colon + colon_len..].trim_matches(is_space);
    // A sentence after the label is prose ("时间：会议定于…。请各单位…"), not a field.
    let body = rest.trim_end_matches(['。', '；', ';']);
    if body.contains(['。', '！', '？']) || (rest.is_empty() && !field.is_list()) {
        return None;
    }
    Some((field, rest))
}

/// True for a labelled line of a 纪要 (时间：…, 出席：…); ends a 纪要's header.
pub(crate) fn is_meeting_line(text: &str) -> bool {
    meeting_line(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_lines() {
        let cases: &[(&str, Option<Field>)] = &[
            ("出席：周鹏　刘建军", Some(Field::Attendees)),
            ("出　席：周鹏", Some(Field::Attendees)),
            ("出席人员:周鹏、刘建军", Some(Field::Attendees)),
            ("列席：县发改局　钱凯", Some(Field::Observers)),
            ("请假：马志远（出差）", Some(Field::Absent)),
            ("会议时间：2024年5月16日上午", Some(Field::Time)),
            ("地点：县政府第一会议室", Some(Field::Place)),
            ("主 持 人：周鹏", Some(Field::Chair)),
            ("记录：黄晓丽", Some(Field::Recorder)),
            ("出席：", Some(Field::Attendees)),
            // Prose, not fields.
            ("请出席人员提前10分钟入场。", None),
            ("出席会议的领导有：周鹏、刘建军", None),
            ("时间：会议定于6月18日召开。请各单位准时参加。", None),
            ("时间：", None),
            ("一、出席：县长", None),
            ("会议要求：各镇要压实责任。", None),
        ];
        for (text, want) in cases {
            assert_eq!(meeting_line(text).map(|(f, _)| f), *want, "{text}");
        }
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|s| {
            let _ = meeting_line(s);
        });
    }
}
