//! Facts a page states about itself outside the notice: its `<title>`, the `<meta>` tags
//! government CMSs write (`ArticleTitle`, `PubDate`, `ContentSource` …, the names the
//! 政府网站发展指引 prescribes), and the 政府信息公开 metadata block (索引号, 发布机构, 发文字号,
//! 成文日期, 公开方式 …) as label/value pairs in a list, a table or a definition list.
//!
//! Decisions:
//! - `<meta>` tags are kept by name ([`META_NAMES`], any case), with the key as the page
//!   writes it; empty values are dropped. The page `<title>` becomes the key `title`, whole
//!   (the structurer cuts the site's name off it).
//! - A metadata block is a group of sibling items (list items, table cells, definition terms,
//!   short paragraphs) holding `label：value` pairs or a label item followed by its value
//!   item, with labels from [`LABELS`]. A group counts when two or more of its labels are
//!   ones only such blocks print ([`LABELS`] marked strong), and pairs are at least half of
//!   its items: a notice's own paragraphs are never a metadata block. Each pair becomes a
//!   [`Meta`] keyed by its label without white space, and the items are not read again as
//!   body text.

use gongwen_blocks::{Loc, Meta};
use html5ever::local_name;

use crate::article::Stats;
use crate::dom::{Dom, NONE, NodeId};
use crate::text::{collapse, visible_text};

/// `<meta name>`s worth keeping.
const META_NAMES: [&str; 9] = [
    "SiteName",
    "ColumnName",
    "ArticleTitle",
    "PubDate",
    "ContentSource",
    "Keywords",
    "Description",
    "Author",
    "Url",
];

/// Labels of metadata blocks, and whether only such blocks print them (strong).
const LABELS: [(&str, bool); 42] = [
    ("索引号", true),
    ("信息索引号", true),
    ("索取号", true),
    ("发布机构", true),
    ("发文机关", true),
    ("发文单位", true),
    ("发布单位", true),
    ("成文日期", true),
    ("发文日期", true),
    ("印发日期", true),
    ("发布日期", false),
    ("发布时间", false),
    ("公开日期", true),
    ("生成日期", true),
    ("实施日期", true),
    ("施行日期", true),
    ("废止日期", true),
    ("发文字号", true),
    ("文号", false),
    ("主题分类", true),
    ("体裁分类", true),
    ("组配分类", true),
    ("服务对象", true),
    ("公文种类", true),
    ("文种分类", true),
    ("有效性", true),
    ("效力状态", true),
    ("时效性", true),
    ("公开方式", true),
    ("公开范围", true),
    ("公开形式", true),
    ("公开时限", true),
    ("信息分类", true),
    ("所属主题", true),
    ("主题词", false),
    ("关键词", false),
    ("信息来源", false),
    ("标题", false),
    ("名称", false),
    ("文件名称", false),
    ("内容概述", false),
    ("统一编号", true),
];

/// What the head and the metadata block said, in page order, and the nodes the block used.
#[derive(Debug, Default)]
pub(crate) struct PageFacts {
    pub metas: Vec<Meta>,
    /// Nodes consumed by the metadata block.
    pub consumed: Vec<bool>,
    /// The title of the notice as the page names it: `ArticleTitle`, else the `<title>` up
    /// to the site's name.
    pub page_title: Option<String>,
}

/// Reads the head's facts and the metadata block.
pub(crate) fn page_facts(dom: &Dom, stats: &Stats) -> PageFacts {
    let mut facts = PageFacts {
        consumed: vec![false; dom.nodes.len()],
        ..PageFacts::default()
    };
    let mut article_title = None;
    let mut title = None;
    for id in dom.descendants(Dom::ROOT) {
        let Some(el) = dom.element(id) else {
            continue;
        };
        if el.is(&local_name!("title")) && title.is_none() {
            let text = collapse(&child_text(dom, id));
            if !text.is_empty() {
                push(&mut facts.metas, "title", &text, dom.offset(id));
                title = Some(text);
            }
        } else if el.is(&local_name!("meta")) {
            let (Some(name), Some(content)) = (
                el.attr(&local_name!("name")),
                el.attr(&local_name!("content")),
            ) else {
                continue;
            };
            let name = name.trim();
            if META_NAMES.iter().any(|k| k.eq_ignore_ascii_case(name)) {
                let value = collapse(content);
                if name.eq_ignore_ascii_case("ArticleTitle") && !value.is_empty() {
                    article_title.get_or_insert_with(|| value.clone());
                }
                push(&mut facts.metas, name, &value, dom.offset(id));
            }
        }
    }
    facts.page_title = article_title.or_else(|| title.map(|t| site_cut(&t).to_owned()));
    metadata_block(dom, stats, &mut facts);
    facts
}

