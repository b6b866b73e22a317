//! Splitting lines of names: 主送机关, organ names printed side by side, lists.

use crate::lex::brackets::{closes_group, opens_group};
use crate::text::chars::is_space;

/// Splits on separators outside brackets, trimming and dropping empty parts.
pub(crate) fn split_top_level(text: &str, seps: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            c if opens_group(c) => depth += 1,
            c if closes_group(c) => depth = (depth - 1).max(0),
            c if depth == 0 && seps.contains(&c) => {
                push_trimmed(&mut out, &text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

fn push_trimmed(out: &mut Vec<String>, s: &str) {
    let s = s.trim_matches(is_space);
    if !s.is_empty() {
        out.push(s.to_owned());
    }
}

/// Splits a line of organ names printed side by side (U+3000, spaces or 、).
pub(crate) fn split_names(s: &str) -> Vec<String> {
    s.split(|c: char| is_space(c) || c == '、' || c == '，' || c == ',')
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}
