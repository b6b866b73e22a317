//! Text saved from government websites: the metadata block (索引号, 发布机构, 成文日期,
//! 发文字号 … as label/value lines, labels and values on alternating lines, or a table) and
//! the page chrome around the document (当前位置, 打印本页, 关闭窗口, 分享到 …).
//!
//! The filter sees every block once, in document order, before any structuring, and must
//! decide on the spot. It is strict so that it never eats the document's own text:
//! - Only short lines (at most [`MAX_LINE`] characters), made only of known labels and
//!   chrome phrases; what one line is, is read by [`crate::filter::web_lines`]. A line is
//!   chrome when it is a breadcrumb (当前位置：…, 首页 > …, steps between >> arrows), when
//!   every word of it is a chrome phrase (【打印本页】【关闭窗口】, 字号：大 中 小, 分享到：微信
//!   微博, 政务微信, 登录 | 注册), when it is the site's name (with its address and pairs
//!   after it), or when it is `label：value` pairs with chrome labels only (来源：…,
//!   浏览次数：…). "来源于…" (no colon) or a sentence that mentions 打印 is never chrome.
//!   Above the document only: a time stamp with its publisher ("2023-01-05 10:00
//!   区人民政府办公室"), a document-sharing site's file name and a line repeating it.
//! - Metadata is `label：value` pairs (several may share a line, separated by spaces; labels
//!   may carry stray spaces, "索 引 号"), a label alone on a line with its value on the next,
//!   or a table of label / value cells. A line is metadata when it holds two labels or more,
//!   when it continues a metadata block, when it is at the very top of the page, or when its
//!   label is one that only websites print (索引号, 发布机构, 成文日期, 有效性 …); weak labels
//!   that a document might print itself (标题, 名称, 文号, 主题词 …) need one of the others.
//! - Nothing is taken as metadata once ordinary running text has been seen (a sentence, a
//!   long line, a numbered item, the 主送机关 line): only whole chrome lines are still
//!   dropped then (the 【打印】【关闭】 at the end of a page), and not 来源：… lines, which a
//!   document may print under a table.

use std::collections::BTreeMap;

use gongwen_blocks::{Block, Meta, Table};
use gongwen_model::{Diagnostic, DiagnosticCode, Level, Loc};

use crate::filter::para::Para;
use crate::filter::web_lines::{
    Line, MAX_LINE, MAX_VALUE, bare_pair_in_block, chrome_value_line, classify, ends_like_title,
    is_running_text, is_strong, is_value, label_at, label_only, pair_line, top_only,
};
use crate::lex::chrome::LINK_LISTS;
use crate::lex::meta::{self, HeaderField};
use crate::parse::doc_number::is_whole_doc_number;
use crate::parse::number::Number;
use crate::text::at::At;
use crate::text::chars::{is_organ_name, is_space, squeeze};

/// What the website block told, and where.
#[derive(Debug, Default)]
pub(crate) struct Web {
    /// Label (without spaces) → value.
    pub metadata: BTreeMap<String, String>,
    /// Where the first metadata entry was found.
    pub loc: Option<Loc>,
    /// Where each entry was found, by the same label as `metadata`: the pair's line, the
    /// label line through the value line, or the label's table cell.
    pub locs: BTreeMap<String, Loc>,
}

impl Web {
    /// The value of the first key for `field` that the metadata holds (in the lexicon's
    /// order), and where it was found.
    pub fn get(&self, field: HeaderField) -> Option<At<&str>> {
        meta::keys_of(field).find_map(|k| {
            let value = self.metadata.get(k)?;
            let loc = self.locs.get(k).copied().or(self.loc)?;
            Some(At::new(value.as_str(), loc))
        })
    }
}

/// Consumes web chrome and metadata paragraphs and tables while the structurer walks the
/// blocks, so that they never reach the body.
#[derive(Debug)]
pub(crate) struct WebFilter {
    web: Web,
    /// No paragraph or table other than chrome has been seen yet.
    at_top: bool,
    /// The last block seen was metadata.
    in_block: bool,
    /// Ordinary running text has been seen: no more metadata.
    body_started: bool,
    /// A label alone on its line, waiting for its value on the next.
    pending: Option<At<&'static str>>,
    /// A chrome label alone on its line ("来源："): its value on the next is dropped too.
    pending_chrome: Option<&'static str>,
    /// The names of files a document-sharing site showed (white space removed, without
    /// their extensions): a line repeating one above the document is the site's too.
    files: Vec<String>,
    /// Under a list of links ("相关附件：", "相关解读："): every line up to a blank one is
    /// a link's title, the site's.
    in_links: bool,
}

impl Default for WebFilter {
    fn default() -> Self {
        WebFilter {
            web: Web::default(),
            at_top: true,
            in_block: false,
            body_started: false,
            pending: None,
            pending_chrome: None,
            files: Vec::new(),
            in_links: false,
        }
    }
}

