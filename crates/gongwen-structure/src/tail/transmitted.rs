//! Documents carried by a 印发 / 转发 / 批转 notice, and the 办法 or 规定 a 令 promulgates:
//! what stands between the signature and the first attachment.

use gongwen_model::{Diagnostic, Transmitted};

use crate::body::notes::split_notes;
use crate::body::read_text;
use crate::body::signature::find_signature;
use crate::filter::para::Para;
use crate::header::front::{is_recipients, split_recipients};
use crate::tail::title::{joined_text, span_loc, title_lines};

/// Longest line taken for part of a transmitted document's title (characters).
const MAX_TITLE_LINE: usize = 50;

/// Reads the document printed in `paras[from..until]`.
pub(crate) fn read_transmitted(
    paras: &[Para<'_>],
    from: usize,
    until: usize,
    diags: &mut Vec<Diagnostic>,
) -> Transmitted {
    let title_end = title_lines(paras, from, until, MAX_TITLE_LINE);
    let title = joined_text(&paras[from..title_end]);
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
    Transmitted {
        title,
        recipients,
        preamble: text.preamble,
        sections: text.sections,
        attachment_notes: notes,
        issuers: sig.as_ref().map(|s| s.issuers.clone()).unwrap_or_default(),
        date: sig.and_then(|s| s.date).and_then(|d| d.value.to_date()),
        tables: Vec::new(),
        loc,
        closing: text.closing,
    }
}