fn push(metas: &mut Vec<Meta>, key: &str, value: &str, offset: u64) {
    if value.is_empty() {
        return;
    }
    metas.push(Meta {
        key: key.to_owned(),
        value: value.to_owned(),
        loc: Loc::block(0).with_offset(offset),
    });
}

/// The text of `id`'s text children (a `<title>` holds nothing else).
fn child_text(dom: &Dom, id: NodeId) -> String {
    dom.children(id).filter_map(|c| dom.text(c)).collect()
}

/// "关于…的通知_政策文件_某某县人民政府", "…的通知--某某县人民政府网" → "关于…的通知": the
/// page title before the column's and site's names.
pub(crate) fn site_cut(title: &str) -> &str {
    let cut = [" - ", " – ", " — ", "--", "_", "|", "｜", "－"]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()
        .unwrap_or(title.len());
    title[..cut].trim()
}

/// The label starting `text` (white space allowed between its characters), and the byte
/// where what follows it starts.
fn label_at(text: &str) -> Option<(&'static str, bool, usize)> {
    LABELS
        .iter()
        .filter_map(|&(label, strong)| {
            let mut rest = text;
            for (k, c) in label.chars().enumerate() {
                if k > 0 {
                    rest = rest.trim_start_matches(char::is_whitespace);
                }
                rest = rest.strip_prefix(c)?;
            }
            Some((label, strong, text.len() - rest.len()))
        })
        .max_by_key(|(label, _, _)| label.len())
}

/// "索 引 号：PZ001　发布机构：某局" → the pairs; None unless the text starts with a
/// label and a colon. A label alone ("索引号", "索引号：") gives one pair with an empty value.
fn pairs(text: &str) -> Option<Vec<(&'static str, bool, String)>> {
    let (mut label, mut strong, end) = label_at(text)?;
    let mut value_start = match colon_after(text, end) {
        Some(v) => v,
        None if text[end..].trim().is_empty() => return Some(vec![(label, strong, String::new())]),
        None => return None,
    };
    let mut out = Vec::new();
    let mut prev_space = false;
    for (i, c) in text.char_indices() {
        if i < value_start {
            continue;
        }
        if prev_space && !c.is_whitespace() {
            // Another label after white space starts another pair.
            if let Some((next, next_strong, end)) = label_at(&text[i..])
                && let Some(v) = colon_after(text, i + end)
            {
                out.push((label, strong, text[value_start..i].trim().to_owned()));
                (label, strong, value_start) = (next, next_strong, v);
            }
        }
        prev_space = c.is_whitespace();
    }
    out.push((
        label,
        strong,
        text[value_start.min(text.len())..].trim().to_owned(),
    ));
    Some(out)
}

/// Where the value starts when a colon follows byte `at` (white space allowed before it).
fn colon_after(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let trimmed = rest.trim_start();
    let value = trimmed.strip_prefix(['：', ':'])?;
    Some(text.len() - value.len())
}

/// An item of a possible metadata block: a leaf block element (no block inside).
fn is_item(dom: &Dom, stats: &Stats, id: NodeId) -> bool {
    let Some(el) = dom.element(id) else {
        return false;
    };
    if !stats.is_block(id) || el.is(&local_name!("table")) || el.is(&local_name!("tr")) {
        return false;
    }
    !dom.descendants(id)
        .skip(1)
        .any(|d| stats.is_block(d) && !stats.is_hidden(d))
}

fn metadata_block(dom: &Dom, stats: &Stats, facts: &mut PageFacts) {
    let Some(body) = dom.find(Dom::ROOT, &local_name!("body")) else {
        return;
    };
    // Items grouped by their parent (cells by their row's table), in page order.
    let mut groups: Vec<(NodeId, Vec<NodeId>)> = Vec::new();
    let mut cur = body;
    while cur != NONE {
        if stats.is_hidden(cur) {
            cur = dom.next_skipping(cur, body);
            continue;
        }
        if is_item(dom, stats, cur) && stats.text.get(cur as usize).is_some_and(|&n| n <= 200) {
            let cell = dom
                .element(cur)
                .is_some_and(|e| e.is(&local_name!("td")) || e.is(&local_name!("th")));
            let mut group = dom.parent(cur);
            if cell {
                // td → tr → tbody → table
                while group != NONE
                    && !dom
                        .element(group)
                        .is_some_and(|e| e.is(&local_name!("table")))
                {
                    group = dom.parent(group);
                }
            }
            match groups.last_mut() {
                Some((g, items)) if *g == group => items.push(cur),
                _ => groups.push((group, vec![cur])),
            }
            cur = dom.next_skipping(cur, body);
            continue;
        }
        cur = match dom.node(cur) {
            Some(n) if n.first != NONE => n.first,
            _ => dom.next_skipping(cur, body),
        };
    }
    for (_, items) in groups {
        read_group(dom, stats, &items, facts);
    }
}

