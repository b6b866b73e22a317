//! gongwen's .html reader: a web page as a government site serves it → format-neutral
//! [`Block`]s, the encoding it was decoded from, and what the reader noticed.
//!
//! A notice on a government website is one page among the site's chrome: navigation, the
//! 政府信息公开 metadata block (索引号, 发布机构, 发文字号 …), breadcrumbs, share and print
//! widgets, a footer. [`read_html`] reads the page as a browser would and keeps the notice:
//!
//! - **Encoding**: byte-order mark, then the page's
//!   `<meta charset>` / `http-equiv="Content-Type"`, then detection; GBK/GB2312 pages decode
//!   as such. The encoding used is returned.
//! - **Parsing**: html5ever, the HTML5 tree builder browsers follow (unclosed `<p>`s, stray
//!   end tags, tables with missing `<tbody>` are repaired as a browser repairs them), into a
//!   tree whose every element knows the byte offset of its start tag.
//! - **Facts about the page**: its `<title>`, the `<meta>` tags a CMS writes (`ArticleTitle`,
//!   `PubDate`, `ContentSource` …) and the metadata block become [`Block::Meta`]s, first in
//!   the stream.
//! - **The article**: the element the CMS names as its content (`TRS_Editor`, `#zoom`,
//!   `article_content`, `<article>` …), else the densest text; everything outside it is
//!   chrome and dropped, and so are widgets and hidden elements inside it, each with a
//!   diagnostic.
//! - **Blocks**: paragraphs and line breaks as the browser shows them, `&nbsp;` and U+3000
//!   indents as `indent`, alignment and bold as hints, tables with `rowspan`/`colspan`
//!   resolved and a cell's lines kept apart; layout tables are read through.
//!
//! Every block's `Loc` carries `offset`: the byte offset in the input
//! of the element it came from. Nothing here knows what a 公文 is.
//!
//! Hostile input is refused under [`HtmlLimits`] with an [`HtmlError`]: binary data, a page
//! undecodable in its encoding, nesting deeper than `max_depth` (checked tag by tag while the
//! tree is built), a table larger than `max_table_cells`. Nothing recurses per element, and
//! reading is linear in the size of the page.
//!
//! ```
//! use gongwen_blocks::Block;
//!
//! let page = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
//!   <title>关于做好防汛工作的通知_通知公告_柏岩县人民政府</title></head>
//!   <body><div class="nav"><a href="/">首页</a> &gt; <a href="/tz">通知公告</a></div>
//!   <div class="TRS_Editor">
//!     <p align="center">关于做好防汛工作的通知</p>
//!     <p>各镇人民政府：</p>
//!     <p>&nbsp;&nbsp;&nbsp;&nbsp;请认真抓好落实。</p>
//!   </div></body></html>"#;
//! let out = gongwen_html::read_html(page.as_bytes(), None, &gongwen_html::HtmlLimits::default())?;
//! assert_eq!(out.encoding, "UTF-8");
//! let texts: Vec<&str> = out.blocks.iter().filter_map(|b| b.as_paragraph()).map(|p| p.text.as_str()).collect();
//! assert_eq!(texts, ["关于做好防汛工作的通知", "各镇人民政府：", "请认真抓好落实。"]);
//! assert!(matches!(&out.blocks[0], Block::Meta(m) if m.key == "title"));
//! # Ok::<(), gongwen_html::HtmlError>(())
//! ```

mod article;
mod decode;
mod dom;
mod error;
mod limits;
mod meta;
mod parse;
mod render;
mod style;
mod tags;
mod text;

pub use decode::encoding_name;
pub use encoding_rs::Encoding;
pub use error::HtmlError;
pub use limits::HtmlLimits;

use gongwen_blocks::Block;
use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};
use html5ever::local_name;

use crate::article::{Choice, Stats};
use crate::decode::Source;
use crate::dom::Dom;
use crate::render::Walker;
use crate::tags::path;

/// The blocks of a page, the encoding it was decoded from, and what the reader noticed.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlOutput {
    /// [`Block::Meta`]s first (the `<title>`, `<meta>` tags, the metadata block), then the
    /// article's paragraphs and tables in reading order.
    pub blocks: Vec<Block>,
    /// The encoding used ("UTF-8", "GBK", "GB18030", "Big5" …).
    pub encoding: &'static str,
    /// What was dropped, which element was taken as the article, what was repaired; each
    /// located at the block it concerns.
    pub diagnostics: Vec<Diagnostic>,
}

/// Looks up a WHATWG encoding label ("gbk", "utf-8" …).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, HtmlError> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| HtmlError::UnknownEncoding(label.to_owned()))
}