impl WebFilter {
    /// True when `p` is chrome or metadata (and was consumed). `after`: the blocks that
    /// follow it, looked at only when a weak label alone may open a block.
    pub fn take_paragraph(
        &mut self,
        p: &Para<'_>,
        after: &[Block],
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        let text = p.text().trim_matches(is_space);
        if text.is_empty() {
            return false;
        }
        if self.in_links {
            if p.hints.blank_lines_before == 0 && classify(text).is_none() {
                diags.push(chrome_dropped(text, p.loc));
                return true;
            }
            self.in_links = false;
        }
        let labelled = p.label().is_some();
        // Pieces of chrome or metadata printed with pipes between them ("发布时间：2024-03-28
        // | 来源：县司法局 | 浏览量：2178") read as pieces between white space.
        let unpiped;
        let pieces = if text.contains(['|', '｜']) {
            unpiped = text.replace(['|', '｜'], "　");
            unpiped.as_str()
        } else {
            text
        };
        let mut line = classify(pieces);
        if let Some(At { value: label, loc }) = self.pending.take() {
            // A time stamp is a value too ("发布时间：" above "2024-05-22 09:30").
            let plain = matches!(line, None | Some(Line::TopChrome));
            // A label left empty above the title ("发布机构：" then "…关于…的通知") keeps it.
            let title =
                text.contains("关于") && !meta::keys_of(HeaderField::Title).any(|k| k == label);
            if plain && !title && is_value(text, labelled) {
                self.record(label, text, loc.through(p.loc));
                self.in_block = true;
                return true;
            }
        }
        // A 发文字号 on its own line is the document's, never a chrome label's value
        // ("分享到：" above "枞政办〔2025〕11号").
        if let Some(label) = self.pending_chrome.take()
            && line.is_none()
            && is_value(text, labelled)
            && chrome_value_line(label, text)
            && !is_whole_doc_number(text)
        {
            diags.push(chrome_dropped(text, p.loc));
            return true;
        }
        if line.is_none() && self.in_block && !self.body_started {
            line = bare_pair_in_block(text);
        }
        match line {
            Some(Line::Chrome) => {
                diags.push(chrome_dropped(text, p.loc));
                return true;
            }
            Some(Line::ChromeLabel(label)) if !self.body_started || !top_only(label) => {
                diags.push(chrome_dropped(text, p.loc));
                if !self.body_started {
                    self.pending_chrome = Some(label);
                }
                // Only under the text: a list of links above it is one line of chrome each.
                self.in_links = self.body_started && LINK_LISTS.contains(&label);
                return true;
            }
            Some(Line::TopChrome) if !self.body_started => {
                diags.push(chrome_dropped(text, p.loc));
                return true;
            }
            Some(Line::File(stem)) if !self.body_started => {
                diags.push(chrome_dropped(text, p.loc));
                self.files.push(stem);
                return true;
            }
            Some(Line::Pairs {
                meta,
                chrome,
                top_only,
            }) => {
                let allowed = if self.body_started {
                    meta.is_empty() && !top_only
                } else {
                    // A weak key among chrome labels is the page's too ("时间：… 浏览次数：…
                    // 信息来源：…").
                    meta.len() >= 2
                        || meta.is_empty()
                        || chrome > 0
                        || self.in_block
                        || self.at_top
                        || meta.iter().any(|(l, _)| is_strong(l))
                        || meta.iter().any(|(l, v)| is_number_pair(l, v))
                };
                if allowed {
                    for (label, value) in &meta {
                        self.record(label, value, p.loc);
                    }
                    if chrome > 0 {
                        diags.push(chrome_dropped(text, p.loc));
                    }
                    if !meta.is_empty() {
                        self.in_block = true;
                    }
                    return true;
                }
            }
            Some(Line::Label(label))
                if !self.body_started
                    && (self.in_block
                        || self.at_top
                        || is_strong(label)
                        || value_then_metadata(after)) =>
            {
                self.pending = Some(At::new(label, p.loc));
                self.in_block = true;
                return true;
            }
            Some(_) => {}
            // A line repeating the file's name over the document's own title is the
            // site's; one over the text (a table's header) is the title itself (a file named
            // after it).
            None if !self.body_started
                && self.repeats_file_name(text)
                && next_text(after).is_some_and(ends_like_title) =>
            {
                diags.push(chrome_dropped(text, p.loc));
                return true;
            }
            // The site's name over its top bar or breadcrumb ("清漳县人民政府" above "首页 >
            // 政务公开 > …"): the page's, not a title's first line.
            None if self.at_top && is_organ_name(&squeeze(text)) && chrome_next(after) => {
                diags.push(chrome_dropped(text, p.loc));
                return true;
            }
            None => {}
        }
        self.at_top = false;
        self.in_block = false;
        if is_running_text(text, labelled) {
            self.body_started = true;
        }
        false
    }