fn read_group(dom: &Dom, stats: &Stats, items: &[NodeId], facts: &mut PageFacts) {
    let texts: Vec<String> = items
        .iter()
        .map(|&id| collapse(&visible_text(dom, stats, id)))
        .collect();
    // (item, label, strong, value, value item)
    let mut found: Vec<(NodeId, &'static str, bool, String, Option<NodeId>)> = Vec::new();
    let mut k = 0;
    while k < items.len() {
        let Some(ps) = pairs(&texts[k]) else {
            k += 1;
            continue;
        };
        if ps.len() == 1 && ps[0].2.is_empty() {
            // A label alone: its value is the next item, unless that is a label too.
            let (label, strong, _) = ps[0].clone();
            match texts.get(k + 1) {
                Some(next) if pairs(next).is_none() && next.chars().count() <= 100 => {
                    found.push((items[k], label, strong, next.clone(), Some(items[k + 1])));
                    k += 2;
                }
                // An empty value: the label is still part of the block.
                _ => {
                    found.push((items[k], label, strong, String::new(), None));
                    k += 1;
                }
            }
            continue;
        }
        for (label, strong, value) in ps {
            found.push((items[k], label, strong, value, None));
        }
        k += 1;
    }
    let strong = found.iter().filter(|f| f.2).count();
    let used: std::collections::BTreeSet<NodeId> = found
        .iter()
        .flat_map(|f| std::iter::once(f.0).chain(f.4))
        .collect();
    let nonempty = texts.iter().filter(|t| !t.is_empty()).count();
    if strong < 2 || used.len() * 2 < nonempty {
        return;
    }
    if found
        .iter()
        .any(|f| f.3.chars().count() > 100 || f.3.contains('。'))
    {
        return;
    }
    for (item, label, _, value, value_item) in &found {
        let mut meta_loc = Loc::block(0).with_offset(dom.offset(*item));
        if let Some((row, col)) = cell_position(dom, *item) {
            meta_loc = meta_loc.with_cell(row, col);
        }
        if !value.is_empty() {
            facts.metas.push(Meta {
                key: (*label).to_owned(),
                value: value.clone(),
                loc: meta_loc,
            });
        }
        for id in std::iter::once(*item).chain(*value_item) {
            if let Some(c) = facts.consumed.get_mut(id as usize) {
                *c = true;
            }
        }
    }
}

/// Row and column (counting cells, not spans) of a table cell.
fn cell_position(dom: &Dom, id: NodeId) -> Option<(u32, u32)> {
    let el = dom.element(id)?;
    if !(el.is(&local_name!("td")) || el.is(&local_name!("th"))) {
        return None;
    }
    let tr = dom.parent(id);
    let col = dom
        .children(tr)
        .take_while(|&c| c != id)
        .filter(|&c| dom.element(c).is_some())
        .count();
    let group = dom.parent(tr);
    let row = dom
        .children(group)
        .take_while(|&c| c != tr)
        .filter(|&c| dom.element(c).is_some_and(|e| e.is(&local_name!("tr"))))
        .count();
    Some((u32::try_from(row).ok()?, u32::try_from(col).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_value_pairs() {
        type Case<'a> = (&'a str, Option<&'a [(&'a str, &'a str)]>);
        let cases: &[Case<'_>] = &[
            ("索 引 号：PZ001-2024", Some(&[("索引号", "PZ001-2024")])),
            (
                "索引号: A 发布机构：某县水务局",
                Some(&[("索引号", "A"), ("发布机构", "某县水务局")]),
            ),
            ("成文日期", Some(&[("成文日期", "")])),
            ("发文字号：", Some(&[("发文字号", "")])),
            (
                "标题：关于做好 防汛 工作的通知",
                Some(&[("标题", "关于做好 防汛 工作的通知")]),
            ),
            ("索引号以外的文字", None),
            ("各单位：", None),
        ];
        for (text, want) in cases {
            let got = pairs(text).map(|ps| {
                ps.into_iter()
                    .map(|(l, _, v)| (l.to_owned(), v))
                    .collect::<Vec<_>>()
            });
            let want = want.map(|w| {
                w.iter()
                    .map(|(l, v)| ((*l).to_owned(), (*v).to_owned()))
                    .collect::<Vec<_>>()
            });
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn site_name_cut() {
        assert_eq!(
            site_cut("关于防汛的通知_政策文件_柏岩县人民政府"),
            "关于防汛的通知"
        );
        assert_eq!(
            site_cut("关于防汛的通知 - 柏岩县人民政府"),
            "关于防汛的通知"
        );
        assert_eq!(
            site_cut("柏岩县人民政府办公室关于防汛的通知--柏岩县人民政府网"),
            "柏岩县人民政府办公室关于防汛的通知"
        );
        assert_eq!(site_cut("关于防汛的通知"), "关于防汛的通知");
    }
}
