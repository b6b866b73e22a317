//! The meeting a 纪要 records: its labelled lines (时间：, 地点：, 主持：, 出席：, 列席：,
//! 请假：, 记录：), printed above the decisions (web copies) or below them (GB/T 9704
//! §10.3 puts 出席 / 请假 / 列席 under the body), read into a [`Meeting`] and taken out of
//! the body so that the topics keep only their own text.
//!
//! Only two places are searched, so that a decision describing an event ("时间：6月18日"
//! inside 二、) is never taken for the meeting: before the first numbered topic, and a
//! block holding an attendance list at the very end of the body (where only bracketed
//! notes or 分送 lines may follow).
//! A list goes on over the following lines until the next label or a line that is not
//! a list of names (a sentence, a numbered line, anything with a colon).

use gongwen_model::{Attendee, Loc, Meeting, MeetingText, MeetingTime};

use crate::filter::para::Para;
use crate::lex::organs::GROUP_WORDS;
use crate::parse::date::find_date;
use crate::parse::meeting::{Field, meeting_line};
use crate::parse::person::{group_spaced, parse_person};
use crate::text::at::At;
use crate::text::chars::{is_organ_name, is_space, squeeze};
use crate::text::split::split_top_level;

/// Longest line read as part of a list (characters).
const MAX_LIST_LINE: usize = 300;
/// Longest list entry (characters): longer is a sentence, not a name.
const MAX_ENTRY: usize = 40;

/// A line that goes on with the list above it: names, no label, no sentence.
fn is_continuation(p: &Para<'_>) -> bool {
    let t = p.text().trim_matches(is_space);
    !t.is_empty()
        && t.chars().count() <= MAX_LIST_LINE
        && !t.contains(['。', '：', ':', '！', '？'])
        && p.label().is_none()
        && entries_of(t, true)
            .iter()
            .chain(&entries_of(t, false))
            .all(|e| e.chars().count() <= MAX_ENTRY)
}

/// What may follow the lists at the end of a 纪要's body: a bracketed note, or a short
/// labelled distribution line (分送：…, 发：…).
fn may_follow_lists(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let bracketed = t.starts_with(['（', '(']) && t.ends_with(['）', ')']);
    let labelled = t
        .find(['：', ':'])
        .is_some_and(|pos| squeeze(&t[..pos]).chars().count() <= 4);
    bracketed || labelled
}

/// Takes the meeting's lines out of a 纪要's body paragraphs (before lines are joined).
pub(crate) fn take_meeting(paras: Vec<Para<'_>>) -> (Vec<Para<'_>>, Option<Meeting>) {
    let n = paras.len();
    let first_topic = paras.iter().position(|p| p.label().is_some()).unwrap_or(n);
    // rest_ok[e]: nothing but notes and distribution lines from e to the end.
    let mut rest_ok = vec![true; n + 1];
    for e in (0..n).rev() {
        rest_ok[e] = rest_ok[e + 1] && may_follow_lists(paras[e].text());
    }
    let mut taken = vec![false; n];
    let mut meeting = Meeting::default();
    let mut found = false;
    let mut i = 0;
    while i < n {
        if meeting_line(paras[i].text()).is_none() {
            i += 1;
            continue;
        }
        let end = block_end(&paras, i);
        // At the end only a block holding a list: 时间/地点 lines closing the last
        // topic describe an event the meeting decided on.
        let has_list = paras[i..end]
            .iter()
            .any(|p| meeting_line(p.text()).is_some_and(|(f, _)| f.is_list()));
        if i < first_topic || (rest_ok[end] && has_list) {
            read_block(&paras[i..end], &mut meeting);
            taken[i..end].iter_mut().for_each(|t| *t = true);
            found = true;
        }
        // Every labelled line inside [i, end) would end at `end` too: skip them.
        i = end.max(i + 1);
    }
    if !found {
        return (paras, None);
    }
    let kept = paras
        .into_iter()
        .zip(taken)
        .filter_map(|(p, t)| (!t).then_some(p))
        .collect();
    (kept, Some(meeting))
}