/// Reads a page, decoding it with `encoding` when given (else as a browser would), under
/// `limits`.
pub fn read_html(
    bytes: &[u8],
    encoding: Option<&'static Encoding>,
    limits: &HtmlLimits,
) -> Result<HtmlOutput, HtmlError> {
    let decoded = decode::decode(bytes, encoding)?;
    let dom = parse::parse(&decoded, limits)?;
    let stats = Stats::of(&dom);
    let facts = meta::page_facts(&dom, &stats);
    let (container, choice) = article::choose(&dom, &stats, &facts.consumed);

    let mut blocks: Vec<Block> = Vec::new();
    for (i, mut m) in facts.metas.into_iter().enumerate() {
        m.loc.block = u32::try_from(i).unwrap_or(u32::MAX);
        blocks.push(Block::Meta(m));
    }
    let base = blocks.len();
    let mut walker = Walker::new(&dom, &stats, &facts.consumed, limits, container);
    // The page's heading, when the article does not print the title.
    let container_text = article::squeezed_text(&dom, &stats, container);
    let heading = article::heading_before(
        &dom,
        &stats,
        container,
        facts.page_title.as_deref(),
        &container_text,
    )
    .or_else(|| {
        (choice == Choice::Density)
            .then(|| article::heading_by_look(&dom, &stats, container, &container_text))
            .flatten()
    });
    if let Some(h) = heading {
        walker.walk(h)?;
    }
    walker.walk(container)?;
    let dropped = std::mem::take(&mut walker.dropped);
    let items = std::mem::take(&mut walker.items);
    let body_len = items.len();
    blocks.extend(render::number(items, base));

    let mut diagnostics = Vec::new();
    let first_body =
        Loc::block(u32::try_from(base.min(blocks.len().saturating_sub(1))).unwrap_or(0))
            .with_offset(dom.offset(container));
    encoding_diagnostics(&decoded, &mut diagnostics);
    if truncated(&decoded.text) {
        diagnostics.push(
            Diagnostic::new(
                Level::Warning,
                DiagnosticCode::PageTruncated,
                "the page ends inside its markup (no </body> or </html>): it was cut short, \
                 fetch it again; what it holds was read",
            )
            .with_loc(
                Loc::block(u32::try_from(blocks.len().saturating_sub(1)).unwrap_or(0))
                    .with_offset(bytes.len() as u64),
            ),
        );
    }
    diagnostics.push(container_diagnostic(
        &dom, &stats, container, choice, first_body,
    ));
    diagnostics.extend(render::dropped_diagnostics(&dropped, base, body_len));
    diagnostics.sort_by_key(|d| d.loc.map_or(0, |l| l.block));
    Ok(HtmlOutput {
        blocks,
        encoding: encoding_name(decoded.encoding),
        diagnostics,
    })
}

fn encoding_diagnostics(decoded: &decode::Decoded<'_>, out: &mut Vec<Diagnostic>) {
    let at_start = Loc::block(0).with_offset(decoded.start());
    if let Source::MetaOverruled(declared) = decoded.source {
        out.push(
            Diagnostic::new(
                Level::Info,
                DiagnosticCode::EncodingMismatch,
                format!(
                    "the page declares {} but its bytes are UTF-8: read as UTF-8",
                    encoding_name(declared)
                ),
            )
            .with_loc(at_start),
        );
    }
    if decoded.replaced > 0 {
        out.push(
            Diagnostic::new(
                Level::Warning,
                DiagnosticCode::BytesReplaced,
                format!(
                    "{} malformed {} byte sequence(s) replaced by U+FFFD, the first at byte offset {}",
                    decoded.replaced,
                    encoding_name(decoded.encoding),
                    decoded.first_bad.unwrap_or(0)
                ),
            )
            .with_loc(
                decoded
                    .first_bad
                    .map_or(Loc::block(0), |o| Loc::block(0).with_offset(o as u64)),
            ),
        );
    }
}

fn container_diagnostic(
    dom: &Dom,
    stats: &Stats,
    container: dom::NodeId,
    choice: Choice,
    loc: Loc,
) -> Diagnostic {
    let body = dom
        .find(Dom::ROOT, &local_name!("body"))
        .unwrap_or(Dom::ROOT);
    let kept = stats.text.get(container as usize).copied().unwrap_or(0);
    let all = stats.text.get(body as usize).copied().unwrap_or(0);
    let outside = all.saturating_sub(kept);
    let (level, code, why) = match choice {
        Choice::Office => (
            Level::Info,
            DiagnosticCode::ArticleContainer,
            "a document an office suite saved as a web page: all of it",
        ),
        Choice::Named => (
            Level::Info,
            DiagnosticCode::ArticleContainer,
            "the CMS's content element",
        ),
        Choice::Density => (
            Level::Info,
            DiagnosticCode::ArticleContainer,
            "the densest text",
        ),
        Choice::Body => (
            Level::Warning,
            DiagnosticCode::NoArticle,
            "no article element found, so the whole body",
        ),
    };
    Diagnostic::new(
        level,
        code,
        format!(
            "read the article from {} ({why}): {kept} characters kept, {outside} characters of \
             page chrome outside it dropped",
            path(dom, container)
        ),
    )
    .with_loc(loc)
}

/// The page stops inside its markup: no `</body>` or `</html>`, though it opened `<html>`,
/// or inside a tag.
fn truncated(text: &str) -> bool {
    let boundary = |i: usize| {
        (i..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len())
    };
    let tail = text[boundary(text.len().saturating_sub(4096))..].to_ascii_lowercase();
    let head = text[..boundary(text.len().min(1024))].to_ascii_lowercase();
    let opened = head.contains("<html") || head.contains("<!doctype");
    let closed = tail.contains("</html") || tail.contains("</body");
    let in_tag = tail.rfind('<') > tail.rfind('>');
    (opened && !closed) || in_tag
}
