//! Numbered paragraphs → a section tree (一、 → （一） → 1. → （1） → ①), with the 编, 章, 节
//! and 条 of a 办法 above the items (第一章 → 第一条 → （一） → 1.).

use gongwen_model::{Diagnostic, DiagnosticCode, Level, Paragraph, Section, SectionKind};

use crate::body::articles::{rank, split_article};
use crate::filter::para::Para;
use crate::text::chars::{ends_sentence, is_space};

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
        let Some(label) = p.number() else {
            // "第一章" printed alone, its heading "总则" on the next line.
            if let Some(open) = stack.last_mut().filter(|s| awaits_heading(s)) {
                let styled = p.hints.heading_level.is_some() && !ends_sentence(p.text());
                if styled || is_heading_line(p.text()) {
                    open.heading = Some(p.text().trim_matches(is_space).to_owned());
                    continue;
                }
            }
            let para = p.to_model();
            match stack.last_mut() {
                Some(open) => open.paragraphs.push(para),
                None => preamble.push(para),
            }
            continue;
        };
        let (raw, rest) = (label.raw(p.text()), label.rest(p.text()));
        let label_rank = rank(label.kind, label.level);
        while stack
            .last()
            .is_some_and(|s| rank(s.kind, s.level) >= label_rank)
        {
            close(&mut stack, &mut roots);
        }
        let siblings = stack.last().map_or(&roots, |s| &s.children);
        let previous = siblings
            .iter()
            .rev()
            .find(|s| rank(s.kind, s.level) == label_rank)
            .map(|s| s.ordinal);
        let level_slot = usize::from(label_rank.min(9));
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
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    DiagnosticCode::SectionOutOfSequence,
                    format!(
                        "section {} has number {} where {expected} was expected",
                        raw, label.ordinal
                    ),
                )
                .with_loc(p.loc),
            );
        }
        last_at_level[level_slot] = label.ordinal;
        let (heading, text) = match label.kind {
            SectionKind::Article => split_article(rest),
            SectionKind::Item => split_heading(rest, p.hints.heading_level.is_some()),
            // 编, 章, 节: the line is the heading.
            _ => {
                let h = rest.trim_matches(is_space);
                ((!h.is_empty()).then_some(h), "")
            }
        };
        let mut section = Section::new(
            raw.trim_matches(is_space),
            label.ordinal,
            label.level,
            p.loc,
        );
        section.heading = heading.map(str::to_owned);
        section.kind = label.kind;
        if !text.is_empty() {
            section.paragraphs.push(Paragraph::new(text, p.loc));
        }
        stack.push(section);
    }
    while !stack.is_empty() {
        close(&mut stack, &mut roots);
    }
    (preamble, roots)
}

/// A 编, 章 or 节 printed without its heading, nothing under it yet.
fn awaits_heading(s: &Section) -> bool {
    matches!(
        s.kind,
        SectionKind::Part | SectionKind::Chapter | SectionKind::Section
    ) && s.heading.is_none()
        && s.paragraphs.is_empty()
        && s.children.is_empty()
}

/// A short line that is not a sentence: the heading of a 章 printed on the line after it.
fn is_heading_line(text: &str) -> bool {
    let t = text.trim_matches(is_space);
    let n = t.chars().count();
    n > 0 && n <= 20 && !ends_sentence(t) && !t.contains(['，', ','])
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
/// a short line without a full stop is all heading; a long first sentence is no heading —
/// unless the paragraph is `styled` as a heading (a Word heading style or outline level):
/// then its first sentence is the heading however long.
pub(crate) fn split_heading(rest: &str, styled: bool) -> (Option<&str>, &str) {
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
        Some(s) if styled || rest[..s].chars().count() <= MAX_RUN_IN_HEADING => {
            let after = rest[s..].trim_start_matches('。').trim_matches(is_space);
            (Some(&rest[..s]), after)
        }
        Some(_) => (None, rest),
        None if styled || rest.chars().count() <= MAX_RUN_IN_HEADING => {
            (Some(rest.trim_end_matches(['；', ';', '，'])), "")
        }
        None => (None, rest),
    }
}

#[cfg(test)]
mod tests {
    use gongwen_model::Loc;

    use super::*;

