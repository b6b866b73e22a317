//! The notice, not the page: which element holds the article.
//!
//! Decisions:
//! - A content element a CMS names ([`STRONG`]: TRS's `TRS_Editor`, `id="zoom"`,
//!   `article_content`, `<article>` …) wins when it holds real text (at least
//!   [`MIN_NAMED_TEXT`] characters outside links). Of several, the one with the most text; of
//!   nested ones with about the same text (within 5 %), the innermost, so a wrapper adds
//!   nothing but its chrome.
//! - Otherwise the text density decides, as readability does: every element holding a
//!   paragraph of its own text scores for its parent and (half) its grandparent; scores are
//!   weighed by how little of the text is links. Navigation, footers and link lists lose.
//! - When nothing holds [`MIN_TEXT`] characters, there is no article: the whole body is
//!   read, with a warning.
//! - A page an office suite saved (Word's "Save as Web Page", WPS, LibreOffice: said by the
//!   `Generator` meta in its head) is the document alone: the whole body is read, every
//!   section of it.
//! - The page's heading (an `<h1>` or a `…title…` element before the article that repeats the
//!   page title) is read before the article when the article does not print the title.

use html5ever::local_name;

use crate::dom::{Data, Dom, Element, NONE, NodeId};
use crate::style::style_of;
use crate::tags::{chrome_kind, is_block, is_invisible, words};

/// Characters (outside links) an article found by density must hold.
pub(crate) const MIN_TEXT: u32 = 20;
/// Characters (outside links) a content element the CMS names must hold (an empty one is
/// filled by a script the reader does not run).
pub(crate) const MIN_NAMED_TEXT: u32 = 10;

/// Class and id words of CMS content elements.
const STRONG: [&str; 30] = [
    "trs_editor",
    "trs_ueditor",
    "custom_unionstyle",
    "article_content",
    "article-content",
    "articlecontent",
    "article_con",
    "pages_content",
    "pages-content",
    "zoom",
    "fontzoom",
    "zoomcon",
    "ucap-content",
    "wzcon",
    "zwnr",
    "zw_content",
    "xxgk_content",
    "detail_content",
    "detail-content",
    "news_content",
    "newscontent",
    "content_text",
    "contenttext",
    "art_con",
    "bt_content",
    "view_content",
    "main_content",
    "main-content",
    "maincontent",
    "article_body",
];

/// Text counts of every node: visible characters (white space excluded) and those inside
/// links.
#[derive(Debug)]
pub(crate) struct Stats {
    pub text: Vec<u32>,
    pub link: Vec<u32>,
    /// True for nodes whose subtree is not shown (scripts, hidden elements).
    pub hidden: Vec<bool>,
    /// Each element shown as a block.
    pub blocks: Vec<bool>,
}

impl Stats {
    pub fn of(dom: &Dom) -> Stats {
        let n = dom.nodes.len();
        let mut text = vec![0u32; n];
        let mut link = vec![0u32; n];
        let mut hidden = vec![false; n];
        let mut blocks = vec![false; n];
        // Document order; hidden subtrees are marked from their root down.
        let order: Vec<NodeId> = dom.descendants(Dom::ROOT).collect();
        for &id in &order {
            let i = id as usize;
            let parent = dom.parent(id);
            let inherited = parent != NONE && hidden.get(parent as usize).copied().unwrap_or(false);
            let mut own = false;
            if let Some(e) = dom.element(id) {
                let style = style_of(e);
                own = is_invisible(e) || style.hidden;
                if let Some(b) = blocks.get_mut(i) {
                    *b = is_block(e, &style);
                }
            }
            if let Some(h) = hidden.get_mut(i) {
                *h = inherited || own;
            }
        }
        // Children before parents: reverse document order.
        for &id in order.iter().rev() {
            let i = id as usize;
            if hidden.get(i).copied().unwrap_or(true) {
                continue;
            }
            if let Some(t) = dom.text(id) {
                let count = t.chars().filter(|c| !c.is_whitespace()).count();
                text[i] = u32::try_from(count).unwrap_or(u32::MAX);
            }
            if dom.element(id).is_some_and(|e| e.is(&local_name!("a"))) {
                link[i] = text[i];
            }
            let parent = dom.parent(id) as usize;
            if parent < n {
                text[parent] = text[parent].saturating_add(text[i]);
                link[parent] = link[parent].saturating_add(link[i]);
            }
        }
        Stats {
            text,
            link,
            hidden,
            blocks,
        }
    }

