//! Text → tree: html5ever's tokenizer and tree builder, fed one tag at a time.
//!
//! The text is cut before every `<` and each piece is fed on its own, after telling the
//! sink the input byte offset of that `<`. html5ever builds elements synchronously as it
//! reads, so every element created while a piece is being read starts in that piece: its
//! start tag is at the recorded offset. Elements the tree builder adds on its own (an
//! implied `<tbody>`) get the offset of the tag that implied them. After each piece the
//! depth is checked, so a page nesting too deep is refused after one more tag, not after
//! the whole page was built.

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ParseOpts, parse_document};

use crate::decode::Decoded;
use crate::dom::{Dom, Sink};
use crate::{HtmlError, HtmlLimits};

/// Parses decoded text into a tree.
pub(crate) fn parse(decoded: &Decoded<'_>, limits: &HtmlLimits) -> Result<Dom, HtmlError> {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            // <noscript> content is then one text node, which is dropped with the element.
            scripting_enabled: true,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let text: &str = &decoded.text;
    // Every element starts at a `<`, and text nodes sit between them: the node count is
    // known closely enough to allocate the arena once.
    let tags = memchr::memchr_iter(b'<', text.as_bytes()).count();
    let mut parser = parse_document(
        Sink::new(
            limits.max_depth,
            tags.saturating_add(tags / 2).saturating_add(8),
        ),
        opts,
    );
    let deep = |sink: &Sink| match sink.too_deep.get() {
        Some(offset) => Err(HtmlError::TooDeep {
            limit: limits.max_depth,
            offset,
        }),
        None => Ok(()),
    };
    // Pieces: [0, first `<`), then from each `<` to the next.
    let mut start = 0;
    let mut offset = decoded.start();
    for (k, lt) in memchr::memchr_iter(b'<', text.as_bytes()).enumerate() {
        if lt > start {
            parser.tokenizer.sink.sink.offset.set(offset);
            parser.process(StrTendril::from_slice(&text[start..lt]));
            deep(&parser.tokenizer.sink.sink)?;
        }
        start = lt;
        offset = decoded.offset_of_lt(k, lt);
    }
    if start < text.len() {
        parser.tokenizer.sink.sink.offset.set(offset);
        parser.process(StrTendril::from_slice(&text[start..]));
        deep(&parser.tokenizer.sink.sink)?;
    }
    let sink = parser.finish();
    if let Some(offset) = sink.too_deep.get() {
        return Err(HtmlError::TooDeep {
            limit: limits.max_depth,
            offset,
        });
    }
    Ok(sink.into_dom())
}
