//! Small text helpers shared by the readers of the head, the metadata block and the body.

use crate::article::Stats;
use crate::dom::{Dom, NONE, NodeId};

/// White space runs as one space, ends trimmed (U+00A0 and U+3000 count as white space).
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The visible text of `id`: its text nodes in order, a space between blocks. Stops after
/// a few KiB (callers look at short items and titles).
pub(crate) fn visible_text(dom: &Dom, stats: &Stats, id: NodeId) -> String {
    let mut out = String::new();
    let mut cur = id;
    while cur != NONE && out.len() < 4096 {
        if stats.is_hidden(cur) {
            cur = dom.next_skipping(cur, id);
            continue;
        }
        if let Some(t) = dom.text(cur) {
            out.push_str(t);
        } else if cur != id && stats.is_block(cur) {
            out.push(' ');
        }
        cur = match dom.node(cur) {
            Some(n) if n.first != NONE => n.first,
            _ => dom.next_skipping(cur, id),
        };
    }
    out
}
