//! The .html reader on a ~90 KB CMS page (`benches/data/cms-tasks-90k.html`, written by
//! `make_page.py` beside it: navigation, a metadata table, a Word-pasted body and a 36-row
//! task table with rowspans), against its floor: decoding the bytes and running html5ever's
//! tokenizer over them, building nothing (no tree, no blocks).
//!
//! `cargo bench -p gongwen-html --bench read`; the ratio `read / floor` is what the reader
//! adds to the least any HTML5-conformant reader must do.

use std::cell::Cell;

use divan::{Bencher, black_box};
use gongwen_html::{HtmlLimits, read_html};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer};

const PAGE: &[u8] = include_bytes!("data/cms-tasks-90k.html");

fn main() {
    divan::main();
}

/// The whole reader: decode, tree, page facts, article, blocks.
#[divan::bench]
fn read(bencher: Bencher<'_, '_>) {
    let limits = HtmlLimits::default();
    bencher.bench(|| read_html(black_box(PAGE), None, &limits).map_or(0, |out| out.blocks.len()));
}

/// Counts tokens and nothing else.
struct Count(Cell<usize>);

impl TokenSink for Count {
    type Handle = ();
    fn process_token(&self, _token: Token, _line: u64) -> TokenSinkResult<()> {
        self.0.set(self.0.get() + 1);
        TokenSinkResult::Continue
    }
}

/// The floor: the same decoding (the page is UTF-8: one validation) and html5ever's
/// tokenizer over the text, building nothing.
#[divan::bench]
fn floor(bencher: Bencher<'_, '_>) {
    bencher.bench(|| {
        let text = std::str::from_utf8(black_box(PAGE)).unwrap_or_default();
        let input = BufferQueue::default();
        input.push_back(StrTendril::from_slice(text));
        let tokenizer = Tokenizer::new(Count(Cell::new(0)), Default::default());
        let _ = tokenizer.feed(&input);
        tokenizer.end();
        tokenizer.sink.0.get()
    });
}