    /// True when the element is shown as a block.
    pub fn is_block(&self, id: NodeId) -> bool {
        self.blocks.get(id as usize).copied().unwrap_or(false)
    }

    pub fn own_text(&self, id: NodeId) -> u32 {
        let i = id as usize;
        self.text
            .get(i)
            .copied()
            .unwrap_or(0)
            .saturating_sub(self.link.get(i).copied().unwrap_or(0))
    }

    pub fn is_hidden(&self, id: NodeId) -> bool {
        self.hidden.get(id as usize).copied().unwrap_or(true)
    }
}

/// Generators (`<meta name=Generator>`, `<meta name=ProgId>`) of office suites that save a
/// document as a web page: such a page is the document alone, without a site around it.
const OFFICE_GENERATORS: [&str; 5] = [
    "microsoft word",
    "word.document",
    "libreoffice",
    "openoffice",
    "wps",
];

/// Why the container was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Choice {
    /// A document an office suite saved as a web page: the whole body is the document
    /// (Word puts a landscape attachment in a `WordSection` of its own, which no density
    /// must drop as chrome).
    Office,
    /// A content element the CMS names.
    Named,
    /// The densest text.
    Density,
    /// No article: the whole body.
    Body,
}

/// The article container.
pub(crate) fn choose(dom: &Dom, stats: &Stats, consumed: &[bool]) -> (NodeId, Choice) {
    let body = dom
        .find(Dom::ROOT, &local_name!("body"))
        .unwrap_or(Dom::ROOT);
    if saved_by_office(dom) {
        return (body, Choice::Office);
    }
    if let Some(id) = named(dom, stats, body) {
        return (id, Choice::Named);
    }
    match densest(dom, stats, body, consumed) {
        Some(id) if stats.own_text(id) >= MIN_TEXT => (id, Choice::Density),
        _ => (body, Choice::Body),
    }
}

/// The page says an office suite wrote it: a `Generator` or `ProgId` meta in its head
/// naming one. (Word's `WordSection` divisions alone say nothing: a CMS article pasted from
/// Word keeps them inside the site's page.)
fn saved_by_office(dom: &Dom) -> bool {
    let Some(head) = dom.find(Dom::ROOT, &local_name!("head")) else {
        return false;
    };
    dom.descendants(head).any(|id| {
        dom.element(id).is_some_and(|e| {
            let named = e.attr(&local_name!("name")).is_some_and(|n| {
                n.trim().eq_ignore_ascii_case("generator")
                    || n.trim().eq_ignore_ascii_case("progid")
            });
            e.is(&local_name!("meta"))
                && named
                && e.attr(&local_name!("content")).is_some_and(|c| {
                    let c = c.to_ascii_lowercase();
                    OFFICE_GENERATORS.iter().any(|g| c.contains(g))
                })
        })
    })
}

fn is_strong(dom: &Dom, id: NodeId) -> bool {
    dom.element(id).is_some_and(|e| {
        e.is(&local_name!("article")) || words(e).any(|w| STRONG.contains(&w.as_str()))
    })
}

fn named(dom: &Dom, stats: &Stats, body: NodeId) -> Option<NodeId> {
    let candidates: Vec<NodeId> = dom
        .descendants(body)
        .filter(|&id| {
            is_strong(dom, id) && !stats.is_hidden(id) && stats.own_text(id) >= MIN_NAMED_TEXT
        })
        .collect();
    let best = candidates
        .iter()
        .copied()
        .max_by_key(|&id| stats.own_text(id))?;
    let most = stats.own_text(best);
    // The innermost candidate inside `best` holding about the same text.
    let inner = candidates
        .iter()
        .copied()
        .filter(|&id| {
            dom.contains(best, id) && u64::from(stats.own_text(id)) * 100 >= u64::from(most) * 95
        })
        .max_by_key(|&id| dom.node(id).map_or(0, |n| n.depth));
    Some(inner.unwrap_or(best))
}

