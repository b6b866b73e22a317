//! Lines broken mid-sentence (by page breaks in text saved from Word, or by the printed
//! line width in text rendered from a fixed layout) are joined back into paragraphs.

use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};

use crate::filter::para::Para;
use crate::lex::brackets::{closes_marker, opens_marker};
use crate::parse::attachment::{is_attachment_header, is_attachment_note};
use crate::parse::date::date_line;
use crate::parse::field_label::field_label_at;
use crate::parse::number::Number;
use crate::text::chars::{display_width, ends_sentence, file_extension, head, tail};

/// A line shorter than this (characters) is a heading or a name, not half a sentence.
const MIN_BROKEN_LINE: usize = 15;
/// A numbered line whose text has no full stop and is at most this long is a heading.
const MAX_HEADING: usize = 40;

/// Joins broken lines of a region: lines of a text format, and line breaks inside a
/// paragraph (Word's w:br) that fall mid-sentence.
pub(crate) fn join_lines<'b>(paras: Vec<Para<'b>>, diags: &mut Vec<Diagnostic>) -> Vec<Para<'b>> {
    let width = printed_width(&paras);
    let mut out: Vec<Para<'b>> = Vec::with_capacity(paras.len());
    // Whether the line last taken filled the printed width.
    let mut full = false;
    for mut p in paras {
        if p.text().contains('\n') {
            let text = join_inner_breaks(p.text(), p.loc, diags);
            p.set_text(text);
        }
        let adjacent = p.hints.blank_lines_before == 0 || p.page_gap || p.hints.page_break_before;
        let fills = width.is_some_and(|w| display_width(p.text()) + FULL_SLACK >= w);
        if let Some(prev) = out.last_mut()
            && adjacent
            && !prev.cut
            && !p.cut
            && prev.is_line_based()
            && p.is_line_based()
            && is_broken(
                prev.text(),
                prev.label().filter(|_| !full),
                p.text(),
                p.number(),
            )
        {
            diags.push(joined(prev.text(), p.text(), prev.loc.through(p.loc)));
            prev.append(p.text());
            prev.loc = prev.loc.through(p.loc);
            full = fills;
            continue;
        }
        full = fills;
        out.push(p);
    }
    out
}

/// How much narrower than the printed width a line may be and still have filled it
/// (display columns: a line ending before a wide character, digits that set narrower).
const FULL_SLACK: usize = 6;

/// The width lines were printed at, in display columns (an ideograph two, ASCII one), when
/// the text keeps a printed page's lines (rendered from OFD or PDF): most long lines are
/// about as wide as the widest of them, and no wider than a printed line can be. `None`
/// for text with a paragraph a line.
fn printed_width(paras: &[Para<'_>]) -> Option<usize> {
    /// Narrowest line counted (display columns): shorter ones are headings, names, ends.
    const MIN_COUNTED: usize = 30;
    /// Widest printed line (display columns): an A4 page in a small size.
    const MAX_PRINTED: usize = 120;
    /// Fewest long lines that show a width.
    const MIN_LINES: usize = 6;
    let mut widths: Vec<usize> = paras
        .iter()
        .filter(|p| p.is_line_based())
        .map(|p| display_width(p.text()))
        .filter(|&w| w >= MIN_COUNTED)
        .collect();
    if widths.len() < MIN_LINES {
        return None;
    }
    widths.sort_unstable();
    // The width four in five long lines stay within.
    let w = widths[widths.len() * 4 / 5];
    let near = widths
        .iter()
        .filter(|&&x| x + 2 * FULL_SLACK >= w && x <= w + FULL_SLACK)
        .count();
    (w <= MAX_PRINTED && near * 5 >= widths.len() * 3).then_some(w)
}

/// Removes the line breaks inside a paragraph that fall mid-sentence; keeps the others.
fn join_inner_breaks(text: &str, loc: Loc, diags: &mut Vec<Diagnostic>) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the current line of `out` starts: kept, not searched for, so that a paragraph
    // of many joined segments stays linear.
    let mut line_start = 0;
    for (i, segment) in text.split('\n').enumerate() {
        if i > 0 {
            let prev = &out[line_start..];
            if is_broken_text(prev, segment) {
                diags.push(joined(prev, segment, loc));
            } else {
                out.push('\n');
                line_start = out.len();
            }
        }
        out.push_str(segment);
    }
    out
}

