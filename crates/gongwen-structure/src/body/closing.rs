//! The closing formula after the last numbered item (特此通知。, 以上请示妥否，请批示。,
//! 请认真贯彻执行。): it closes the document, not the item it follows.
//!
//! Decisions (each covered by a test):
//! - A paragraph is a closing formula when every clause of it (split at ，；。) is a closing
//!   phrase and the last one ends the document: a 特此/专此 line (特此通知, 特此报告,
//!   特此函告, 此复), a request for a decision (请批示, 请审阅, 请予审批 …, after an opener
//!   such as 以上请示妥否 or 当否), or an instruction to carry the document out that starts
//!   with 请 or 望 (请认真贯彻执行, 请结合实际认真贯彻落实). A sentence that merely contains
//!   one of them ("特此通知如下：", "各单位要认真贯彻执行。") is not one.
//! - Only the deepest last section can hold it (a section's own paragraphs come before its
//!   children), and only a paragraph of its own: the text on the item's numbered line stays.
//!   The formula and every paragraph after it move out; the paragraphs before it stay.
//! - With no numbered section there is nothing to take it from: it stays in the preamble.
//! - A 特此 line or a request printed at the end of the last item's text, on the same line
//!   ("二、加强督导，确保落到实处。特此通知。", a web copy's flattening), is cut off that
//!   paragraph into the closing (the whole rest of the line when the item's first sentence
//!   is its heading). An instruction (请认真贯彻执行。) so printed stays: an item may end
//!   with its own. A line that is a number and the formula alone ("三、特此通知。") stays.

use gongwen_model::{Paragraph, Section};

use crate::lex::closing::{
    CLOSING_CHARS, INSTRUCTION_ENDS, INSTRUCTION_STARTS, OPENER_LEADS, OPENER_QUESTIONS,
    OPENER_SUBJECTS, PASS_ON, REQUESTS, SPECIAL_LEADS, SPECIAL_LINES, SPECIAL_WHAT,
};
use crate::text::chars::{is_space, squeeze};

/// Longest closing paragraph (characters, white space removed).
const MAX_CLOSING: usize = 40;
/// Longest instruction clause ("请各乡镇、各部门结合实际认真贯彻执行").
const MAX_INSTRUCTION: usize = 24;

/// Takes the closing formula (and what follows it) out of the deepest last section.
pub(crate) fn take_closing(sections: &mut [Section]) -> Vec<Paragraph> {
    let Some(last) = sections.last_mut() else {
        return Vec::new();
    };
    let last = deepest_last(last);
    let own_line = last.loc.block;
    let start = last
        .paragraphs
        .iter()
        .position(|p| p.loc.block != own_line && is_closing_formula(&p.text));
    match start {
        Some(k) => last.paragraphs.split_off(k),
        None => glued_closing(last).into_iter().collect(),
    }
}

/// The last section of `s`'s last children, down to one with none.
fn deepest_last(s: &mut Section) -> &mut Section {
    if s.children.is_empty() {
        return s;
    }
    let n = s.children.len() - 1;
    deepest_last(&mut s.children[n])
}

/// The closing formula printed at the end of the section's last paragraph, after its own
/// text ("…落到实处。特此通知。"), cut off it: a 特此 line or a request, not an instruction.
fn glued_closing(section: &mut Section) -> Option<Paragraph> {
    let own_line = section.loc.block;
    let headed = section.heading.is_some();
    // The item's line read as a heading and the rest: the rest may be the formula alone.
    if let Some(p) = section.paragraphs.last()
        && headed
        && p.loc.block == own_line
        && ends_document(&p.text)
    {
        return section.paragraphs.pop();
    }
    let p = section.paragraphs.last_mut()?;
    let text = p.text.trim_end_matches(is_space);
    let body = text.strip_suffix(['。', '！', '!'])?;
    // The last sentence: after the sentence end before it.
    let at = body
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';'))
        .map(|(i, c)| i + c.len_utf8())?;
    let (own, tail) = text.split_at(at);
    if own.trim_matches(is_space).is_empty() || !ends_document(tail) {
        return None;
    }
    let closing = Paragraph::new(tail.trim_matches(is_space), p.loc);
    p.text = own.trim_end_matches(is_space).to_owned();
    Some(closing)
}

