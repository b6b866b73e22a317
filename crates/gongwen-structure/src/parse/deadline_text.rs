//! Deadlines written in a task's own text rather than in a deadline column: "6月底前完成",
//! "2024年10月底前", "年底前", "翌年3月底前", "年内", and, where no date is written, a
//! repetition ("每季度更新一次") or continuous work ("此项工作长期坚持").
//!
//! Decisions (each covered by a test):
//! - A dated phrase ends in 底前 / 末前 / 月前 / 日前 / 号前 / 旬前 / 度前, in 年内, or in
//!   底 / 末 / 月 / 日 / 号 before a word of finishing ("2024年底建成", "9月完成"), and
//!   starts at a number, a Chinese numeral before 年/月/季, or a year word that opens a
//!   phrase (次年, 翌年, 年底 …); a following 完成 is kept. Several phrases are milestones:
//!   all are kept, and [`parse_deadline`] takes the latest as the due date.
//! - A bare year ("2022年北京冬奥会"), a duration ("24小时", "3个月内") and "目前", "提前",
//!   "节日前" are no deadline.
//! - Only where no dated phrase stands does a word the lexicon marks as said in running text
//!   count: a repetition (每年, 每季度, 按月 …) before continuous work (长期坚持 …). "定期"
//!   and "持续推进" are prose, never a deadline.

use gongwen_model::DeadlineKind;

use crate::lex::deadlines::{DEADLINE_WORDS, DUE_AT, DUE_BEFORE, DUE_VERBS, PHRASE_CHARS, Sense};
use crate::parse::deadline::parse_deadline;

/// Most dated phrases kept from one text (milestones); keeps the scan linear.
const MAX_PHRASES: usize = 8;
/// Longest stretch of date characters read back from a phrase's 前 (characters).
const MAX_BACK: usize = 16;
/// Longest stretch before a repetition's own word may stand (characters); a phrase said in
/// running text is kept up to twice as long.
const MAX_SAID: usize = 8;

/// A dated phrase in running text: its byte range and its text (a following 完成 added).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The deadline `text` states for its task, as printed: its dated phrases joined with "，"
/// (milestones), else a repetition, else continuous work; `None` when it states none.
pub(crate) fn deadline_in_text(text: &str) -> Option<String> {
    let mut repeated: Option<String> = None;
    let mut dated: Vec<String> = Vec::new();
    for p in dated_phrases(text) {
        // "每年6月底前": the date of a repetition, no single due date.
        match repetition_before(text, p.start) {
            Some(from) => {
                repeated.get_or_insert_with(|| text[from..p.end].to_owned());
            }
            None => dated.push(p.text),
        }
    }
    if !dated.is_empty() {
        return Some(dated.join("，"));
    }
    repeated
        .or_else(|| said(text, Sense::Recurring))
        .or_else(|| said(text, Sense::Ongoing))
}

/// Where a repetition word said just before byte `at` starts, in the same clause and at
/// most [`MAX_SAID`] characters back ("**每季度**末月20日前", "**每年**6月底前").
fn repetition_before(text: &str, at: usize) -> Option<usize> {
    let from = text[..at]
        .char_indices()
        .rev()
        .take(MAX_SAID)
        .take_while(|(_, c)| !is_break(*c))
        .last()
        .map_or(at, |(i, _)| i);
    let window = &text[from..at];
    DEADLINE_WORDS
        .iter()
        .filter(|w| w.said && w.sense == Sense::Recurring)
        .filter_map(|w| window.find(w.word))
        .min()
        .map(|i| from + i)
}