fn joined(prev: &str, next: &str, loc: Loc) -> Diagnostic {
    Diagnostic::new(
        Level::Info,
        DiagnosticCode::LinesJoined,
        format!(
            "joined a line broken mid-sentence: …{} + {}…",
            tail(prev, 8),
            head(next, 8)
        ),
    )
    .with_loc(loc)
}

/// True when the line `prev` (whose item label is `prev_label`) breaks off mid-sentence
/// and `next` (which starts with `next_number`) goes on with it. Looks only at the ends
/// of `prev` (and at most a heading's length of it), so that a line grown by many joins
/// costs the same as a short one.
fn is_broken(
    prev: &str,
    prev_label: Option<Number>,
    next: &str,
    next_number: Option<Number>,
) -> bool {
    // A marker broken by the printed line's width ("…平台。（牵头单位：" / "市城市管理局；
    // 责任单位：…）"): the line ends inside a bracket the next line closes, whatever the
    // line ends with (a colon, a name's closing bracket "各县（市、区）"), or after a
    // label's colon inside it (the value follows, the bracket closing lines later).
    if inside_bracket(prev)
        && (next.contains(closes_marker) || prev.trim_end().ends_with(['：', ':']))
        && next_number.is_none()
        && date_line(next).is_none()
        && is_attachment_header(next).is_none()
    {
        return true;
    }
    if ends_sentence(prev)
        // A file's name a page links ("附件2.….doc") ends its line.
        || file_extension(prev.trim_end()).is_some()
        || prev.chars().take(MIN_BROKEN_LINE).count() < MIN_BROKEN_LINE
        || (prev.len() <= MAX_HEADING_BYTES && is_heading(prev, prev_label))
    {
        return false;
    }
    !next.is_empty()
        && next_number.is_none()
        && date_line(next).is_none()
        // "责任主体：…" then "完成时限：…": each label starts a line of its own.
        && field_label_at(next).is_none()
        && !is_attachment_note(next)
        && is_attachment_header(next).is_none()
        // A file's name a page links ("…工作要点.doc") goes on no sentence.
        && file_extension(next.trim_end()).is_none()
}

/// The end of `text` lies inside a bracket opened in its last [`MAX_MARKER`] characters
/// (a marker is never longer; only the end is read, so a paragraph grown by many joins
/// costs the same as a short one).
fn inside_bracket(text: &str) -> bool {
    /// Longest bracketed marker looked back over (characters).
    const MAX_MARKER: usize = 300;
    let mut closes = 0usize;
    for c in text.chars().rev().take(MAX_MARKER) {
        if closes_marker(c) {
            closes += 1;
        } else if opens_marker(c) {
            if closes == 0 {
                return true;
            }
            closes -= 1;
        }
    }
    false
}

/// [`is_broken`] for two lines of one paragraph (Word's w:br), read here.
fn is_broken_text(prev: &str, next: &str) -> bool {
    // The label of `prev` only matters for a line short enough to be a heading.
    let prev_label = if prev.len() <= MAX_HEADING_BYTES {
        Number::read(prev).filter(Number::is_item)
    } else {
        None
    };
    is_broken(prev, prev_label, next, Number::read(next))
}

/// The longest line (bytes) that may be a heading: [`MAX_HEADING`] characters after a label.
const MAX_HEADING_BYTES: usize = MAX_HEADING * 4 + 16;