    /// How many of the first rows of `t` are metadata (and were consumed): all of them for
    /// a metadata table, some for a pipe copy that runs the metadata rows straight into a
    /// task table ("索引号 | … |" rows, then "序号 | 实事项目 | …"), none otherwise.
    pub fn take_table(&mut self, t: &Table, _diags: &mut Vec<Diagnostic>) -> usize {
        self.pending = None;
        let entries = if self.body_started {
            None
        } else {
            table_entries(t)
        };
        match entries {
            Some((rows, entries))
                if entries.len() >= 2
                    || (self.at_top && !entries.is_empty() && rows == t.rows.len()) =>
            {
                for (label, value) in entries {
                    self.record(label, value.value, value.loc);
                }
                self.in_block = rows == t.rows.len();
                if !self.in_block {
                    self.at_top = false;
                }
                rows
            }
            _ => {
                self.at_top = false;
                self.in_block = false;
                0
            }
        }
    }

    /// A fact the file states about itself (an HTML `<meta>`), filed under its own key.
    pub fn take_meta(&mut self, m: &Meta) {
        let key: String = m.key.chars().filter(|c| !is_space(*c)).collect();
        if !key.is_empty() {
            self.record(&key, &m.value, m.loc);
        }
    }

    /// A line naming a file the site showed ("潍坊工作要点实施方案" under
    /// "潍坊工作要点实施方案.docx").
    fn repeats_file_name(&self, text: &str) -> bool {
        !self.files.is_empty() && {
            let t = squeeze(text);
            self.files.iter().any(|f| *f == t)
        }
    }

    /// What was collected.
    pub fn finish(self) -> Web {
        self.web
    }

    fn record(&mut self, label: &str, value: &str, loc: Loc) {
        let value = value.trim_matches(is_space);
        if value.is_empty() {
            return;
        }
        self.web.loc.get_or_insert(loc);
        // The first value of a label wins, and so does its location.
        if !self.web.metadata.contains_key(label) {
            self.web.metadata.insert(label.to_owned(), value.to_owned());
            self.web.locs.insert(label.to_owned(), loc);
        }
    }
}

/// The next paragraph's text, when paragraphs follow (none when a table comes first).
fn next_text(after: &[Block]) -> Option<&str> {
    after
        .iter()
        .map_while(|b| match b {
            Block::Paragraph(p) => Some(p.text.trim_matches(is_space)),
            _ => None,
        })
        .find(|t| !t.is_empty())
}

/// The next line with text is page chrome (a top bar, a breadcrumb).
fn chrome_next(after: &[Block]) -> bool {
    next_text(after).is_some_and(|t| {
        let unpiped = t.replace(['|', '｜'], "　");
        classify(&unpiped) == Some(Line::Chrome)
    })
}

/// The two lines after a weak label alone below the title ("信息来源："): its value, then a
/// metadata line or a chrome label alone ("县政府办公室", "公开日期：" or "来源："). Then the
/// label opens a metadata block; a document's own line would not be followed so.
fn value_then_metadata(after: &[Block]) -> bool {
    let mut lines = after
        .iter()
        .map_while(|b| match b {
            Block::Paragraph(p) => Some(Some(p.text.trim_matches(is_space))),
            Block::Meta(_) => Some(None),
            Block::Table(_) => None,
        })
        .flatten()
        .filter(|t| !t.is_empty());
    let (Some(value), Some(next)) = (lines.next(), lines.next()) else {
        return false;
    };
    let labelled = Number::read(value).is_some_and(|n| n.is_item());
    classify(value).is_none()
        && is_value(value, labelled)
        && match classify(next) {
            Some(Line::Label(_) | Line::ChromeLabel(_)) => true,
            Some(Line::Pairs { meta, .. }) => !meta.is_empty(),
            _ => false,
        }
}

fn chrome_dropped(text: &str, loc: Loc) -> Diagnostic {
    // White space collapsed, so that U+3000 runs read as one space in the message.
    let shown: String = text
        .split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(30)
        .collect::<String>()
        .trim_end()
        .to_owned();
    Diagnostic::new(
        Level::Info,
        DiagnosticCode::PageChromeDropped,
        format!("web page chrome dropped: {shown:?}"),
    )
    .with_loc(loc)
}

// ---------------------------------------------------------------------------------------
// Tables.

/// The entries of a table made only of metadata labels and their values: cells
/// "label | value | label | value" or "label：value" cells. None when any cell is
/// something else.
/// A metadata entry of a table: its label, its value and the cell.
type Entry<'t> = (&'static str, At<&'t str>);