/// True when the whole paragraph is a closing formula.
pub(crate) fn is_closing_formula(text: &str) -> bool {
    // Cheap test first: every closing phrase has one of these characters.
    if !text.contains(CLOSING_CHARS) {
        return false;
    }
    // Counted before copying, so that a long paragraph costs no more than a short one.
    if text
        .chars()
        .filter(|c| !is_space(*c))
        .nth(MAX_CLOSING + 1)
        .is_some()
    {
        return false;
    }
    let t = squeeze(text);
    let t = t.trim_end_matches(['。', '！', '.', '!', '；', ';']);
    if t.is_empty() || t.chars().count() > MAX_CLOSING {
        return false;
    }
    let clauses: Vec<&str> = t
        .split(['，', ',', '；', ';', '。'])
        .map(|c| c.trim_matches(is_space))
        .filter(|c| !c.is_empty())
        .collect();
    let Some((last, before)) = clauses.split_last() else {
        return false;
    };
    is_closer(last) && before.iter().all(|c| is_opener(c) || is_closer(c))
}

/// A closing formula that can only end a document: a 特此 line or a request (an
/// instruction, 请认真贯彻执行, may end an item too).
fn ends_document(text: &str) -> bool {
    let t = squeeze(text);
    let special = t
        .trim_end_matches(['。', '！', '!'])
        .split(['，', ','])
        .any(|c| is_special_line(c) || is_request(c));
    special && is_closing_formula(text)
}

/// 特此通知, 请批示, 请认真贯彻执行: a clause that ends a document.
fn is_closer(c: &str) -> bool {
    is_special_line(c) || is_request(c) || is_instruction(c)
}

/// 特此通知 / 特此报告 / 专此函达 / 此复 / 此致.
fn is_special_line(c: &str) -> bool {
    if SPECIAL_LINES.contains(&c) {
        return true;
    }
    let Some(rest) = SPECIAL_LEADS.iter().find_map(|l| c.strip_prefix(l)) else {
        return false;
    };
    SPECIAL_WHAT.contains(&rest)
}

/// 请批示, 请审阅, 请予审批, 请批转各地区各部门执行 …
fn is_request(c: &str) -> bool {
    REQUESTS.contains(&c)
        || (PASS_ON.iter().any(|p| c.starts_with(p))
            && c.ends_with("执行")
            && c.chars().count() <= MAX_INSTRUCTION)
}

/// 请认真贯彻执行 / 请结合实际认真贯彻落实 / 望遵照执行: an instruction to carry it out.
fn is_instruction(c: &str) -> bool {
    c.starts_with(INSTRUCTION_STARTS)
        && c.chars().count() <= MAX_INSTRUCTION
        && INSTRUCTION_ENDS.iter().any(|e| c.ends_with(e))
}

/// 以上请示妥否 / 当否 / 以上报告 / 以上意见如无不妥: the clause before a request.
fn is_opener(c: &str) -> bool {
    let mut rest = c;
    let mut consumed = false;
    if let Some(r) = OPENER_LEADS.iter().find_map(|l| rest.strip_prefix(l)) {
        rest = r;
        consumed = true;
    }
    if let Some(r) = OPENER_SUBJECTS.iter().find_map(|s| rest.strip_prefix(s)) {
        rest = r;
        consumed = true;
    }
    if let Some(r) = OPENER_QUESTIONS.iter().find_map(|q| rest.strip_prefix(q)) {
        rest = r;
        consumed = true;
    }
    consumed && rest.is_empty()
}

#[cfg(test)]
mod tests {
    use gongwen_model::Loc;

    use super::*;

    #[test]
    fn closing_formulas() {
        for yes in [
            "特此通知。",
            "特此报告。",
            "特此函告。",
            "特此批复。",
            "此复。",
            "\u{3000}\u{3000}特此通知",
            "以上请示妥否，请批示。",
            "以上请示当否，请批示。",
            "妥否，请批示。",
            "当否，请批示",
            "以上报告，请审阅。",
            "以上请示，请予审批。",
            "以上意见如无不妥，请批转各地区、各部门执行。",
            "请认真贯彻执行。",
            "请结合实际认真贯彻落实。",
            "请各乡镇、各部门认真贯彻执行。",
            "望遵照执行。",
            "特此请示，请予批准。",
            "专此函达。",
        ] {
            assert!(is_closing_formula(yes), "{yes}");
        }
        for no in [
            "",
            "。",
            "特此通知如下：",
            "现将有关事项通知如下：",
            "各单位要认真贯彻执行。",
            "请各单位于6月底前将落实情况报县政府办公室。",
            "以上",
            "以上请示妥否",
            "请批示以上事项并尽快回复我局，以便及时安排部署相关工作。",
            "《方案》已经县政府同意，现印发给你们，请认真贯彻执行。",
            "请各乡镇人民政府、街道办事处、县政府各部门及各有关单位结合本地本部门实际认真贯彻执行。",
            "特此通知各有关单位。",
            "此件公开发布",
            "加强组织领导，请各单位认真贯彻执行。",
            "特此通知。特此通知。特此通知。特此通知。特此通知。特此通知。特此通知。特此通知。特此通知。",
        ] {
            assert!(!is_closing_formula(no), "{no}");
        }
    }