    /// The tree built from `lines` as "label kind heading [paragraphs] (children)" strings,
    /// depth first, and the preamble's texts.
    fn tree(lines: &[&str]) -> (Vec<String>, Vec<String>, usize) {
        let blocks: Vec<gongwen_blocks::Paragraph> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let n = u32::try_from(i).unwrap_or(0);
                gongwen_blocks::Paragraph {
                    text: (*t).to_owned(),
                    loc: Loc::lines(n, Some(n + 1), None),
                    ..Default::default()
                }
            })
            .collect();
        let paras: Vec<Para<'_>> = blocks.iter().map(Para::from_block).collect();
        let mut diags = Vec::new();
        let (preamble, sections) = build_sections(&paras, &mut diags);
        fn flat(sections: &[Section], depth: usize, out: &mut Vec<String>) {
            for s in sections {
                out.push(format!(
                    "{}{} {:?} {} {}",
                    "  ".repeat(depth),
                    s.label,
                    s.kind,
                    s.heading.as_deref().unwrap_or("-"),
                    s.paragraphs.len()
                ));
                flat(&s.children, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        flat(&sections, 0, &mut out);
        let pre = preamble.into_iter().map(|p| p.text).collect();
        (out, pre, diags.len())
    }

    #[test]
    fn article_structure() {
        // (lines, tree, preamble, diagnostics)
        type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], usize);
        let cases: &[Case<'_>] = &[
            // Chapters hold articles, articles hold their items and their 款.
            (
                &[
                    "第一章　总则",
                    "第一条　为了规范管理，制定本办法。",
                    "第二条　本办法所称资产，包括：",
                    "（一）资源性资产；",
                    "（二）经营性资产。",
                    "本办法所称集体，是指乡镇、村、组。",
                    "第二章　管理",
                    "第三条　资产实行台账管理：",
                    "1.登记；",
                    "2.核销。",
                ],
                &[
                    "第一章 Chapter 总则 0",
                    "  第一条 Article - 1",
                    "  第二条 Article - 1",
                    "    （一） Item 资源性资产 0",
                    "    （二） Item 经营性资产 1",
                    "第二章 Chapter 管理 0",
                    "  第三条 Article - 1",
                    "    1. Item 登记 0",
                    "    2. Item 核销 0",
                ],
                &[],
                0,
            ),
            // 节 inside 章, numbered on across chapters; articles numbered on across 节.
            (
                &[
                    "第一章 清查",
                    "第一节 一般规定",
                    "第一条 每年清查一次。",
                    "第二节 特别规定",
                    "第二条 专项清查。",
                    "第二章 登记",
                    "第一节 台账",
                    "第三条 建立台账。",
                ],
                &[
                    "第一章 Chapter 清查 0",
                    "  第一节 Section 一般规定 0",
                    "    第一条 Article - 1",
                    "  第二节 Section 特别规定 0",
                    "    第二条 Article - 1",
                    "第二章 Chapter 登记 0",
                    "  第一节 Section 台账 0",
                    "    第三条 Article - 1",
                ],
                &[],
                0,
            ),
            // Articles without chapters, a bracketed article heading, a heading line after
            // a bare "第三章", a 款 starting with a reference to an article.
            (
                &[
                    "为了规范管理，制定本规定。",
                    "第一条【适用范围】本规定适用于全县。",
                    "第二条 前款规定的单位应当建立制度。",
                    "第一条规定的单位包括乡镇。",
                    "第三章",
                    "附则",
                    "第三条 本规定自发布之日起施行。",
                ],
                &[
                    "第一条 Article 适用范围 1",
                    "第二条 Article - 2",
                    "第三章 Chapter 附则 0",
                    "  第三条 Article - 1",
                ],
                &["为了规范管理，制定本规定。"],
                // 第三章 follows no 第二章: out of sequence.
                1,
            ),
            // Ordinary items are unchanged; a mention of an article is a paragraph.
            (
                &[
                    "一、总体要求",
                    "根据《条例》第五条规定，制定本方案。",
                    "（一）目标任务。到2025年底完成。",
                ],
                &["一、 Item 总体要求 1", "  （一） Item 目标任务 1"],
                &[],
                0,
            ),
            // An article skipped: out of sequence.
            (
                &["第一条 甲。", "第三条 丙。"],
                &["第一条 Article - 1", "第三条 Article - 1"],
                &[],
                1,
            ),
        ];
        for (i, (lines, want, preamble, diags)) in cases.iter().enumerate() {
            let (got, pre, n) = tree(lines);
            assert_eq!(got, want.to_vec(), "case {}: tree", i + 1);
            assert_eq!(pre, preamble.to_vec(), "case {}: preamble", i + 1);
            assert_eq!(n, *diags, "case {}: diagnostics", i + 1);
        }
    }

    #[test]
    fn run_in_headings() {
        assert_eq!(
            split_heading(
                "聚焦重点任务，推进高质量公开。重点围绕扩大有效投资。",
                false
            ),
            (
                Some("聚焦重点任务，推进高质量公开"),
                "重点围绕扩大有效投资。"
            )
        );
        assert_eq!(
            split_heading("深入落实高质量主动公开", false),
            (Some("深入落实高质量主动公开"), "")
        );
        assert_eq!(split_heading("指导思想。", false), (Some("指导思想"), ""));
        assert_eq!(
            split_heading("元旦：2018年12月30日至2019年1月1日放假调休，共3天。", false),
            (
                Some("元旦"),
                "2018年12月30日至2019年1月1日放假调休，共3天。"
            )
        );
        let long = "对党中央、国务院已经出台的赋予科研单位和科研人员自主权的有关政策，各地区、各部门和各单位都要制定具体的实施办法，对现行的科研项目、科研经费管理制度进行梳理。";
        assert_eq!(split_heading(long, false), (None, long));
        // Styled as a heading, its first sentence is the heading however long.
        let (heading, rest) = split_heading(long, true);
        assert_eq!(heading.map(|h| h.chars().count()), Some(77));
        assert!(rest.is_empty());
        let styled = "坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大和二十届二中三中全会精神深入落实省委省政府决策部署加快推进营商环境优化提升";
        assert_eq!(split_heading(styled, false), (None, styled));
        assert_eq!(split_heading(styled, true), (Some(styled), ""));
    }
}