/// The metadata entries of the first rows of `t` that hold nothing else, and how many rows
/// that is (at least one). A table whose first row is not metadata gives `None`; one that
/// is all metadata must be short.
fn table_entries(t: &Table) -> Option<(usize, Vec<Entry<'_>>)> {
    let mut rows = 0;
    let mut entries = Vec::new();
    for row in &t.rows {
        match row_entries(row) {
            Some(found) if rows < 20 => {
                entries.extend(found);
                rows += 1;
            }
            _ => break,
        }
    }
    if rows == 0 || (rows == t.rows.len() && rows > 20) {
        return None;
    }
    // The rows left are pairs whose labels the lexicon does not know ("征求期限 |
    // 2025-09-03至… | 状态 | 已结束"): the metadata table's too, when they end it.
    if rows < t.rows.len() && t.rows[rows..].iter().all(unknown_pairs) {
        rows = t.rows.len();
    }
    Some((rows, entries))
}

/// A row of label / value pairs, each label short and of ideographs ("状态 | 已结束").
fn unknown_pairs(row: &gongwen_blocks::Row) -> bool {
    let cells: Vec<&str> = row
        .cells
        .iter()
        .map(|c| c.text.trim_matches(is_space))
        .collect();
    !cells.is_empty()
        && cells.len().is_multiple_of(2)
        && cells.chunks(2).all(|pair| {
            is_short_label(pair[0].trim_end_matches(['：', ':']))
                && pair[1].chars().count() <= MAX_VALUE
        })
}

/// The entries of one metadata row: label and value cells, or cells holding pairs.
fn row_entries(row: &gongwen_blocks::Row) -> Option<Vec<Entry<'_>>> {
    let mut entries = Vec::new();
    let cells: Vec<&gongwen_blocks::Cell> = row
        .cells
        .iter()
        .filter(|c| !c.text.trim_matches(is_space).is_empty())
        .collect();
    let mut k = 0;
    while k < cells.len() {
        let cell = cells[k];
        let text = cell.text.trim_matches(is_space);
        if text.chars().count() > MAX_LINE {
            return None;
        }
        // A label cell ("标题：") takes the next cell as its value; a cell holding whole
        // pairs ("索引号：001 发布机构：X") stands alone.
        match label_only(text).map_or_else(|| pair_line(text, false), |_| None) {
            Some(Line::Pairs {
                meta, chrome: 0, ..
            }) => {
                entries.extend(meta.into_iter().map(|(l, v)| (l, At::new(v, cell.loc))));
                k += 1;
                continue;
            }
            Some(_) => return None,
            None => {}
        }
        let Some(label) = label_only(text) else {
            // A label the lexicon does not know, beside known ones ("文号：| X | 是否有效：|
            // 有效"): its value is skipped with it; the row is still metadata.
            if !entries.is_empty() && is_unknown_label(text) {
                k += 2;
                continue;
            }
            return None;
        };
        // The value is the next cell, unless that is another label (an empty value).
        match cells.get(k + 1) {
            Some(next)
                if label_only(&next.text).is_none()
                    && label_at(next.text.trim_matches(is_space), 0, false).is_none() =>
            {
                let value = next.text.trim_matches(is_space);
                if value.chars().count() > MAX_VALUE {
                    return None;
                }
                entries.push((label, At::new(value, cell.loc)));
                k += 2;
            }
            _ => k += 1,
        }
    }
    (!entries.is_empty() || cells.is_empty()).then_some(entries)
}

/// A short cell ending with a colon ("是否有效："): a label, if not one the lexicon knows.
fn is_unknown_label(text: &str) -> bool {
    squeeze(text)
        .strip_suffix(['：', ':'])
        .is_some_and(is_short_label)
}

/// A label the lexicon may not know: two to six ideographs ("是否有效", "状态").
fn is_short_label(label: &str) -> bool {
    /// Longest such label (characters).
    const MAX_LABEL: usize = 6;
    let n = label.chars().count();
    (2..=MAX_LABEL).contains(&n) && label.chars().all(|c| c > '\u{2E80}')
}

/// "文号：杞政办〔2019〕21号" alone under the title: a weak key that fills the document
/// number, whose whole value is one, is the page's metadata (a document prints its number
/// on a line of its own, never behind such a label).
fn is_number_pair(label: &str, value: &str) -> bool {
    meta::printed().any(|k| k.key == label && k.fills == Some(HeaderField::DocNumber))
        && is_whole_doc_number(value)
}

#[cfg(test)]
mod tests {
    use gongwen_blocks::{Cell, Row};

    use super::*;