    fn para(block: u32, text: &str) -> Paragraph {
        Paragraph::new(text, Loc::block(block))
    }

    fn section(block: u32, paras: &[(u32, &str)], children: Vec<Section>) -> Section {
        let mut section = Section::new("一、", 1, 1, Loc::block(block));
        section.paragraphs = paras.iter().map(|(b, t)| para(*b, t)).collect();
        section.children = children;
        section
    }

    #[test]
    fn taken_from_the_deepest_last_section() {
        // 二、 → （一） → "…。" + "以上请示妥否，请批示。" + "联系人：…"
        let mut tree = vec![
            section(1, &[(2, "特此通知。")], vec![]),
            section(
                3,
                &[(4, "总体要求。")],
                vec![section(
                    5,
                    &[
                        (5, "申请补助资金。"),
                        (6, "资金用于危房改造。"),
                        (7, "以上请示妥否，请批示。"),
                        (8, "联系人：赵敏"),
                    ],
                    vec![],
                )],
            ),
        ];
        let closing = take_closing(&mut tree);
        let texts: Vec<&str> = closing.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["以上请示妥否，请批示。", "联系人：赵敏"]);
        let kept: Vec<&str> = tree[1].children[0]
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(kept, ["申请补助资金。", "资金用于危房改造。"]);
        // The first section's "特此通知。" is not after the last item: it stays.
        assert_eq!(tree[0].paragraphs.len(), 1);
    }

    #[test]
    fn items_keep_their_own_last_paragraph() {
        let cases: &[&[(u32, &str)]] = &[
            // The item's own last paragraph.
            &[(1, "加强组织领导。"), (2, "各单位要认真贯彻执行。")],
            // The formula printed on the item's own numbered line stays with it.
            &[(1, "特此通知。")],
            // No paragraphs at all.
            &[],
        ];
        for paras in cases {
            let mut tree = vec![section(1, paras, vec![])];
            assert!(take_closing(&mut tree).is_empty(), "{paras:?}");
            assert_eq!(tree[0].paragraphs.len(), paras.len());
        }
        assert!(take_closing(&mut []).is_empty());
    }

    /// A 特此 line or a request printed after the last item's own text, on its line, is
    /// the closing; an instruction so printed stays with the item.
    #[test]
    fn glued_to_the_last_item() {
        // (last paragraph, kept, closing)
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "加强督导检查，确保各项任务落到实处。特此通知。",
                "加强督导检查，确保各项任务落到实处。",
                Some("特此通知。"),
            ),
            (
                "以上事项需市财政安排资金300万元。以上请示妥否，请批示。",
                "以上事项需市财政安排资金300万元。",
                Some("以上请示妥否，请批示。"),
            ),
            (
                "各单位要加强组织领导。请认真贯彻执行。",
                "各单位要加强组织领导。请认真贯彻执行。",
                None,
            ),
            ("特此通知。", "特此通知。", None),
            (
                "加强督导检查，特此通知各有关单位。",
                "加强督导检查，特此通知各有关单位。",
                None,
            ),
        ];
        for (last, kept, closing) in cases {
            // The item's numbered line holds it all.
            let mut tree = vec![section(1, &[(1, last)], vec![])];
            let got = take_closing(&mut tree);
            let got: Vec<&str> = got.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(got, closing.iter().copied().collect::<Vec<_>>(), "{last}");
            assert_eq!(tree[0].paragraphs[0].text, *kept, "{last}");
        }
    }

    #[test]
    fn never_panics() {
        crate::test_support::each_slice(|t| {
            let _ = is_closing_formula(t);
        });
    }
}