/// One past the last line of the block of labelled lines starting at `start`.
fn block_end(paras: &[Para<'_>], start: usize) -> usize {
    let mut current: Option<Field> = None;
    let mut e = start;
    while let Some(p) = paras.get(e) {
        if let Some((field, _)) = meeting_line(p.text()) {
            current = Some(field);
        } else if !(current.is_some_and(Field::is_list) && is_continuation(p)) {
            break;
        }
        e += 1;
    }
    e
}

/// Reads a block of labelled lines and the lines continuing its lists.
fn read_block(lines: &[Para<'_>], meeting: &mut Meeting) {
    let mut k = 0;
    while k < lines.len() {
        let Some((field, rest)) = meeting_line(lines[k].text()) else {
            k += 1;
            continue;
        };
        let loc = lines[k].loc;
        let mut group: Vec<At<&str>> = vec![At::new(rest, loc)];
        k += 1;
        if field.is_list() {
            while let Some(p) = lines.get(k).filter(|p| meeting_line(p.text()).is_none()) {
                group.push(At::new(p.text().trim_matches(is_space), p.loc));
                k += 1;
            }
        }
        match field {
            Field::Time if meeting.time.is_none() => {
                let mut time = MeetingTime::new(rest, loc);
                time.date = find_date(rest).and_then(|(d, _)| d.to_date());
                meeting.time = Some(time);
            }
            Field::Place if meeting.place.is_none() => {
                meeting.place = Some(MeetingText::new(rest, loc));
            }
            Field::Chair if meeting.chair.is_none() => meeting.chair = one_person(rest, loc),
            Field::Recorder if meeting.recorder.is_none() => {
                meeting.recorder = one_person(rest, loc);
            }
            Field::Attendees => meeting.attendees.extend(list(&group)),
            Field::Observers => meeting.observers.extend(list(&group)),
            Field::Absent => meeting.absent.extend(list(&group)),
            _ => {}
        }
    }
}

/// The entries of a list over its lines. A list that separates entries with 、，；
/// anywhere is split on them (a space then parts a unit from a name); one printed with
/// spaces only is grouped token by token.
fn list(group: &[At<&str>]) -> Vec<Attendee> {
    let punctuated = group
        .iter()
        .any(|line| entries_of(line.value, true).len() > 1);
    group
        .iter()
        .flat_map(|&At { value, loc }| {
            entries_of(value, punctuated)
                .into_iter()
                .filter_map(move |e| attendee(&e, loc))
        })
        .collect()
}

fn entries_of(text: &str, punctuated: bool) -> Vec<String> {
    let text = text.trim_end_matches(['。', '；', ';', '，', '、', ',']);
    if !punctuated {
        return group_spaced(text);
    }
    let mut out = Vec::new();
    for part in split_top_level(text, &['，', ',', '；', ';']) {
        let pieces = split_top_level(&part, &['、']);
        if shares_group_word(&pieces) {
            out.push(part);
        } else {
            out.extend(pieces);
        }
    }
    out
}

/// "区城管局、区市场监管局、供电公司分管负责同志": units sharing the group word of the
/// last one are one entry, not units listed as people.
fn shares_group_word(pieces: &[String]) -> bool {
    match pieces.split_last() {
        Some((last, units)) if !units.is_empty() => {
            GROUP_WORDS.iter().any(|w| last.ends_with(w)) && units.iter().all(|u| is_organ_name(u))
        }
        _ => false,
    }
}

fn attendee(entry: &str, loc: Loc) -> Option<Attendee> {
    let p = parse_person(entry)?;
    let mut attendee = Attendee::new(p.name, loc);
    attendee.unit = p.unit;
    attendee.title = p.title;
    attendee.note = p.note;
    Some(attendee)
}

/// 主持 and 记录 name one person; several are kept as printed.
fn one_person(text: &str, loc: Loc) -> Option<Attendee> {
    let entries = entries_of(text, true);
    match entries.as_slice() {
        [one] => attendee(one, loc),
        _ => attendee(&squeeze(text), loc).map(|mut a| {
            a.name = text.to_owned();
            a
        }),
    }
}

#[cfg(test)]
mod tests {
    use gongwen_blocks::Hints;

    use super::*;

    /// One paragraph a line, numbered from 0.
    fn paras_of<'h>(lines: &[&str], hints: &'h Hints) -> Vec<Para<'h>> {
        lines
            .iter()
            .zip(0..)
            .map(|(t, i)| para(t, i, hints))
            .collect()
    }

    fn para<'h>(text: &str, line: u32, hints: &'h Hints) -> Para<'h> {
        Para::new(
            text.to_owned(),
            Loc::lines(line, Some(line + 1), None),
            hints,
        )
    }

    fn names(list: &[Attendee]) -> Vec<(&str, Option<&str>)> {
        list.iter()
            .map(|a| (a.name.as_str(), a.unit.as_deref()))
            .collect()
    }

    #[test]
    fn lists_at_the_end() {
        let hints = Hints::default();
        let lines = [
            "2024年5月16日，县长周鹏主持召开县政府第31次常务会议。纪要如下：",
            "一、关于防汛工作",
            "会议要求，各镇要压实防汛责任。",
            "出席：周　鹏　刘建军　孙丽华",
            "　　　赵志刚　何　静",
            "列席：县政府办公室　林海涛，县发改局　钱　凯，",
            "　　　县水利局　冯国强",
            "请假：马志远（在省委党校学习）",
            "记录：黄晓丽",
            "（此件不公开）",
        ];
        let paras = paras_of(&lines, &hints);
        let (kept, meeting) = take_meeting(paras);
        let m = meeting.expect("a meeting");
        assert_eq!(
            names(&m.attendees),
            [
                ("周鹏", None),
                ("刘建军", None),
                ("孙丽华", None),
                ("赵志刚", None),
                ("何静", None)
            ]
        );
        assert_eq!(m.attendees[3].loc.line, Some(5));
        assert_eq!(
            names(&m.observers),
            [
                ("林海涛", Some("县政府办公室")),
                ("钱凯", Some("县发改局")),
                ("冯国强", Some("县水利局"))
            ]
        );
        assert_eq!(m.observers[2].loc.line, Some(7));
        assert_eq!(m.absent[0].name, "马志远");
        assert_eq!(m.absent[0].note.as_deref(), Some("在省委党校学习"));
        assert_eq!(m.recorder.map(|r| r.name).as_deref(), Some("黄晓丽"));
        let kept: Vec<&str> = kept.iter().map(|p| p.text()).collect();
        assert_eq!(kept, [lines[0], lines[1], lines[2], lines[9]]);
    }

    #[test]
    fn lines_at_the_top() {
        let hints = Hints::default();
        let lines = [
            "会议时间：2024年5月16日上午",
            "会议地点：县政府第一会议室",
            "主持人：县长周鹏",
            "参会人员：刘建军、孙丽华、县直有关部门负责同志",
            "会议研究了以下事项：",
            "一、关于招商推介会",
            "时间：6月18日",
            "地点：县会展中心",
        ];
        let paras = paras_of(&lines, &hints);
        let (kept, meeting) = take_meeting(paras);
        let m = meeting.expect("a meeting");
        let time = m.time.expect("time");
        assert_eq!(
            (
                time.text.as_str(),
                time.date.map(|d| d.to_string()).as_deref()
            ),
            ("2024年5月16日上午", Some("2024-05-16"))
        );
        assert_eq!(m.place.map(|p| p.text).as_deref(), Some("县政府第一会议室"));
        let chair = m.chair.expect("chair");
        assert_eq!(
            (chair.name.as_str(), chair.title.as_deref()),
            ("周鹏", Some("县长"))
        );
        assert_eq!(
            names(&m.attendees),
            [
                ("刘建军", None),
                ("孙丽华", None),
                ("县直有关部门负责同志", None)
            ]
        );
        // The event's 时间/地点 inside 一、 stay with the topic.
        let kept: Vec<&str> = kept.iter().map(|p| p.text()).collect();
        assert_eq!(kept, &lines[4..]);
    }

    #[test]
    fn prose_is_not_a_list() {
        let hints = Hints::default();
        let lines = [
            "会议强调，出席：各镇主要负责同志要亲自部署。",
            "一、关于防汛工作",
            "会议指出，请假人员要及时补课。",
            "出席会议的领导有：周鹏、刘建军",
        ];
        let paras = paras_of(&lines, &hints);
        let (kept, meeting) = take_meeting(paras);
        assert!(meeting.is_none());
        assert_eq!(kept.len(), lines.len());
    }

    #[test]
    fn never_panics() {
        let hints = Hints::default();
        crate::test_support::each_slice(|s| {
            let _ = is_continuation(&para(s, 0, &hints));
            let paras = vec![para(&format!("出席：{s}"), 0, &hints), para(s, 1, &hints)];
            let _ = take_meeting(paras);
        });
    }
}
