//! What kind of thing an element is, by its tag name and its class and id words.

use html5ever::{LocalName, local_name, ns};

use crate::dom::{Dom, Element, NodeId};
use crate::style::Style;

/// Elements that never show text of the page's own: scripts, styles, embedded objects,
/// form controls, the head. Dropped silently with everything in them.
pub(crate) fn is_invisible(el: &Element) -> bool {
    if el.name.ns != ns!(html) {
        // SVG and MathML draw pictures and formulas, not the notice's text.
        return el.name.ns == ns!(svg) || el.name.ns == ns!(mathml);
    }
    matches!(
        el.name.local,
        local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("canvas")
            | local_name!("audio")
            | local_name!("video")
            | local_name!("button")
            | local_name!("input")
            | local_name!("select")
            | local_name!("option")
            | local_name!("textarea")
            | local_name!("head")
            | local_name!("title")
            | local_name!("meta")
            | local_name!("link")
            | local_name!("base")
            | local_name!("img")
            | local_name!("map")
            | local_name!("area")
            | local_name!("frameset")
            | local_name!("frame")
    )
}

/// Elements a browser lays out as blocks: they end the paragraph before them and start
/// a new one.
pub(crate) fn is_block_tag(local: &LocalName) -> bool {
    matches!(
        *local,
        local_name!("p")
            | local_name!("div")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("li")
            | local_name!("ul")
            | local_name!("ol")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("dd")
            | local_name!("blockquote")
            | local_name!("pre")
            | local_name!("center")
            | local_name!("section")
            | local_name!("article")
            | local_name!("header")
            | local_name!("footer")
            | local_name!("aside")
            | local_name!("nav")
            | local_name!("main")
            | local_name!("address")
            | local_name!("figure")
            | local_name!("figcaption")
            | local_name!("fieldset")
            | local_name!("legend")
            | local_name!("form")
            | local_name!("details")
            | local_name!("summary")
            | local_name!("hr")
            | local_name!("table")
            | local_name!("caption")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tbody")
            | local_name!("tfoot")
            | local_name!("body")
            | local_name!("html")
            | local_name!("menu")
            | local_name!("dir")
    )
}

/// True when `el`, with `style` (its [`style_of`](crate::style::style_of)), is shown as a
/// block (its tag, or `display` in its style).
pub(crate) fn is_block(el: &Element, style: &Style) -> bool {
    el.name.ns == ns!(html) && !style.inline && (style.block || is_block_tag(&el.name.local))
}

/// The lower-cased words of an element's `class` and `id`, split at white space.
pub(crate) fn words(el: &Element) -> impl Iterator<Item = String> + '_ {
    let class = el.attr(&local_name!("class")).unwrap_or("");
    let id = el.attr(&local_name!("id")).unwrap_or("");
    class
        .split_ascii_whitespace()
        .chain(std::iter::once(id).filter(|s| !s.is_empty()))
        .map(str::to_ascii_lowercase)
}

/// Page chrome by its class or id: share and print widgets, QR codes, breadcrumbs,
/// navigation, font-size bars, pagers, related links, comment boxes. A word matches when
/// it is one of [`CHROME_WORDS`], or one of its `-`/`_` parts is.
pub(crate) fn chrome_kind(el: &Element) -> Option<&'static str> {
    if el.name.ns == ns!(html) {
        match el.name.local {
            local_name!("nav") => return Some("navigation"),
            local_name!("aside") => return Some("sidebar"),
            _ => {}
        }
    }
    if el.attr(&local_name!("role")).is_some_and(|r| {
        matches!(
            r.to_ascii_lowercase().as_str(),
            "navigation" | "banner" | "contentinfo" | "search"
        )
    }) {
        return Some("navigation");
    }
    for word in words(el) {
        let parts = word.split(['-', '_']).filter(|p| !p.is_empty());
        for part in std::iter::once(word.as_str()).chain(parts) {
            if let Some((_, kind)) = CHROME_WORDS.iter().find(|(w, _)| *w == part) {
                return Some(kind);
            }
        }
    }
    None
}

/// Class and id words of page chrome, and what they are.
const CHROME_WORDS: [(&str, &str); 43] = [
    ("share", "share widget"),
    ("bdshare", "share widget"),
    ("fenxiang", "share widget"),
    ("jiathis", "share widget"),
    ("print", "print button"),
    ("dayin", "print button"),
    ("qrcode", "QR code"),
    ("ewm", "QR code"),
    ("erweima", "QR code"),
    ("breadcrumb", "breadcrumb"),
    ("crumb", "breadcrumb"),
    ("crumbs", "breadcrumb"),
    ("weizhi", "breadcrumb"),
    ("dqwz", "breadcrumb"),
    ("position", "breadcrumb"),
    ("location", "breadcrumb"),
    ("nav", "navigation"),
    ("navbar", "navigation"),
    ("menu", "navigation"),
    ("sidebar", "sidebar"),
    ("pagination", "pager"),
    ("pager", "pager"),
    ("fanye", "pager"),
    ("prevnext", "pager"),
    ("related", "related links"),
    ("xglj", "related links"),
    ("xgwz", "related links"),
    ("xgxx", "related links"),
    ("comment", "comments"),
    ("pinglun", "comments"),
    ("fontsize", "font-size bar"),
    ("zihao", "font-size bar"),
    ("zoomin", "font-size bar"),
    ("shoucang", "bookmark button"),
    ("favorite", "bookmark button"),
    ("guanbi", "close button"),
    ("toolbar", "toolbar"),
    ("tools", "toolbar"),
    ("btn", "button"),
    ("search", "search box"),
    ("login", "login box"),
    ("footer", "footer"),
    ("banner", "banner"),
];

/// A CSS-like path of an element for messages: `div.article_content > p:nth-of-type(3)` is
/// too long to be useful, so each step is the tag with its id or first class, and only the
/// last four steps are shown.
pub(crate) fn path(dom: &Dom, id: NodeId) -> String {
    let mut steps = Vec::new();
    let mut cur = id;
    while let Some(el) = dom.element(cur) {
        if el.is(&local_name!("html")) {
            break;
        }
        let mut step = el.name.local.to_string();
        if let Some(i) = el.attr(&local_name!("id")).filter(|i| !i.is_empty()) {
            step.push('#');
            step.push_str(i);
        } else if let Some(c) = el
            .attr(&local_name!("class"))
            .and_then(|c| c.split_ascii_whitespace().next())
        {
            step.push('.');
            step.push_str(c);
        }
        steps.push(step);
        if steps.len() == 4 || el.attr(&local_name!("id")).is_some_and(|i| !i.is_empty()) {
            break;
        }
        cur = dom.parent(cur);
    }
    steps.reverse();
    steps.join(" > ")
}