    /// Line `i`, as the filter is given it.
    fn para(i: usize, text: &str) -> Para<'static> {
        static HINTS: std::sync::OnceLock<gongwen_blocks::Hints> = std::sync::OnceLock::new();
        let n = u32::try_from(i).unwrap_or(0);
        let hints = HINTS.get_or_init(gongwen_blocks::Hints::default);
        Para::new(text.to_owned(), Loc::lines(n, Some(n + 1), None), hints)
    }

    /// Runs the filter over `lines`; returns the lines kept, the metadata and the number of
    /// chrome diagnostics.
    fn run(lines: &[&str]) -> (Vec<String>, BTreeMap<String, String>, usize) {
        let mut filter = WebFilter::default();
        let mut diags = Vec::new();
        let blocks: Vec<Block> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let n = u32::try_from(i).unwrap_or(0);
                Block::Paragraph(gongwen_blocks::Paragraph {
                    text: (*t).to_owned(),
                    loc: Loc::lines(n, Some(n + 1), None),
                    ..Default::default()
                })
            })
            .collect();
        let mut kept = Vec::new();
        for (i, block) in blocks.iter().enumerate() {
            if let Block::Paragraph(p) = block {
                let para = Para::from_block(p);
                if !filter.take_paragraph(&para, &blocks[i + 1..], &mut diags) {
                    kept.push(p.text.clone());
                }
            }
        }
        let chrome = diags
            .iter()
            .filter(|d| d.code == DiagnosticCode::PageChromeDropped)
            .count();
        (kept, filter.finish().metadata, chrome)
    }

    fn meta(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    const TITLE: &str = "平阴县人民政府办公室关于做好2024年防汛工作的通知";
    const RECIPIENTS: &str = "各镇人民政府，各街道办事处，县政府各部门：";
    const BODY: &str = "为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。";

    #[test]
    fn lines() {
        // (lines, lines kept, metadata, chrome diagnostics)
        type Case<'a> = (
            &'a [&'a str],
            &'a [&'a str],
            &'a [(&'a str, &'a str)],
            usize,
        );
        let cases: &[Case<'_>] = &[
            // 1. Label/value pairs, several to a line, stray spaces in labels.
            (
                &[
                    "索 引 号：11370124MB28542XXX/2024-00031　　发布机构：平阴县人民政府办公室",
                    "主题分类：城乡建设、环境保护　　成文日期：2024年05月20日",
                    "发文字号：平政办字〔2024〕11号　　有 效 性：有效",
                    TITLE,
                ],
                &[TITLE],
                &[
                    ("索引号", "11370124MB28542XXX/2024-00031"),
                    ("发布机构", "平阴县人民政府办公室"),
                    ("主题分类", "城乡建设、环境保护"),
                    ("成文日期", "2024年05月20日"),
                    ("发文字号", "平政办字〔2024〕11号"),
                    ("有效性", "有效"),
                ],
                0,
            ),
            // 2. Breadcrumbs and the font-size bar above the title.
            (
                &[
                    "当前位置：首页 > 政务公开 > 政策文件",
                    "首页 > 信息公开 > 通知公告",
                    "【字体：大 中 小】　打印本页　关闭窗口",
                    "字号：大 中 小",
                    TITLE,
                ],
                &[TITLE],
                &[],
                4,
            ),
            // 3. Label and value on alternating lines.
            (
                &[
                    "索引号",
                    "11370124MB28542XXX/2024-00031",
                    "发文机关",
                    "平阴县人民政府办公室",
                    "成文日期",
                    "2024年05月20日",
                    TITLE,
                    BODY,
                ],
                &[TITLE, BODY],
                &[
                    ("索引号", "11370124MB28542XXX/2024-00031"),
                    ("发文机关", "平阴县人民政府办公室"),
                    ("成文日期", "2024年05月20日"),
                ],
                0,
            ),
            // 4. Chrome at the end of the page, after the body.
            (
                &[
                    TITLE,
                    RECIPIENTS,
                    BODY,
                    "【打印本页】【关闭窗口】",
                    "扫一扫在手机打开当前页",
                    "分享到：微信 微博 QQ空间",
                ],
                &[TITLE, RECIPIENTS, BODY],
                &[],
                3,
            ),
            // 5. Metadata after the body started is the document's own text.
            (
                &[TITLE, RECIPIENTS, BODY, "主题词：防汛　通知", "索引号：123"],
                &[TITLE, RECIPIENTS, BODY, "主题词：防汛　通知", "索引号：123"],
                &[],
                0,
            ),
            // 6. Body text starting with 来源于, a sentence mentioning 打印.
            (
                &[
                    TITLE,
                    "来源于群众的意见建议要及时办理",
                    "各单位要将本通知打印后张贴在显著位置。",
                    "打印",
                ],
                &[
                    TITLE,
                    "来源于群众的意见建议要及时办理",
                    "各单位要将本通知打印后张贴在显著位置。",
                ],
                &[],
                1,
            ),
            // 7. 来源 / 发布时间 / 浏览次数 under the title: chrome with metadata kept.
            (
                &[
                    TITLE,
                    "发布时间：2024-05-22 09:30:12　来源：平阴县人民政府办公室　浏览次数：1268",
                    RECIPIENTS,
                ],
                &[TITLE, RECIPIENTS],
                &[("发布时间", "2024-05-22 09:30:12")],
                1,
            ),
            // 8. A weak label alone after the title is not taken.
            (
                &[TITLE, "标题：关于做好防汛工作的通知", RECIPIENTS],
                &[TITLE, "标题：关于做好防汛工作的通知", RECIPIENTS],
                &[],
                0,
            ),
            // 9. A weak label in a block opened by a strong one is taken.
            (
                &[
                    TITLE,
                    "成文日期：2024年05月20日",
                    "主题词：防汛　通知",
                    BODY,
                ],
                &[TITLE, BODY],
                &[("成文日期", "2024年05月20日"), ("主题词", "防汛　通知")],
                0,
            ),
            // 10. A weak label at the very top is taken.
            (
                &["标题：关于做好防汛工作的通知", TITLE],
                &[TITLE],
                &[("标题", "关于做好防汛工作的通知")],
                0,
            ),
            // 11. A 来源：line in the body (under a table) stays.
            (
                &[TITLE, BODY, "来源：县统计局"],
                &[TITLE, BODY, "来源：县统计局"],
                &[],
                0,
            ),
            // 12. Reading aloud, eye-protection colours, view counts.
            (
                &["朗读", "视力保护色：", "浏览量：2356次", TITLE],
                &[TITLE],
                &[],
                3,
            ),
            // 13. 字号 with a document number is metadata, not the font-size bar.
            (
                &["字号：平政办字〔2024〕11号", "发布日期：2024-05-22", TITLE],
                &[TITLE],
                &[("字号", "平政办字〔2024〕11号"), ("发布日期", "2024-05-22")],
                0,
            ),
            // 14. A numbered item and a sentence with a colon are never labels.
            (
                &[TITLE, "一、发布机构：县应急局负责统一发布汛情信息。", BODY],
                &[TITLE, "一、发布机构：县应急局负责统一发布汛情信息。", BODY],
                &[],
                0,
            ),
            // 15. A label line whose next line is a sentence: the value is not taken.
            (&["发布机构", BODY], &[BODY], &[], 0),
            // 16. A long line mentioning a label is running text.
            (
                &[
                    "成文日期：以签发日期为准，各单位在报送材料时应当注明成文日期和发文字号，不得遗漏，逾期不报的视为放弃，请各单位认真对照执行并及时反馈。",
                    TITLE,
                ],
                &[
                    "成文日期：以签发日期为准，各单位在报送材料时应当注明成文日期和发文字号，不得遗漏，逾期不报的视为放弃，请各单位认真对照执行并及时反馈。",
                    TITLE,
                ],
                &[],
                0,
            ),
            // 17. 返回顶部 / 上一篇 / 下一篇 at the bottom.
            (
                &[
                    TITLE,
                    BODY,
                    "上一篇：关于开展安全生产大检查的通知",
                    "下一篇：关于做好森林防火工作的通知",
                    "返回顶部",
                ],
                &[TITLE, BODY],
                &[],
                3,
            ),
            // 18. The site's name above the page.
            (
                &["松岚县人民政府门户网站", "首页 » 政务公开", TITLE],
                &[TITLE],
                &[],
                2,
            ),
            // 19. 当前位置 in a sentence is not a breadcrumb.
            (
                &[TITLE, "当前位置不利于开展工作"],
                &[TITLE, "当前位置不利于开展工作"],
                &[],
                0,
            ),
            // 20. 公开属性 and 公开类型 are metadata keys like 公开方式.
            (
                &["公开属性：主动公开", "公开类型：依申请公开", TITLE],
                &[TITLE],
                &[("公开属性", "主动公开"), ("公开类型", "依申请公开")],
                0,
            ),
            // 21. … but not in the document's own text.
            (
                &[TITLE, BODY, "公开属性：主动公开"],
                &[TITLE, BODY, "公开属性：主动公开"],
                &[],
                0,
            ),
            // 22. Labels alone with their colons, values on the next lines, below the
            //     title: a weak label opens the block when metadata follows its value.
            (
                &[
                    TITLE,
                    "信息来源：",
                    "县水务局",
                    "发布日期：",
                    "2024-05-22",
                    "文　　号：",
                    "平政办字〔2024〕11号",
                    RECIPIENTS,
                ],
                &[TITLE, RECIPIENTS],
                &[
                    ("信息来源", "县水务局"),
                    ("发布日期", "2024-05-22"),
                    ("文号", "平政办字〔2024〕11号"),
                ],
                0,
            ),
            // 23. … but not when the document's text follows the value.
            (
                &[TITLE, "关键词：", "防汛", BODY],
                &[TITLE, "关键词：", "防汛", BODY],
                &[],
                0,
            ),
            // 24. TAB-separated pairs without colons; inside the block one weak label
            //     is enough.
            (
                &[
                    "索引号\t11370124MB28542XXX/2024-00031\t信息分类\t政府文件",
                    "文号\t平政办字〔2024〕11号\t时效\t有效",
                    "名称\t平阴县人民政府办公室关于做好2024年防汛工作的通知",
                    TITLE,
                    RECIPIENTS,
                ],
                &[TITLE, RECIPIENTS],
                &[
                    ("索引号", "11370124MB28542XXX/2024-00031"),
                    ("信息分类", "政府文件"),
                    ("文号", "平政办字〔2024〕11号"),
                    ("时效", "有效"),
                    ("名称", "平阴县人民政府办公室关于做好2024年防汛工作的通知"),
                ],
                0,
            ),
            // 25. … and outside a block it is not.
            (
                &[TITLE, "名称\t平阴县防汛抗旱指挥部", BODY],
                &[TITLE, "名称\t平阴县防汛抗旱指挥部", BODY],
                &[],
                0,
            ),
            // 26. A chrome label alone, its value on the next line: both are the page's.
            (
                &[
                    TITLE,
                    "来源：",
                    "平阴县水务局",
                    "发布时间：",
                    "2024-05-22 09:30",
                    "浏览次数：",
                    "1268",
                    RECIPIENTS,
                ],
                &[TITLE, RECIPIENTS],
                &[("发布时间", "2024-05-22 09:30")],
                4,
            ),
            // 27. … but a sentence is no value, and after the body a 来源 line is the
            //     document's.
            (
                &[TITLE, "来源：", BODY, "来源：", "县统计局"],
                &[TITLE, BODY, "来源：", "县统计局"],
                &[],
                1,
            ),
            // 28. A chrome label left empty above the title: the title stays.
            (&["来源：", TITLE, RECIPIENTS], &[TITLE, RECIPIENTS], &[], 1),
            // 29. … and so does a metadata label left empty.
            (
                &["索引号：001/2025-00003", "发布机构：", TITLE, RECIPIENTS],
                &[TITLE, RECIPIENTS],
                &[("索引号", "001/2025-00003")],
                0,
            ),
            // 30. A weak label alone whose value a chrome label alone follows.
            (
                &[
                    TITLE,
                    "信息来源：",
                    "县水务局",
                    "来源：",
                    "县应急局",
                    RECIPIENTS,
                ],
                &[TITLE, RECIPIENTS],
                &[("信息来源", "县水务局")],
                2,
            ),
        ];
        for (i, (lines, kept, want, chrome)) in cases.iter().enumerate() {
            let (got_kept, got_meta, got_chrome) = run(lines);
            assert_eq!(got_kept, kept.to_vec(), "case {}: kept", i + 1);
            assert_eq!(got_meta, meta(want), "case {}: metadata", i + 1);
            assert_eq!(got_chrome, *chrome, "case {}: chrome", i + 1);
        }
    }

    fn table(rows: &[&[&str]]) -> Table {
        Table {
            rows: rows
                .iter()
                .enumerate()
                .map(|(r, cells)| Row {
                    cells: cells
                        .iter()
                        .enumerate()
                        .map(|(c, t)| Cell {
                            text: (*t).to_owned(),
                            col: u32::try_from(c).unwrap_or(0),
                            row_span: 1,
                            col_span: 1,
                            // As the readers give it: the cell's row and grid column.
                            loc: Loc::block(0).with_cell(
                                u32::try_from(r).unwrap_or(u32::MAX),
                                u32::try_from(c).unwrap_or(u32::MAX),
                            ),
                        })
                        .collect(),
                    repeat_header: false,
                    loc: Loc::block(0).with_row(u32::try_from(r).unwrap_or(u32::MAX)),
                })
                .collect(),
            loc: Loc::block(0),
        }
    }

    #[test]
    fn tables() {
        let mut diags = Vec::new();
        // Label | value | label | value.
        let mut f = WebFilter::default();
        let t = table(&[
            &[
                "索 引 号",
                "11370124MB28542XXX/2024-00031",
                "主题分类",
                "城乡建设",
            ],
            &["发文机关", "平阴县人民政府", "成文日期", "2024年05月20日"],
            &[
                "标　　题",
                "平阴县人民政府关于加强城市供水管理的通知",
                "",
                "",
            ],
            &[
                "发文字号",
                "平政发〔2024〕5号",
                "发布日期",
                "2024年05月22日",
            ],
        ]);
        assert_eq!(f.take_table(&t, &mut diags), t.rows.len());
        let m = f.finish().metadata;
        assert_eq!(
            m.get("索引号").map(String::as_str),
            Some("11370124MB28542XXX/2024-00031")
        );
        assert_eq!(
            m.get("标题").map(String::as_str),
            Some("平阴县人民政府关于加强城市供水管理的通知")
        );
        assert_eq!(
            m.get("发文字号").map(String::as_str),
            Some("平政发〔2024〕5号")
        );
        assert_eq!(m.len(), 7);

        // "label：value" cells.
        let mut f = WebFilter::default();
        let t = table(&[&["索引号：001/2024-0003", "发布机构：平阴县水务局"]]);
        assert_eq!(f.take_table(&t, &mut diags), t.rows.len());
        assert_eq!(f.finish().metadata.len(), 2);

        // A task table is not metadata.
        let mut f = WebFilter::default();
        let t = table(&[
            &["序号", "工作任务", "责任单位"],
            &["1", "巡查堤防", "县水务局"],
        ]);
        assert_eq!(f.take_table(&t, &mut diags), 0);

        // After the body started, nothing is metadata.
        let mut f = WebFilter::default();
        assert!(!f.take_paragraph(&para(0, BODY), &[], &mut diags));
        let t = table(&[&["索引号", "001", "发布机构", "平阴县水务局"]]);
        assert_eq!(f.take_table(&t, &mut diags), 0);

        // One label in a table below the title is not enough.
        let mut f = WebFilter::default();
        assert!(!f.take_paragraph(&para(0, TITLE), &[], &mut diags));
        let t = table(&[&["名称", "平阴县水务局"], &["地址", "平阴县锦水街1号"]]);
        assert_eq!(f.take_table(&t, &mut diags), 0);
    }

    /// Each key keeps the location of the line, lines or cell it came from; a later value of
    /// the same key is ignored, and so is its location.
    #[test]
    fn locations_per_key() {
        let mut diags = Vec::new();
        let mut f = WebFilter::default();
        let lines = [
            "索 引 号：001/2024-0003　　发布机构：柏岩县水务局",
            "成文日期",
            "2024年03月11日",
            "发文字号：柏政办发〔2024〕6号　　索引号：002/2024-0004",
        ];
        for (i, t) in lines.iter().enumerate() {
            assert!(f.take_paragraph(&para(i, t), &[], &mut diags), "{t}");
        }
        let web = f.finish();
        let line_of = |key: &str| web.locs.get(key).map(|l| (l.line, l.line_end));
        // (key, first line, last line)
        let cases = [
            ("索引号", Some(1), None),
            ("发布机构", Some(1), None),
            ("成文日期", Some(2), Some(3)),
            ("发文字号", Some(4), None),
        ];
        for (key, line, line_end) in cases {
            assert_eq!(line_of(key), Some((line, line_end)), "{key}");
        }
        assert_eq!(web.locs.len(), web.metadata.len());
        assert_eq!(
            web.metadata.get("索引号").map(String::as_str),
            Some("001/2024-0003")
        );
        assert_eq!(
            web.get(HeaderField::DocNumber).map(|v| v.loc.line),
            Some(Some(4))
        );
        assert_eq!(web.get(HeaderField::Title), None);

        // A table: the label's cell, with its row and column.
        let mut f = WebFilter::default();
        let t = table(&[
            &["索引号", "001", "主题分类", "农业"],
            &["发文机关", "柏岩县人民政府", "成文日期", "2024年03月11日"],
        ]);
        assert_eq!(f.take_table(&t, &mut diags), t.rows.len());
        let web = f.finish();
        let cell_of = |key: &str| web.locs.get(key).map(|l| (l.row, l.col));
        assert_eq!(cell_of("索引号"), Some((Some(0), Some(0))));
        assert_eq!(cell_of("主题分类"), Some((Some(0), Some(2))));
        assert_eq!(cell_of("成文日期"), Some((Some(1), Some(2))));
    }

    #[test]
    fn never_panics() {
        let odd = [
            "：",
            ":",
            "索",
            "索 引",
            "索引号：",
            "索 引 号 ：：",
            "【】",
            "|",
            "首页>",
            "当前位置",
            "字号：",
            "浏览次数：abc",
            "\u{3000}",
            "发布机构：\t",
            "１２３",
            "QQ",
            "大 中 小",
        ];
        let mut f = WebFilter::default();
        let mut diags = Vec::new();
        for (i, t) in odd.iter().enumerate() {
            let _ = f.take_paragraph(&para(i, t), &[], &mut diags);
        }
        let _ = f.finish();
        assert!(
            !crate::filter::web_lines::is_chrome_words("大 中 小"),
            "size words alone are not chrome"
        );
        assert_eq!(
            label_at("索 引 号 ：x", 0, false).map(|(l, _)| l),
            Some("索引号")
        );
    }
}
