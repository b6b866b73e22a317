//! Tasks asked for in a sentence rather than marked: "请科技部、工业和信息化部、农业农村部、
//! 卫生健康委等部门在2019年2月底前完成。"
//!
//! Decisions (each covered by a test):
//! - A clause that opens with 请, names a list of units (each entry an organ or a named
//!   collective, as in a marker), then 在 / 于 and a dated phrase ("2019年2月底前"), is a
//!   task: the units and the date are the clause's, the sentence stays in the requirement.
//! - A list that names no organ ("各责任单位", "各部门", "有关单位") makes a rule for
//!   everybody, a date followed by 将 / 报 ("于每季度末月20日前将完成情况报县政府督查室")
//!   a reporting rule, and one followed by 予以批复 a request to a superior: none is a task.
//! - Without a date in the clause ("请财政部落实…", "请各乡镇、各部门高度重视") it is prose.

use crate::lex::roles::{PROSE_TASK_LINKS, PROSE_TASK_OPENER, REPORT_STARTS};
use crate::parse::deadline_text::dated_phrases;
use crate::parse::units::{is_generic_unit, split_units};
use crate::tasks::inline::markers::{Cut, MAX_UNIT, Marker, names_units};
use crate::text::chars::is_space;

/// Longest unit list read between 请 and its link word (characters).
const MAX_LIST: usize = 8 * MAX_UNIT;
/// Longest stretch read after the link word for the date and what follows it (characters).
const MAX_DATE: usize = 32;

/// A text may ask for a task only with 请 and a dated phrase's 前 or 年内.
pub(super) fn may_ask(text: &str) -> bool {
    text.contains(PROSE_TASK_OPENER) && (text.contains('前') || text.contains("年内"))
}

/// The tasks `text` asks for, each as a marker taking no text: a cut of zero width at the
/// end of its sentence.
pub(super) fn asked(text: &str) -> Vec<Cut> {
    let mut out = Vec::new();
    if !may_ask(text) {
        return out;
    }
    // The end of the sentence last looked for: asks in one sentence share it, and a long
    // text is scanned for stops once, not once per ask.
    let mut stop: Option<usize> = None;
    for (at, _) in text.match_indices(PROSE_TASK_OPENER) {
        if !opens_clause(&text[..at]) {
            continue;
        }
        let after = &text[at + PROSE_TASK_OPENER.len()..];
        if let Some((marker, used)) = ask(after) {
            let from = at + PROSE_TASK_OPENER.len() + used;
            let end = match stop {
                Some(end) if end >= from => end,
                _ => sentence_end(text, from),
            };
            stop = Some(end);
            match out.last_mut() {
                // Two asks in one sentence ("请A在6月底前完成…，请B在9月底前完成…"): one
                // task, the units of both, the dates as milestones.
                Some(last) if last.start == end => {
                    let m = &mut last.marker;
                    for u in marker.units {
                        if !m.units.iter().any(|x| x.name == u.name) {
                            m.units.push(u);
                        }
                    }
                    m.open |= marker.open;
                    m.raw = format!("{}、{}", m.raw, marker.raw);
                    if let (Some(d), Some(more)) = (&mut m.deadline, marker.deadline) {
                        d.push('，');
                        d.push_str(&more);
                    }
                }
                _ => out.push(Cut {
                    start: end,
                    end,
                    marker,
                }),
            }
        }
    }
    out
}

/// 请 opens a clause: at the start, or after a stop or a comma (not 申请, 邀请, 提请).
fn opens_clause(before: &str) -> bool {
    before
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_none_or(|c| "，,。；;：:！？!?".contains(c))
}

/// What follows 请: the units, the link word and the date; the marker and the bytes read
/// up to the end of the date.
fn ask(after: &str) -> Option<(Marker, usize)> {
    let (link_at, link) = after
        .char_indices()
        .take(MAX_LIST)
        .take_while(|(_, c)| !"，,。；;：:".contains(*c))
        .find_map(|(i, _)| {
            PROSE_TASK_LINKS
                .iter()
                .find(|l| after[i..].starts_with(*l))
                .map(|l| (i, *l))
        })?;
    let list = after[..link_at].trim_matches(is_space);
    if list.is_empty() || !names_units(list) {
        return None;
    }
    let rest = &after[link_at + link.len()..];
    // The date opens what follows the link word: only its first characters are read.
    let window = rest
        .char_indices()
        .nth(MAX_DATE)
        .map_or(rest, |(i, _)| &rest[..i]);
    let lead = rest.len() - rest.trim_start_matches(is_space).len();
    let phrase = dated_phrases(window).into_iter().next()?;
    if phrase.start != lead {
        return None;
    }
    let then = rest[phrase.end..].trim_start_matches(is_space);
    if REPORT_STARTS.iter().any(|w| then.starts_with(w)) {
        return None;
    }
    let units = split_units(list);
    if units.units.is_empty() || units.units.iter().all(|u| is_generic_unit(&u.name)) {
        return None;
    }
    let marker = Marker {
        raw: list.to_owned(),
        units: units.units,
        open: units.open,
        deadline: Some(phrase.text),
        asked: true,
        ..Marker::default()
    };
    Some((marker, link_at + link.len() + phrase.end))
}