/// Readability's scoring: each element with a paragraph of text of its own scores for its
/// parent and grandparent.
fn densest(dom: &Dom, stats: &Stats, body: NodeId, consumed: &[bool]) -> Option<NodeId> {
    let mut score = vec![0f32; dom.nodes.len()];
    for id in dom.descendants(body) {
        let Some(el) = dom.element(id) else {
            continue;
        };
        if stats.is_hidden(id) || consumed.get(id as usize).copied().unwrap_or(false) {
            continue;
        }
        if !stats.is_block(id) || chrome_kind(el).is_some() {
            continue;
        }
        // Text directly in this element (its text children and inline children).
        let mut own = 0u32;
        let mut commas = 0u32;
        for child in dom.children(id) {
            match dom.node(child).map(|n| &n.data) {
                Some(Data::Text(t)) => {
                    own += u32::try_from(t.chars().filter(|c| !c.is_whitespace()).count())
                        .unwrap_or(u32::MAX);
                    commas += u32::try_from(t.matches(['，', ',', '。']).count()).unwrap_or(0);
                }
                Some(Data::Element(e)) if !stats.is_block(child) && !e.is(&local_name!("a")) => {
                    own = own.saturating_add(stats.own_text(child));
                }
                _ => {}
            }
        }
        if own < 10 {
            continue;
        }
        let points = 1.0 + commas as f32 + (own as f32 / 100.0).min(3.0);
        let parent = dom.parent(id);
        if let Some(s) = score.get_mut(parent as usize) {
            *s += points;
        }
        let grand = dom.parent(parent);
        if let Some(s) = score.get_mut(grand as usize) {
            *s += points / 2.0;
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for (i, s) in score.iter().enumerate() {
        if *s <= 0.0 {
            continue;
        }
        let id = NodeId::try_from(i).unwrap_or(NONE);
        let text = stats.text.get(i).copied().unwrap_or(0).max(1) as f32;
        let link = stats.link.get(i).copied().unwrap_or(0) as f32;
        let weighted = s * (1.0 - link / text);
        if best.is_none_or(|(_, b)| weighted > b) {
            best = Some((id, weighted));
        }
    }
    let (best, _) = best?;
    // Readability scores the cells of a data table for its rows and their body, so a task
    // table can outscore the paragraphs around it: an element holding the table and
    // paragraphs of its own (the notice over its attachment's table) is the article; else
    // the table itself is (read as a table, not its cells as lines).
    let best = table_holder(dom, &score, best).unwrap_or(best);
    Some(with_siblings(dom, stats, best))
}

/// Readability's sibling step: the body's paragraphs may sit in an element of their own
/// while the title, the 发文字号, the 主送 and the signature stand beside it in its parent
/// (a page of bare `<div>`s). The parent is the article when what it adds is text rather
/// than links, and less than what the element holds; at most [`MAX_SIBLING_STEPS`] levels.
fn with_siblings(dom: &Dom, stats: &Stats, best: NodeId) -> NodeId {
    let count = |v: &[u32], id: NodeId| u64::from(v.get(id as usize).copied().unwrap_or(0));
    let mut at = best;
    for _ in 0..MAX_SIBLING_STEPS {
        let parent = dom.parent(at);
        if parent == NONE
            || dom
                .element(parent)
                .is_none_or(|e| e.is(&local_name!("body")))
        {
            break;
        }
        let (text, link) = (count(&stats.text, at), count(&stats.link, at));
        let added = count(&stats.text, parent).saturating_sub(text);
        let added_links = count(&stats.link, parent).saturating_sub(link);
        if added == 0 || added > text || added_links * 2 > added {
            break;
        }
        at = parent;
    }
    at
}

/// Levels the article may climb to take in what stands beside the densest text.
const MAX_SIBLING_STEPS: usize = 2;

/// For `id` a table or a part of one (its body, a row): the element holding the table when
/// that element has paragraphs of text of its own (a score of its own), else the table.
fn table_holder(dom: &Dom, score: &[f32], id: NodeId) -> Option<NodeId> {
    let mut table = id;
    for _ in 0..3 {
        let el = dom.element(table)?;
        if el.is(&local_name!("table")) {
            let holder = dom.parent(table);
            let own = score.get(holder as usize).copied().unwrap_or(0.0) > 0.0;
            return Some(if own { holder } else { table });
        }
        if !matches!(
            el.name.local,
            local_name!("tbody") | local_name!("thead") | local_name!("tr")
        ) {
            return None;
        }
        table = dom.parent(table);
    }
    None
}

/// The page's heading before `container`, when the article does not print the title:
/// an `<h1>`–`<h3>` or an element whose class or id says title, holding the page title.
pub(crate) fn heading_before(
    dom: &Dom,
    stats: &Stats,
    container: NodeId,
    page_title: Option<&str>,
    container_text: &str,
) -> Option<NodeId> {
    let title: String = page_title?.chars().filter(|c| !c.is_whitespace()).collect();
    if title.chars().count() < 4 || container_text.contains(&title) {
        return None;
    }
    let body = dom.find(Dom::ROOT, &local_name!("body"))?;
    last_before(dom, stats, body, container, |id, el| {
        let heading = matches!(
            el.name.local,
            local_name!("h1") | local_name!("h2") | local_name!("h3")
        ) || words(el)
            .any(|w| w.contains("title") || w == "bt" || w.contains("biaoti"));
        heading && squeezed_text(dom, stats, id) == title
    })
}

/// The last visible element under `scope` before `container` (and not holding it) that
/// `pick` accepts.
fn last_before(
    dom: &Dom,
    stats: &Stats,
    scope: NodeId,
    container: NodeId,
    pick: impl Fn(NodeId, &Element) -> bool,
) -> Option<NodeId> {
    let mut found = None;
    for id in dom.descendants(scope) {
        if id == container {
            break;
        }
        if dom.contains(id, container) || stats.is_hidden(id) {
            continue;
        }
        if let Some(el) = dom.element(id)
            && pick(id, el)
        {
            found = Some(id);
        }
    }
    found
}

/// Longest heading read by its look (characters).
const MAX_LOOKED_HEADING: usize = 120;
/// Shortest heading read by its look (characters): shorter is a label or a menu entry.
const MIN_LOOKED_HEADING: usize = 8;

/// Words of the page chrome that a heading by its look never holds (breadcrumbs, the
/// publication line).
const NOT_HEADING: [&str; 6] = [
    "您的位置",
    "当前位置",
    "首页",
    "发布日期",
    "发布时间",
    "点击",
];

/// The page's heading before a container chosen by density, by its look alone, when no
/// page title names it: old table-laid pages print the title in a row of their own above
/// the text's cell, as bold or large type (`<b>`, `<strong>`, `<font size="4">`, `<h1>`–
/// `<h3>`), while `<title>` holds only the site's name. The last such element before the
/// container inside the table that holds it, holding a line of text (no label with a colon,
/// no chrome word, not a link).
pub(crate) fn heading_by_look(
    dom: &Dom,
    stats: &Stats,
    container: NodeId,
    container_text: &str,
) -> Option<NodeId> {
    // The nearest table holding the container: the page's other tables are chrome.
    let mut scope = dom.parent(container);
    while scope != NONE
        && !dom
            .element(scope)
            .is_some_and(|e| e.is(&local_name!("table")))
    {
        scope = dom.parent(scope);
    }
    if scope == NONE {
        return None;
    }
    last_before(dom, stats, scope, container, |id, el| {
        // size="4" and up, or larger than the page's by "+1" and up.
        let big_font = el.is(&local_name!("font"))
            && el.attr(&local_name!("size")).is_some_and(|v| {
                let v = v.trim();
                match v.strip_prefix('+') {
                    Some(more) => more.parse::<u8>().is_ok_and(|n| n >= 1),
                    None => v.parse::<u8>().is_ok_and(|n| n >= 4),
                }
            });
        let looks = big_font
            || matches!(
                el.name.local,
                local_name!("h1")
                    | local_name!("h2")
                    | local_name!("h3")
                    | local_name!("b")
                    | local_name!("strong")
            );
        if !looks || inside_link(dom, id, scope) {
            return false;
        }
        let text = squeezed_text(dom, stats, id);
        let n = text.chars().count();
        (MIN_LOOKED_HEADING..=MAX_LOOKED_HEADING).contains(&n)
            && !text.contains(['：', ':'])
            && !NOT_HEADING.iter().any(|w| text.contains(w))
            && !container_text.contains(&text)
    })
}

/// `id` is inside an `<a>` below `scope`.
fn inside_link(dom: &Dom, id: NodeId, scope: NodeId) -> bool {
    let mut cur = id;
    while cur != NONE && cur != scope {
        if dom.element(cur).is_some_and(|e| e.is(&local_name!("a"))) {
            return true;
        }
        cur = dom.parent(cur);
    }
    false
}

/// The visible text of `id`, white space removed (for comparing titles).
pub(crate) fn squeezed_text(dom: &Dom, stats: &Stats, id: NodeId) -> String {
    let mut out = String::new();
    let mut cur = id;
    while cur != NONE {
        if stats.is_hidden(cur) {
            cur = dom.next_skipping(cur, id);
            continue;
        }
        if let Some(t) = dom.text(cur) {
            out.extend(t.chars().filter(|c| !c.is_whitespace()));
            if out.len() > 4096 {
                break;
            }
        }
        cur = match dom.node(cur) {
            Some(n) if n.first != NONE => n.first,
            _ => dom.next_skipping(cur, id),
        };
    }
    out
}
