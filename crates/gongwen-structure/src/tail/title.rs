//! The title of a transmitted document or an attachment: up to three short lines under
//! its start that do not end a sentence.

use gongwen_model::Loc;

use crate::filter::para::Para;
use crate::header::title::{is_title_remark, title_end};
use crate::lex::document::{DIVISIONS, TITLE_REMARK_WORDS};
use crate::parse::doc_number::is_whole_doc_number;
use crate::text::chars::{ends_sentence, file_extension, is_organ_name, is_space};

/// Longest line under a title read as the organ that wrote it ("县人力资源和社会保障局").
const MAX_AUTHOR_LINE: usize = 25;

/// Up to three short lines that do not end a sentence: a title printed over lines. A
/// line with a colon, a chapter marker (第一章) or a clearly different indent is not part
/// of it (form cells and table captions follow titles closely).
pub(crate) fn title_lines(paras: &[Para<'_>], from: usize, until: usize, max_len: usize) -> usize {
    let mut k = from;
    let indent = paras.get(from).map_or(0, |p| p.hints.indent);
    while k < until && k - from < 3 {
        let p = &paras[k];
        let t: &str = p.text();
        // "（2024—2026年）" under the name: the title's remark, its last line.
        if k > from && is_title_remark(t) && TITLE_REMARK_WORDS.iter().any(|w| t.contains(w)) {
            k += 1;
            break;
        }
        if t.chars().count() > max_len
            || ends_sentence(t)
            || (k > from && under_complete_title(&paras[from..k], t))
            || p.label().is_some()
            || t.contains(['：', ':'])
            || is_chapter_marker(p)
            || p.hints.indent.abs_diff(indent) > 2
            || (k > from && p.apart_from(&paras[k - 1]))
        {
            break;
        }
        k += 1;
    }
    k
}

/// "第一章　总则", "第三条 …", "第一部分　总体要求": a division of the article structure of
/// 办法 and 规定, or of a 方案's parts, which starts the body, never the title. (A line that
/// only begins like one, "第五条规定的…", is not a title line either.)
fn is_chapter_marker(p: &Para<'_>) -> bool {
    if p.division().is_some() {
        return true;
    }
    let text = p.text();
    let Some(rest) = text.strip_prefix('第') else {
        return false;
    };
    let end = rest
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十百零〇0123456789".contains(*c))
        .map_or(rest.len(), |(i, _)| i);
    end > 0
        && DIVISIONS
            .iter()
            .any(|(w, _)| w.chars().count() == 1 && rest[end..].starts_with(w))
}

/// True when `line` stands under a title already complete (`above` ends with its 文种 or
/// a plan's word: 方案, 要点, 清单 …)
/// as the title's own apparatus, not its continuation: the document's number
/// ("蕙府办〔2022〕45号", bracketed or not) or the organ that wrote it, printed on a line
/// of its own under a carried 意见 or 方案; or running text.
fn under_complete_title(above: &[Para<'_>], line: &str) -> bool {
    if title_end(&joined_text(above)).is_none() {
        return false;
    }
    let bare = line.trim_matches(is_space);
    is_whole_doc_number(bare)
        || (bare.chars().count() <= MAX_AUTHOR_LINE && is_organ_name(bare))
        // The first line of the text under it, broken by the page's width before its
        // sentence ends ("为深入贯彻…，对标先进地区做法，进"): a clause's comma is no
        // title's.
        || bare.contains(['，', '；'])
}

/// A title without the extension of the file a web page links it as ("….doc").
pub(crate) fn without_file_extension(title: &str) -> &str {
    file_extension(title)
        .filter(|e| title.len() > e.len())
        .map_or(title, |e| {
            title[..title.len() - e.len()].trim_end_matches(is_space)
        })
}

pub(crate) fn joined_text(paras: &[Para<'_>]) -> String {
    paras
        .iter()
        .flat_map(|p| p.text().split('\n'))
        .map(|t| t.trim_matches(is_space))
        .collect()
}

pub(crate) fn span_loc(paras: &[Para<'_>]) -> Option<Loc> {
    Some(paras.first()?.loc.through(paras.last()?.loc))
}
