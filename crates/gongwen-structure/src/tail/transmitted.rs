//! Documents carried by a 印发 / 转发 / 批转 notice, and the 办法 or 规定 a 令 promulgates:
//! what stands between the signature and the first attachment.

use gongwen_model::{Diagnostic, Transmitted};

use crate::body::notes::split_notes;
use crate::body::read_text;
use crate::body::signature::find_signature;
use crate::filter::colophon::is_colophon_line;
use crate::filter::para::Para;
use crate::header::front::{is_recipients, split_recipients};
use crate::header::title::squeeze_title;
use crate::parse::date::date_line;
use crate::parse::publicity::publicity_of;
use crate::tail::carried::{Match, heading_match};
use crate::tail::title::{joined_text, span_loc, title_lines, without_file_extension};
use crate::text::chars::is_space;

/// Longest line taken for part of a transmitted document's title (characters).
const MAX_TITLE_LINE: usize = 50;
/// How many lines under the signature the carried document's heading may stand (its
/// first line), past lines that are neither the notice's nor a title.
const HEADING_REACH: usize = 3;

/// Reads the documents a notice carries, printed in `paras[from..until]`; `names` are the
/// names the notice gives them ([`crate::tail::carried`]). Lines before the first document
/// that belong to the notice (its date printed again, its publicity note) are skipped.
/// The first document's heading is the first lines naming one of `names`, else the title
/// lines the text starts with, else (a table under the signature, a text without
/// heading) the first name. A later heading naming another of `names` starts the next
/// document. Nothing is read when no line is left. Each document comes with the
/// paragraph its heading starts at.
pub(crate) fn read_carried(
    paras: &[Para<'_>],
    from: usize,
    until: usize,
    names: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(usize, Transmitted)> {
    let mut k = from;
    while k < until && belongs_to_notice(paras[k].text()) {
        k += 1;
    }
    if k == until {
        return Vec::new();
    }
    let (title_end, named) = match find_heading(paras, k, until, names, None) {
        Some((start, end, which)) => {
            k = start;
            (end, Some(which))
        }
        None => (title_lines(paras, k, until, MAX_TITLE_LINE), None),
    };
    // A second document named by the notice, under its own heading.
    let next = named.and_then(|which| {
        (title_end..until).find_map(|j| {
            find_heading(paras, j, until, names, Some(which))
                .filter(|&(start, _, _)| start == j)
                .map(|(start, end, _)| (start, end))
        })
    });
    let first_until = next.map_or(until, |(start, _)| start);
    let first = read_transmitted(paras, k, title_end, first_until, names, diags);
    let mut docs = vec![(k, first)];
    if let Some((start, end)) = next {
        let second = read_transmitted(paras, start, end, until, names, diags);
        docs.push((start, second));
    }
    docs
}

/// Lines under a notice's signature that are still the notice's: its date printed again,
/// its publicity note, its 版记 printed between it and what it carries ("抄送：…",
/// "XX办公室　2025年7月2日印发"), which is never part of the carried title.
fn belongs_to_notice(t: &str) -> bool {
    date_line(t).is_some()
        || publicity_of(t).is_some()
        || is_colophon_line(t.trim_matches(is_space))
}

/// The first heading within a few lines of `from` naming one of `names` (but not the one
/// at index `not`): its first line, the line after it, and which name.
fn find_heading(
    paras: &[Para<'_>],
    from: usize,
    until: usize,
    names: &[String],
    not: Option<usize>,
) -> Option<(usize, usize, usize)> {
    if names.is_empty() {
        return None;
    }
    let last = if not.is_some() {
        from + 1
    } else {
        (from + HEADING_REACH).min(until)
    };
    (from..last.min(until)).find_map(|start| {
        let most = title_lines(paras, start, until, MAX_TITLE_LINE);
        // The longest run of title lines that names a document exactly, else the longest
        // that names one in part: a heading over a hard-wrapped first line of text
        // ("…实施方案" then "为持续改善…，根据") names it in part only with that line.
        // Which document: the first name the run names, either way.
        let mut best: Option<(Match, usize, usize)> = None;
        for end in (start + 1..=most).rev() {
            let heading = joined_text(&paras[start..end]);
            let mut first: Option<usize> = None;
            let mut kind: Option<Match> = None;
            for (i, n) in names.iter().enumerate().filter(|(i, _)| Some(*i) != not) {
                if let Some(m) = heading_match(&heading, n) {
                    first.get_or_insert(i);
                    kind = kind.max(Some(m));
                }
            }
            if let (Some(m), Some(i)) = (kind, first)
                && best.is_none_or(|(b, _, _)| m > b)
            {
                best = Some((m, end, i));
                if m == Match::Exact {
                    break;
                }
            }
        }
        best.map(|(_, end, i)| (start, end, i))
    })
}

/// Reads one carried document: its heading `paras[from..title_end]` (none when empty: the
/// first of `names` then stands for it) and its text up to `until`.
fn read_transmitted(
    paras: &[Para<'_>],
    from: usize,
    title_end: usize,
    until: usize,
    names: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Transmitted {
    let printed = joined_text(&paras[from..title_end]);
    let title = if printed.is_empty() {
        names.first().cloned().unwrap_or_default()
    } else {
        without_file_extension(&squeeze_title(&printed)).to_owned()
    };
    let loc = span_loc(&paras[from..title_end]).unwrap_or(paras[from].loc);
    // A forwarded 请示 or 报告 keeps its own recipients, signature and date.
    let (recipients, body_from) = match paras.get(title_end) {
        Some(p) if title_end < until && is_recipients(p) => {
            (split_recipients(p.text()), title_end + 1)
        }
        _ => (Vec::new(), title_end),
    };
    let sig = find_signature(paras, body_from, until);
    let (content_end, after) = sig.as_ref().map_or((until, until), |s| (s.start, s.end));
    let (mut rest, notes) = split_notes(paras, body_from, content_end);
    rest.extend(paras[after..until].iter().cloned());
    let text = read_text(rest, diags);
    let mut carried = Transmitted::new(title, loc);
    carried.recipients = recipients;
    carried.preamble = text.preamble;
    carried.sections = text.sections;
    carried.attachment_notes = notes;
    carried.issuers = sig.as_ref().map(|s| s.issuers.clone()).unwrap_or_default();
    carried.date = sig.and_then(|s| s.date).and_then(|d| d.value.to_date());
    carried.closing = text.closing;
    carried
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 版记 printed between the notice and what it carries is the notice's, never a line
    /// of the carried title; the carried document's own title is not.
    #[test]
    fn colophon_between_notice_and_carried() {
        assert!(belongs_to_notice("抄送：区委办公室，区人大常委会办公室。"));
        assert!(belongs_to_notice(
            "琴溪区人民政府办公室　　　　2025年7月2日印发"
        ));
        assert!(belongs_to_notice("（此件公开发布）"));
        assert!(!belongs_to_notice("琴溪区2025年“全民健身月”活动实施方案"));
        assert!(!belongs_to_notice("关于印发2025年工作要点的通知"));
    }
}