/// The end of the sentence holding byte `from`: after its 。 (or ！ ？), else the text's end.
fn sentence_end(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|(_, c)| matches!(c, '。' | '！' | '？'))
        .map_or(text.len(), |(i, c)| from + i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, [(units, deadline, the text up to the cut)])
    type Case<'a> = (&'a str, &'a [(&'a [&'a str], &'a str, &'a str)]);

    #[test]
    fn asked_tasks() {
        let cases: &[Case<'_>] = &[
            (
                "项目管理专业机构不再承担有关事项，请科技部、工业和信息化部、农业农村部、卫生健康委等部门在2019年2月底前完成。各地区负责指导。",
                &[(
                    &["科技部", "工业和信息化部", "农业农村部", "卫生健康委"],
                    "2019年2月底前完成",
                    "项目管理专业机构不再承担有关事项，请科技部、工业和信息化部、农业农村部、卫生健康委等部门在2019年2月底前完成。",
                )],
            ),
            (
                "汛前开展拉网式排查，请县水利局、县自然资源局、县住建局在2024年4月底前完成排查整改并报县防指办公室。",
                &[(
                    &["县水利局", "县自然资源局", "县住建局"],
                    "2024年4月底前完成",
                    "汛前开展拉网式排查，请县水利局、县自然资源局、县住建局在2024年4月底前完成排查整改并报县防指办公室。",
                )],
            ),
            (
                "细化转移路线，请各乡镇人民政府于2024年5月15日前完成预案修订",
                &[(
                    &["各乡镇人民政府"],
                    "2024年5月15日前完成",
                    "细化转移路线，请各乡镇人民政府于2024年5月15日前完成预案修订",
                )],
            ),
            // Two asks in one sentence: one task.
            (
                "请县水利局在6月底前完成排查，请县住建局在9月底前完成整改。",
                &[(
                    &["县水利局", "县住建局"],
                    "6月底前完成，9月底前完成",
                    "请县水利局在6月底前完成排查，请县住建局在9月底前完成整改。",
                )],
            ),
            // Reporting rules and rules for everybody.
            (
                "请各责任单位于每季度末月20日前将“民生实事”完成情况书面报县政府督查室。",
                &[],
            ),
            ("请各部门于6月30日前完成自查。", &[]),
            ("请县发改局于6月30日前将工作方案报县政府办公室。", &[]),
            ("请县政府于2024年6月底前予以批复。", &[]),
            // No date in the clause.
            ("请财政部落实有关规定，提出修订建议。", &[]),
            ("请各乡镇、各部门高度重视，加强协作，形成工作合力。", &[]),
            (
                "请人力资源社会保障部会同有关部门按照有关精神制定出台具体操作办法。",
                &[],
            ),
            // 请 inside a word, or before no unit list.
            ("企业可在6月底前申请县财政局在年底前拨付资金。", &[]),
            ("请在6月底前完成报名。", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(Vec<String>, String, &str)> = asked(text)
                .into_iter()
                .map(|c| {
                    (
                        c.marker.units.iter().map(|u| u.name.clone()).collect(),
                        c.marker.deadline.unwrap_or_default(),
                        &text[..c.start],
                    )
                })
                .collect();
            let want: Vec<(Vec<String>, String, &str)> = want
                .iter()
                .map(|(u, d, t)| {
                    (
                        u.iter().map(|s| (*s).to_owned()).collect(),
                        (*d).to_owned(),
                        *t,
                    )
                })
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(
            asked("请科技部等部门在2019年2月底前完成")
                .iter()
                .all(|c| c.marker.open)
        );
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = asked(t);
        });
        for t in [
            "请",
            "请在",
            "请县发改局在",
            "请县发改局在前",
            "，请县发改局于年内",
        ] {
            let _ = asked(t);
        }
    }
}