/// "一、深入落实高质量主动公开": a numbered line that is a heading, not running text.
fn is_heading(text: &str, label: Option<Number>) -> bool {
    label.is_some_and(|l| {
        let rest = l.rest(text);
        !rest.contains('。') && rest.chars().count() <= MAX_HEADING
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras_of<'a>(lines: &[&'a str], hints: &'a gongwen_blocks::Hints) -> Vec<Para<'a>> {
        lines
            .iter()
            .zip(0u32..)
            .map(|(t, i)| Para::new(*t, Loc::lines(i, Some(i + 1), None), hints))
            .collect()
    }

    /// Text keeping a printed page's lines: a numbered item's first line that fills the
    /// printed width is no heading, and goes on with the next line; a short numbered line
    /// stays a heading. Text of a paragraph a line shows no printed width.
    #[test]
    fn a_numbered_line_filling_the_printed_width_goes_on() {
        let hints = gongwen_blocks::Hints::default();
        let lines = [
            "部分政府网站栏目长期未更新，存在空白栏目；部分政务新",
            "媒体账号“僵尸化”，超过两周未更新；个别网站存在错别字、",
            "外部链接失效、互动留言超期未答复等问题。",
            "三、整改要求",
            "（一）对检查发现的不合格政务新媒体账号，相关主办单",
            "位要立即整改，无法保障更新的坚决予以关停注销。（责任",
            "单位：市文化广电旅游局、市林业局；完成时限：11月15日",
            "前）",
            "（二）建立健全网站和政务新媒体内容保障机制，明确专人",
            "负责信息发布和审核把关。",
        ];
        let paras = paras_of(&lines, &hints);
        assert_eq!(printed_width(&paras), Some(52));
        let mut diags = Vec::new();
        let out = join_lines(paras, &mut diags);
        let texts: Vec<&str> = out.iter().map(Para::text).collect();
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert_eq!(texts[1], "三、整改要求");
        assert!(texts[2].starts_with("（一）对检查发现") && texts[2].ends_with("11月15日前）"));
        assert_eq!(
            texts[3],
            "（二）建立健全网站和政务新媒体内容保障机制，明确专人负责信息发布和审核把关。"
        );
        // A paragraph a line: widths far apart, no printed width; the short numbered
        // line stays a heading.
        let lines = [
            "（一）加强组织领导，明确专人",
            "各单位要高度重视政务公开工作，把政务公开纳入重要议事日程，主要负责同志要亲自抓，分管负责同志要具体抓，切实加强对政务公开工作的组织领导。",
            "各单位要建立健全政务公开工作机制。",
            "各单位要于每季度末将工作开展情况报送县政府办公室，逾期未报的将予以通报。",
            "县政府办公室将适时对各单位政务公开工作开展情况进行督查，督查结果纳入年度考核。",
            "各单位要严格落实保密审查制度，坚持先审查后公开、谁公开谁审查、谁审查谁负责的原则。",
            "各单位要加强政策解读。",
        ];
        let paras = paras_of(&lines, &hints);
        assert_eq!(printed_width(&paras), None);
        let out = join_lines(paras, &mut diags);
        assert_eq!(out[0].text(), "（一）加强组织领导，明确专人");
    }

    /// (line, next line, joined)
    #[test]
    fn broken_lines() {
        let cases = [
            (
                "各乡镇要加强对农村集中供水工程的日常巡查和",
                "维护管理，确保群众饮水安全。",
                true,
            ),
            // A task field's label starts a line of its own.
            (
                "责任主体：县住房城乡建设局、县自然资源局、县数据资源局",
                "完成时限：2025年12月底前",
                false,
            ),
            (
                "牵头股室：质量安全监督站、城建股、房管股、计财股",
                "配合股室：建管股",
                false,
            ),
            // A marker broken by the printed width: the line ends inside a bracket the
            // next line closes, after a colon or a name's own brackets.
            (
                "建立城市地下管网信息平台。（牵头单位：",
                "市城市管理局；责任单位：市住房城乡建设局）",
                true,
            ),
            (
                "（一）实施老旧小区改造。（牵头单位：市住建局；责任单位：各县（市、区）",
                "人民政府；完成时限：2026年12月底前）",
                true,
            ),
            (
                "严禁大拆大建。（牵头单位：",
                "市自然资源和规划局、市文化广电旅游局；责任单位：泓川古城",
                true,
            ),
            // A bracket left open that the next line does not close, or closed before
            // the line ends, joins nothing.
            ("（此件公开发布", "泓川市人民政府", false),
            (
                "（一）实施老旧小区改造。（牵头单位：市住建局）",
                "（二）推进城市地下管网更新（牵头单位：市城管局）",
                false,
            ),
            // Short lines and sentences are never broken.
            ("责任主体：县税务局", "完成时限：长期坚持", false),
            (
                "全面加强农村集中供水工程的日常巡查。",
                "维护管理，确保群众饮水安全。",
                false,
            ),
        ];
        for (prev, next, want) in cases {
            assert_eq!(is_broken_text(prev, next), want, "{prev} + {next}");
        }
    }
}