/// The dated phrases of `text` that read as a due date, in order.
pub(crate) fn dated_phrases(text: &str) -> Vec<Phrase> {
    let mut out: Vec<Phrase> = Vec::new();
    // Every phrase ends in 前, 年内 or before a word of finishing: most texts hold none and
    // need no char table.
    if !text.contains('前') && !text.contains("年内") && !DUE_VERBS.iter().any(|v| text.contains(v))
    {
        return out;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 1..chars.len() {
        if out.len() >= MAX_PHRASES {
            break;
        }
        let (at, c) = chars[k];
        let before = chars[k - 1].1;
        let end = at + c.len_utf8();
        // "2024年底建成", "9月完成": a date ending where a word of finishing follows.
        let verb = DUE_AT
            .contains(&c)
            .then(|| DUE_VERBS.iter().find(|v| text[end..].starts_with(*v)))
            .flatten();
        let ends = match c {
            '前' => DUE_BEFORE.contains(&before),
            '内' => before == '年',
            _ => verb.is_some(),
        };
        if !ends {
            continue;
        }
        // The phrase's last character is the one it ends with, not yet walked back over.
        let k = if verb.is_some() { k + 1 } else { k };
        // Back over date characters (a bounded walk), then forward to a valid start.
        let mut s = k;
        while s > 0 && k - s < MAX_BACK && is_date_char(chars[s - 1].1) {
            s -= 1;
        }
        let Some(start) = (s..k)
            .map(|j| chars[j].0)
            .find(|&b| valid_start(&text[b..end]))
        else {
            continue;
        };
        let mut phrase = text[start..end].to_owned();
        // The word of finishing a phrase ends before stays with it; after 前, only 完成 does.
        if let Some(v) = verb {
            phrase.push_str(v);
        } else if text[end..].starts_with("完成") {
            phrase.push_str("完成");
        }
        if parse_deadline(&phrase, None).0 == DeadlineKind::ByDate
            && !out.iter().any(|p| p.text == phrase)
        {
            out.push(Phrase {
                start,
                end,
                text: phrase,
            });
        }
    }
    out
}

/// The first phrase of `text` led by a word of `sense` said in running text, up to the next
/// punctuation or quotation mark.
fn said(text: &str, sense: Sense) -> Option<String> {
    let (at, word) = DEADLINE_WORDS
        .iter()
        .filter(|w| w.said && w.sense == sense)
        .filter_map(|w| text.find(w.word).map(|at| (at, w.word)))
        .min_by_key(|(at, _)| *at)?;
    let clause: String = text[at..]
        .chars()
        .take_while(|c| !is_break(*c))
        .take(2 * MAX_SAID + 1)
        .collect();
    // "每季度更新一次项目…", "每季度末月20日前报送": the repetition ends with its 一次 or 前.
    let end = ["一次", "前"]
        .iter()
        .filter_map(|w| clause.find(w).map(|i| i + w.len()))
        .min();
    // Else the whole clause when it is short ("按季度更新政策兑现情况"), never a piece of a
    // word cut at a length: a longer one is its word alone.
    let whole = clause.chars().count() <= 2 * MAX_SAID;
    Some(match end {
        Some(end) if clause[..end].chars().count() <= 2 * MAX_SAID => clause[..end].to_owned(),
        _ if whole => clause,
        // "按季" + "度".
        _ if text[at + word.len()..].starts_with('度') => format!("{word}度"),
        _ => word.to_owned(),
    })
}

/// Punctuation and quotation marks end a said phrase.
fn is_break(c: char) -> bool {
    c.is_whitespace() || "，。；：、,.;:！？!?（）()〔〕【】[]“”\"‘’'《》".contains(c)
}

/// Characters a date phrase is made of, read backwards from 前 / 内.
fn is_date_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || PHRASE_CHARS.contains(c)
}

fn is_chinese_numeral(c: char) -> bool {
    "〇○零一二三四五六七八九十".contains(c)
}

