//! Numbered paragraphs → a section tree (一、 → （一） → 1. → （1） → ①).

use gongwen_model::{Diagnostic, DiagnosticCode, Level, Paragraph, Section};

use crate::label::parse_label;
use crate::para::{Para, is_space};

/// A run-in heading ends at the first 。 within this many characters.
const MAX_RUN_IN_HEADING: usize = 60;
/// A colon this close to the start ends a heading ("一、元旦：…").
const MAX_COLON_HEADING: usize = 12;

/// Paragraphs before the first numbered one, and the numbered ones as a tree.
pub(crate) fn build_sections(
    paras: &[Para<'_>],
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Paragraph>, Vec<Section>) {
    let mut preamble = Vec::new();
    let mut roots: Vec<Section> = Vec::new();
    // Open sections, outermost first.
    let mut stack: Vec<Section> = Vec::new();
    // The last number seen at each level, across parents.
    let mut last_at_level = [0u32; 10];
    for p in paras {
        let Some(label) = parse_label(&p.text) else {
            let para = p.to_model();
            match stack.last_mut() {
                Some(open) => open.paragraphs.push(para),
                None => preamble.push(para),
            }
            continue;
        };
        while stack.last().is_some_and(|s| s.level >= label.level) {
            close(&mut stack, &mut roots);
        }
        let siblings = stack.last().map_or(&roots, |s| &s.children);
        let previous = siblings
            .iter()
            .rev()
            .find(|s| s.level == label.level)
            .map(|s| s.ordinal);
        let level_slot = usize::from(label.level.min(9));
        // The first item under a new parent starts at 1, or continues the numbering of
        // the previous parent's items: （一）…（四） under 一、, then （五） under 二、.
        let in_sequence = match previous {
            Some(prev) => label.ordinal == prev + 1,
            None => label.ordinal == 1 || label.ordinal == last_at_level[level_slot] + 1,
        };
        if !in_sequence {
            let expected = match previous {
                Some(prev) => format!("{}", prev + 1),
                None => format!("1 or {}", last_at_level[level_slot] + 1),
            };
            diags.push(Diagnostic {
                level: Level::Warning,
                code: DiagnosticCode::SectionOutOfSequence,
                message: format!(
                    "section {} has number {} where {expected} was expected",
                    label.raw, label.ordinal
                ),
                loc: Some(p.loc),
            });
        }
        last_at_level[level_slot] = label.ordinal;
        let (heading, text) = split_heading(label.rest);
        let mut section = Section {
            label: label.raw.trim_matches(is_space).to_owned(),
            ordinal: label.ordinal,
            level: label.level,
            heading: heading.map(str::to_owned),
            paragraphs: Vec::new(),
            children: Vec::new(),
            loc: p.loc,
        };
        if !text.is_empty() {
            section.paragraphs.push(Paragraph {
                text: text.to_owned(),
                loc: p.loc,
            });
        }
        stack.push(section);
    }
    while !stack.is_empty() {
        close(&mut stack, &mut roots);
    }
    (preamble, roots)
}

fn close(stack: &mut Vec<Section>, roots: &mut Vec<Section>) {
    if let Some(done) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.children.push(done),
            None => roots.push(done),
        }
    }
}

/// Splits the text after a label into its run-in heading and the rest:
/// "聚焦重点任务，推进高质量公开。重点围绕…" → ("聚焦重点任务，推进高质量公开", "重点围绕…");
/// a short line without a full stop is all heading; a long first sentence is no heading.
pub(crate) fn split_heading(rest: &str) -> (Option<&str>, &str) {
    let rest = rest.trim_matches(is_space);
    if rest.is_empty() {
        return (None, "");
    }
    let stop = rest.find('。');
    if let Some(colon) = rest.find(['：', ':']) {
        let before = &rest[..colon];
        if stop.is_none_or(|s| colon < s) && before.chars().count() <= MAX_COLON_HEADING {
            let after = rest[colon..]
                .trim_start_matches(['：', ':'])
                .trim_matches(is_space);
            return (Some(before), after);
        }
    }
    match stop {
        Some(s) if rest[..s].chars().count() <= MAX_RUN_IN_HEADING => {
            let after = rest[s..].trim_start_matches('。').trim_matches(is_space);
            (Some(&rest[..s]), after)
        }
        Some(_) => (None, rest),
        None if rest.chars().count() <= MAX_RUN_IN_HEADING => {
            (Some(rest.trim_end_matches(['；', ';', '，'])), "")
        }
        None => (None, rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_in_headings() {
        assert_eq!(
            split_heading("聚焦重点任务，推进高质量公开。重点围绕扩大有效投资。"),
            (
                Some("聚焦重点任务，推进高质量公开"),
                "重点围绕扩大有效投资。"
            )
        );
        assert_eq!(
            split_heading("深入落实高质量主动公开"),
            (Some("深入落实高质量主动公开"), "")
        );
        assert_eq!(split_heading("指导思想。"), (Some("指导思想"), ""));
        assert_eq!(
            split_heading("元旦：2018年12月30日至2019年1月1日放假调休，共3天。"),
            (
                Some("元旦"),
                "2018年12月30日至2019年1月1日放假调休，共3天。"
            )
        );
        let long = "对党中央、国务院已经出台的赋予科研单位和科研人员自主权的有关政策，各地区、各部门和各单位都要制定具体的实施办法，对现行的科研项目、科研经费管理制度进行梳理。";
        assert_eq!(split_heading(long), (None, long));
    }
}