/// Where a date phrase may start: a number, a Chinese numeral before 年/月/季, or a
/// year word.
fn valid_start(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        return true;
    }
    if is_chinese_numeral(first) {
        let after = s.trim_start_matches(is_chinese_numeral);
        return after.starts_with(['年', '月', '季']);
    }
    DEADLINE_WORDS
        .iter()
        .any(|w| w.opens && s.starts_with(w.word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        dated_phrases(text).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn dated() {
        let cases: &[(&str, &[&str])] = &[
            ("2024年10月底前完成平台建设。", &["2024年10月底前完成"]),
            ("于6月底前报送县政府。", &["6月底前"]),
            ("力争年底前全面建成。", &["年底前"]),
            ("年内完成改造任务。", &["年内完成"]),
            ("6月底前启动，12月底前完成。", &["6月底前", "12月底前完成"]),
            ("2025年6月30日前完成验收。", &["2025年6月30日前完成"]),
            ("三季度末前完成招标。", &["三季度末前完成"]),
            ("二〇二四年九月底前完成", &["二〇二四年九月底前完成"]),
            ("目前已完成前期工作，当前要提前谋划。", &[]),
            ("节日前开展安全检查。", &[]),
            ("在专家指导下6月底前完成", &["6月底前完成"]),
            ("统一6月底前报送", &["6月底前"]),
            // 翌年 and 下一年 open a phrase like 次年: the year after the document's.
            ("翌年6月底前完成验收。", &["翌年6月底前完成"]),
            ("下一年3月底前完成。", &["下一年3月底前完成"]),
            ("翌日前完成报送。", &[]),
            ("推进2022年北京冬奥会场馆建设信息公开。", &[]),
            ("汛期实行24小时值班。", &[]),
            // A date where a word of finishing follows, without 前.
            ("力争2024年底建成投用。", &["2024年底建成"]),
            ("9月完成验收，年底前投入使用", &["9月完成", "年底前"]),
            ("6月30日完成首批改造", &["6月30日完成"]),
            ("到2025年底，覆盖率达到95%", &[]),
            ("3个月完成整改", &[]),
            ("本月完成，当日完成，次日完成", &[]),
            ("接到通知后3日完成整改", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(texts(text), *want, "{text:?}");
        }
        let p = dated_phrases("请县水利局在2024年4月底前完成排查");
        assert_eq!(p.len(), 1);
        assert_eq!(
            &"请县水利局在2024年4月底前完成排查"[p[0].start..p[0].end],
            "2024年4月底前"
        );
    }

    #[test]
    fn said_in_text() {
        let cases: &[(&str, Option<&str>)] = &[
            // A date wins over a repetition and over continuous work.
            (
                "每季度更新一次，6月底前完成首轮更新，并长期坚持。",
                Some("6月底前完成"),
            ),
            ("每季度更新一次项目推进情况", Some("每季度更新一次")),
            ("长期坚持“政企面对面”座谈制度", Some("长期坚持")),
            (
                "对重要政策开展多元化解读，此项工作长期坚持。",
                Some("长期坚持"),
            ),
            // The clause when short, the word alone when long: never a word cut.
            (
                "按月及时公开财政收支执行情况",
                Some("按月及时公开财政收支执行情况"),
            ),
            (
                "按季度更新惠企政策兑现情况，方便企业查询",
                Some("按季度更新惠企政策兑现情况"),
            ),
            (
                "按季度在门户网站专栏集中更新全县惠企政策兑现进展情况",
                Some("按季度"),
            ),
            // A repetition before continuous work, wherever each stands.
            ("长期坚持并每月通报一次", Some("每月通报一次")),
            // The date of a repetition is no single due date.
            ("每年6月底前报送年度报告", Some("每年6月底前")),
            ("每季度末月20日前报送进展", Some("每季度末月20日前")),
            ("每年开展一次，6月底前完成首次评估", Some("6月底前完成")),
            // Prose words: no deadline.
            ("定期公开财政收支情况", None),
            ("持续推进政务服务标准化", None),
            ("全年新改建农村卫生户厕1.2万户", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(deadline_in_text(text).as_deref(), *want, "{text:?}");
        }
        assert_eq!(
            deadline_in_text("6月底前启动，12月底前完成。").as_deref(),
            Some("6月底前，12月底前完成")
        );
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = deadline_in_text(t);
        });
        for t in ["前", "底前", "年内", "每", "长期坚"] {
            let _ = deadline_in_text(t);
        }
    }
}
