//! The header of a document (版头 and the start of 主体): 份号, 密级, 紧急程度, the red
//! 发文机关标志, the 发文字号, the 标题 over one or more lines, and the 主送机关 line.

use gongwen_model::{Classification, DocNumber, IssueNumber, Loc, Urgency};

use crate::filter::page::is_page_number;
use crate::filter::para::Para;
use crate::filter::web_lines::without_chrome_tail;
use crate::header::formats::{HeaderDate, bracketed_date, header_date, issue_number, order_header};
use crate::header::title::{
    TitleEnd, balanced, is_title_remark, opens_with_issuers, squeeze_title, title_end,
    title_issuers,
};
use crate::lex::chrome::{COLUMN_SEPARATORS, PAGE_TITLE_SEPARATORS, SITE_ENDINGS, TABLE_BORDERS};
use crate::lex::document::{
    HEADER_MARK, SALUTATIONS, SECRECY, SECRECY_STARS, SIGNER_LABEL, TITLE_CONTINUATIONS,
    TITLE_WORDS, URGENCY,
};
use crate::parse::attachment::is_attachment_header;
use crate::parse::doc_number::find_doc_number;
use crate::parse::meeting::is_meeting_line;
use crate::parse::person::title_name_pairs;
use crate::text::at::At;
use crate::text::chars::{ends_sentence, is_organ_name, is_space, same_squeezed, squeeze};
use crate::text::split::{split_names, split_top_level};

/// How far into a document the header may reach (paragraphs).
const HEADER_WINDOW: usize = 30;
/// Longest line still taken for part of a title (characters).
const MAX_TITLE_LINE: usize = 90;
/// … when it is printed as a title (centred, bold or large).
const MAX_DISPLAY_TITLE_LINE: usize = 200;
/// Longest 主送机关 line (characters); long joint lists exist (corpus: 22 provinces).
const MAX_RECIPIENTS: usize = 600;

#[derive(Debug, Default)]
pub(crate) struct Front {
    pub doc_number: Option<At<DocNumber>>,
    pub title: Option<At<String>>,
    pub recipients: Option<At<Vec<String>>>,
    /// The red header's organ names ("XX县人民政府文件" → XX县人民政府).
    pub header_issuers: Vec<String>,
    /// Where `header_issuers` were printed (the red header's line or lines, a 令's mark, or
    /// a header laid out as a table).
    pub header_issuers_loc: Option<Loc>,
    /// 发文机关标志 as printed.
    pub issuer_mark: Option<At<String>>,
    /// 份号.
    pub copy_number: Option<At<String>>,
    /// 密级和保密期限.
    pub classification: Option<At<Classification>>,
    /// 紧急程度.
    pub urgency: Option<At<Urgency>>,
    /// 签发人.
    pub signers: Option<At<Vec<String>>>,
    /// Where a 令's header ("XX市人民政府令") was found; its text is `issuer_mark`.
    pub order_mark: Option<Loc>,
    /// The 令号 of a 令 or the number of a 纪要.
    pub issue_number: Option<At<IssueNumber>>,
    /// A 纪要's date line under its title.
    pub header_date: Option<At<HeaderDate>>,
    /// Lines above the title that are not part of it: a page heading, a browser's title,
    /// the title printed again.
    pub above_title: Vec<At<String>>,
    /// Lines under the title, before the 主送 or the text, that are not part of it: a
    /// subtitle, a speaker's name, a date.
    pub under_title: Vec<At<String>>,
    /// Index of the first paragraph after the header.
    pub end: usize,
}

/// Reads the header from the first paragraphs (`paras` stops at the first table).
pub(crate) fn read_front(paras: &[Para<'_>]) -> Front {
    let mut front = Front::default();
    let mut title: Vec<Para<'_>> = Vec::new();
    let mut lines_before_number = 0;
    let mut i = 0;
    let window = paras.len().min(HEADER_WINDOW);
    while i < window {
        let p = &paras[i];
        let t: &str = p.text();
        if is_page_number(t) {
            i += 1;
            continue;
        }
        // Letter-spaced as a 纪要's mark often is: "会 议 纪 要".
        let minutes_title = title
            .last()
            .is_some_and(|p| squeeze(p.text()).ends_with("纪要"));
        match header_line(t, p.loc, !title.is_empty(), minutes_title, &mut front) {
            HeaderLine::Taken => {
                i += 1;
                continue;
            }
            HeaderLine::Ends => break,
            HeaderLine::Other => {}
        }
        if front.doc_number.is_none()
            && let Some(number) = number_line(t)
        {
            front.doc_number = Some(At::new(number, p.loc));
            if let Some(names) = signers_of(t) {
                front.signers = Some(At::new(names, p.loc));
            }
            lines_before_number = title.len();
            i += 1;
            continue;
        }
        if let Some(names) = signers_of(t).filter(|_| front.signers.is_none()) {
            front.signers = Some(At::new(names, p.loc));
            i += 1;
            continue;
        }
        if is_recipients(p) {
            // 主送机关 printed over two lines: the line above ends with the comma between
            // two of them ("各市、县（区）人民政府，省政府各部门，" / "省属有关企业：").
            let above = title
                .last()
                .filter(|a| recipients_go_on(a.text(), t))
                .map(|a| (a.text().trim_matches(is_space).to_owned(), a.loc));
            let recipients = match above {
                Some((text, loc)) => {
                    title.pop();
                    At::new(
                        split_recipients(&format!("{text}{}", t.trim())),
                        loc.through(p.loc),
                    )
                }
                None => At::new(split_recipients(t), p.loc),
            };
            front.recipients = Some(recipients);
            i += 1;
            break;
        }
        // A joint red header printed as stacked names, "文件" on a line of its own after them
        // ("A厅" / "B　　厅" / "C会" / "文件"): the lines gathered so far are its organs.
        if front.issuer_mark.is_none()
            && !title.is_empty()
            && squeeze(t) == HEADER_MARK
            && let Some(names) = stacked_names(&title)
        {
            let loc = title[0].loc.through(p.loc);
            front.issuer_mark = Some(At::new(format!("{}{HEADER_MARK}", names.concat()), loc));
            front.header_issuers = names;
            front.header_issuers_loc = Some(loc);
            title.clear();
            i += 1;
            continue;
        }
        if title.is_empty() {
            // "XX县人民政府文件"; or organ names alone in a text box above the title, where
            // Word documents print the red header (with or without "文件").
            let boxed_mark = p.hints.in_text_box && front.issuer_mark.is_none() && names_organs(p);
            if let Some(names) = red_header(t).or_else(|| boxed_mark.then(|| split_names(t))) {
                front.header_issuers = names;
                front.header_issuers_loc = Some(p.loc);
                front.issuer_mark = Some(At::new(t.trim_matches(is_space).to_owned(), p.loc));
                i += 1;
                continue;
            }
            if read_marks(t, p.loc, &mut front) {
                i += 1;
                continue;
            }
        }
        // A text box holds the red header, the number or a seal, never the title.
        if is_bracketed_year(t) || p.hints.in_text_box {
            i += 1;
            continue;
        }
        if is_title_line(p) || (title.is_empty() && is_headline(t)) {
            let mut line = p.clone();
            // A web copy's debris around it ("…的通知 |") and the site's name after a
            // browser's title ("关于…的意见-湖南省人民政府门户网站").
            let clean = clean_title_line(t);
            // A number glued to the title or in brackets after it on the same line:
            // "关于…的通知（松府办发〔2023〕21号）".
            let glued = front
                .doc_number
                .is_none()
                .then(|| glued_number(clean))
                .flatten();
            if let Some((number, cut)) = glued {
                front.doc_number = Some(At::new(number, p.loc));
                line.set_text(clean[..cut].to_owned());
            } else if clean.len() < t.len() {
                line.set_text(clean.to_owned());
            }
            title.push(line);
            i += 1;
            continue;
        }
        break;
    }
    front.end = i;
    // Organ names above the number with the title below it: the lines above are the
    // 发文机关标志 printed without "文件" ("XX县人民政府办公室" / number / title).
    // A web copy may print the title above the number and again below it: keep it once.
    if lines_before_number > 0 && title.len() > lines_before_number {
        let (above, below) = title.split_at(lines_before_number);
        let text = |ps: &[Para<'_>]| -> String { ps.iter().map(|p| squeeze(p.text())).collect() };
        if text(above) == text(below) {
            title.drain(..lines_before_number);
            lines_before_number = 0;
        }
    }
    // The title among the lines: page headings and a browser's title printed before it
    // are left out (with what the layout says, below, still deciding the red header).
    let keep = pick_title(&title, lines_before_number, &front.header_issuers);
    let kept = |p: &Para<'_>| At::new(p.text().trim_matches(is_space).to_owned(), p.loc);
    front.under_title = title
        .drain(keep.end.min(title.len())..)
        .map(|p| kept(&p))
        .collect();
    if keep.start > 0 {
        let marks = title
            .get(..lines_before_number)
            .filter(|above| keep.start >= above.len() && above.iter().all(names_organs))
            .map_or(0, <[Para<'_>]>::len);
        front.above_title = title.drain(marks..keep.start).map(|p| kept(&p)).collect();
        lines_before_number = marks;
    }
    let organ_lines = title.iter().take(lines_before_number).all(names_organs);
    if lines_before_number > 0 && title.len() > lines_before_number && organ_lines {
        take_mark_lines(&mut front, &mut title, lines_before_number);
    }
    // Where the text says nothing (no "文件", no number under it), the layout may: organ
    // lines printed larger than the title under them are the 发文机关标志.
    if front.issuer_mark.is_none() {
        let k = mark_lines_by_size(&title);
        if k > 0 {
            take_mark_lines(&mut front, &mut title, k);
        }
    }
    let title = dedupe_title(&title);
    if let (Some(first), Some(last)) = (title.first(), title.last()) {
        // A line break inside the title paragraph (Word's w:br) joins like a printed line.
        let text: String = title
            .iter()
            .flat_map(|p| p.text().split('\n'))
            .map(squeeze_title)
            .collect();
        front.title = Some(At::new(text, first.loc.through(last.loc)));
    }
    // A 令 prints no title of its own: its header ("XX市人民政府令") stands for one.
    if front.title.is_none() && front.order_mark.is_some() {
        front.title = front.issuer_mark.clone();
    }
    front
}

/// The most lines a title is printed over.
const MAX_TITLE_LINES: usize = 3;

/// Which of the header's title lines are the notice's own title: the last line ending
/// with a 文种 (else with a plan's word: 要点, 清单 …) and the lines above it that begin
/// it: a line whose end the next goes on with ("关于印发…方案" / "的通知"), three lines
/// at most, and the organ names over a "关于…" line (a joint title may print several, each
/// on its line) — but not a line that is a title of its own above
/// one complete at its start (a page heading, a browser's title, the title printed twice).
/// Bracketed remarks under it stay with it. All the lines when none ends so. Lines before
/// `boundary` (organ lines above a 发文字号) are only reached from a title above it.
fn pick_title(
    lines: &[Para<'_>],
    boundary: usize,
    header_issuers: &[String],
) -> std::ops::Range<usize> {
    let all = 0..lines.len();
    let ends: Vec<Option<TitleEnd>> = lines.iter().map(|p| title_end(p.text())).collect();
    let Some(end) = [TitleEnd::DocType, TitleEnd::Plan]
        .iter()
        .find_map(|want| ends.iter().rposition(|e| e.as_ref() == Some(want)))
    else {
        // A title of no 文种 ("在…会议上的讲话"): the lines above its speaker ("市长　林泽远"),
        // who is said under it.
        let speaker = lines
            .iter()
            .skip(1)
            .position(|p| title_name_pairs(p.text()).is_some());
        return 0..speaker.map_or(all.end, |k| k + 1);
    };
    let floor = if end >= boundary { boundary } else { 0 };
    let mut start = end;
    while start > floor && end - start + 1 < MAX_TITLE_LINES {
        let window: String = lines[start..=end]
            .iter()
            .map(|p| squeeze_title(p.text()))
            .collect();
        let prev = &lines[start - 1];
        // A label and its value ("上传日期：…") is never part of a title, nor a line the
        // page's chrome (a breadcrumb dropped before the title) stands apart from it.
        if (opens_with_issuers(&window)
            && !name_runs_on(prev.text(), &window)
            && !more_issuers_above(prev.text(), &window, header_issuers))
            || prev.text().contains(['：', ':'])
            || lines[start].apart_from(prev)
            // "附件" over an attachment's title (a page holding the attachment alone).
            || is_attachment_header(prev.text()).is_some()
        {
            break;
        }
        if opens_about(&window) {
            // Organ names over it, one line or several (a joint title).
            while start > floor && names_organs(&lines[start - 1]) {
                start -= 1;
            }
            break;
        }
        let stands_alone = window.chars().count() >= 6
            && !goes_on_from_above(&window)
            && balanced(&window)
            && balanced(prev.text());
        // A line opening "…关于" ends only with a 文种: one ending with a plan's word
        // ("…关于申请2025年高标准" / "农田建设…的请示") is the title's first half.
        let prev_complete = match ends[start - 1] {
            Some(TitleEnd::Plan) => !opens_about_or_issuers(prev.text()),
            other => other.is_some(),
        };
        if stands_alone && (prev_complete || same_squeezed(prev.text(), &window)) {
            break;
        }
        start -= 1;
    }
    let mut stop = end + 1;
    while stop < lines.len() && is_title_remark(lines[stop].text()) {
        stop += 1;
    }
    start..stop
}

/// "关于…", "XX局关于…", "XX办公室印发…": a line opening a title that must end with its
/// 文种.
fn opens_about_or_issuers(line: &str) -> bool {
    let t = squeeze_title(line);
    opens_with_issuers(&t) || opens_about(&t)
}

/// "关于…", "印发…", "转发…": a title line opening with the word that ends a title's organs.
fn opens_about(t: &str) -> bool {
    TITLE_WORDS
        .iter()
        .any(|w| w.ends_issuers && t.starts_with(w.word))
}

/// A title line that goes on with the line above: it opens with a word that joins
/// ("的通知", "及分工方案"), or with the above name's bracketed remark and then such a
/// word ("（2024—2026年）的通知" under "关于印发…三年行动实施方案": a fixed layout breaks
/// the title there).
fn goes_on_from_above(window: &str) -> bool {
    if window.starts_with(TITLE_CONTINUATIONS) {
        return true;
    }
    let Some(rest) = window.strip_prefix(['（', '(']) else {
        return false;
    };
    rest.find(['）', ')']).is_some_and(|close| {
        let after = rest[close..].trim_start_matches(['）', ')', '》', '〉']);
        after.starts_with(TITLE_CONTINUATIONS)
    })
}

/// A joint title's first organs on a line of their own ("A厅　B厅" / "C会关于…的决定"): the
/// line above names only organs the red header names too, none of them among those the
/// title's line opens with. (A site's or an organ's name printed as a page heading above a
/// title is named by no red header; the same organ above and in the title is a 发文机关标志
/// printed without "文件".)
fn more_issuers_above(prev: &str, window: &str, header_issuers: &[String]) -> bool {
    let names = split_names(prev);
    let opening = title_issuers(window);
    !names.is_empty()
        && !opening.is_empty()
        && names
            .iter()
            .all(|n| header_issuers.contains(n) && !opening.contains(n))
}

/// A joint title's list of organs broken inside a name: the line above ends with a piece
/// that is no organ ("…、XX省人力资源") and joined to it the title still opens with organs
/// ("和社会保障厅关于…" read alone looks like a title complete at its start).
fn name_runs_on(prev: &str, window: &str) -> bool {
    let names = split_names(prev);
    let Some(last) = names.last() else {
        return false;
    };
    if is_organ_name(last)
        || last.chars().any(|c| c.is_ascii_alphanumeric())
        || names.len() < 2
        || !names[..names.len() - 1].iter().all(|n| is_organ_name(n))
    {
        return false;
    }
    // The piece and the name opening the next line are one organ: the joined title names
    // one organ fewer than the two lines apart.
    let joined = format!("{}{window}", squeeze_title(prev));
    opens_with_issuers(&joined)
        && title_issuers(&joined).len() + 1 == names.len() + title_issuers(window).len()
}

/// A title line without a web copy's pipe debris ("…的通知 |"), the chrome after it and
/// the site's name a browser's title ends with ("…的意见-湖南省人民政府门户网站").
fn clean_title_line(t: &str) -> &str {
    let t = t.trim_matches(|c: char| is_space(c) || TABLE_BORDERS.contains(&c));
    // Chrome closing the line ("…的通知 【字体：大 中 小】【打印】").
    let t = without_chrome_tail(t);
    // "…的通知_通知公告_柏岩县人民政府": the site is named last, by a site's or an organ's name.
    if let (Some(first), Some(last)) = (t.find(COLUMN_SEPARATORS), t.rfind(COLUMN_SEPARATORS)) {
        let site = t[last..]
            .trim_start_matches(COLUMN_SEPARATORS)
            .trim_matches(is_space);
        let named = SITE_ENDINGS.iter().any(|s| site.ends_with(s)) || is_organ_name(site);
        // Two or more separators after a title complete in its 文种 ("…的通知_政策法规_
        // XX法规网"): a column's and a site's names, whatever the site calls itself.
        let column_and_site =
            first < last && title_end(t[..first].trim_end_matches(is_space)).is_some();
        if first > 0 && site.chars().count() <= 30 && (named || column_and_site) {
            return t[..first].trim_end_matches(is_space);
        }
    }
    for (i, c) in t.char_indices().rev() {
        if PAGE_TITLE_SEPARATORS.contains(&c) {
            let site = t[i + c.len_utf8()..].trim_matches(is_space);
            if site.chars().count() <= 30 && SITE_ENDINGS.iter().any(|s| site.ends_with(s)) {
                return t[..i].trim_end_matches(is_space);
            }
        }
    }
    t
}

/// A line of organ names only ("XX县人民政府办公室", "XX局　XX局").
fn names_organs(p: &Para<'_>) -> bool {
    split_names(p.text()).iter().all(|n| is_organ_name(n))
}

/// Moves the first `k` title lines to the 发文机关标志 (and its organs to the header's
/// issuers, unless a red header named them).
fn take_mark_lines(front: &mut Front, title: &mut Vec<Para<'_>>, k: usize) {
    let header: Vec<Para<'_>> = title.drain(..k).collect();
    let (Some(first), Some(last)) = (header.first(), header.last()) else {
        return;
    };
    let loc = first.loc.through(last.loc);
    if front.header_issuers.is_empty() {
        front.header_issuers = header.iter().flat_map(|p| split_names(p.text())).collect();
        front.header_issuers_loc = Some(loc);
    }
    if front.issuer_mark.is_none() {
        let text: String = header
            .iter()
            .map(|p| p.text().trim_matches(is_space))
            .collect();
        front.issuer_mark = Some(At::new(text, loc));
    }
}

/// How many of the first title lines are organ names printed larger than the title's
/// last line (the mark over a title, "青禾县农业农村局" / "关于做好春耕工作的通知"); a title
/// line is always left.
fn mark_lines_by_size(title: &[Para<'_>]) -> usize {
    let Some(last) = title.last() else {
        return 0;
    };
    title[..title.len() - 1]
        .iter()
        .take_while(|p| names_organs(p) && p.printed_larger_than(last))
        .count()
}

/// Longest headline a news page or an account's post puts above a document (characters).
const MAX_HEADLINE: usize = 40;

/// A headline an account's post or a news page gives a document it reprints, above the
/// document's own title ("好消息！岚溪提高城乡低保标准", "这些任务明确了！"): it ends with an
/// exclamation or a question, which no 公文's front does. Read as a line above the title
/// (left out of it), not as the start of the body.
fn is_headline(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    t.ends_with(['！', '？', '!', '?']) && !t.contains('。') && t.chars().count() <= MAX_HEADLINE
}

/// A line that is a 发文字号 and little else (a 签发人 may share the line).
fn number_line(t: &str) -> Option<DocNumber> {
    let (number, range) = find_doc_number(t)?;
    let mut rest = String::with_capacity(t.len());
    rest.push_str(&t[..range.start]);
    rest.push_str(&t[range.end..]);
    let rest = squeeze(&rest);
    let rest = match rest.find(SIGNER_LABEL) {
        Some(pos) => rest[..pos].to_owned(),
        None => rest.into_owned(),
    };
    let leftover = rest.trim_matches(['（', '）', '(', ')', '[', ']', '【', '】']);
    (leftover.chars().count() <= 2).then_some(number)
}

/// A 发文字号 at the very end of a title line, glued or in brackets; returns it and where
/// the title text ends.
fn glued_number(t: &str) -> Option<(DocNumber, usize)> {
    let (number, range) = find_doc_number(t)?;
    let after =
        t[range.end..].trim_matches(|c: char| is_space(c) || matches!(c, '）' | ')' | '】' | ']'));
    if !after.is_empty() || range.start == 0 {
        return None;
    }
    let before = t[..range.start]
        .trim_end_matches(|c: char| is_space(c) || matches!(c, '（' | '(' | '【' | '['));
    (before.chars().count() >= 4).then_some((number, before.len()))
}

/// 主送机关: one line ending with a colon, naming organs, not running text.
pub(crate) fn is_recipients(p: &Para<'_>) -> bool {
    recipients_line(p.text(), p.label().is_some())
}

/// `above` is the first line of 主送机关 that `line` ends: it ends with a comma or 、 after
/// an organ's name, and the two lines read as one are a recipients line.
fn recipients_go_on(above: &str, line: &str) -> bool {
    let a = above.trim_matches(is_space);
    if title_end(a).is_some() {
        return false;
    }
    let joined = format!("{a}{}", line.trim_matches(is_space));
    if a.ends_with(['，', ',', '、']) {
        return split_recipients(a).last().is_some_and(|n| is_organ_name(n))
            && recipients_line(&joined, false);
    }
    // A copy wrapping lines at a fixed width breaks a name ("…，县政府各部门，县" / "直各单位：")
    // : every name of the line above but its last is whole, and the two lines joined end
    // with a whole one.
    let names = split_recipients(a);
    let Some((last, whole)) = names.split_last() else {
        return false;
    };
    !whole.is_empty()
        && whole.iter().all(|n| is_organ_name(n))
        && !is_organ_name(last)
        && recipients_line(&joined, false)
        && split_recipients(&joined)
            .last()
            .is_some_and(|n| is_organ_name(n))
}

/// [`is_recipients`] of a line, `labelled` when it starts with an item label.
fn recipients_line(t: &str, labelled: bool) -> bool {
    let t = t.trim_end_matches(is_space);
    let Some(body) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    !body.is_empty()
        && body.chars().count() <= MAX_RECIPIENTS
        && !body.contains(['。', '；', ';', '：', ':'])
        && !body.contains("如下")
        && !body.starts_with("附件")
        && !SALUTATIONS.contains(&body.trim_matches(is_space))
        && !labelled
}

/// Splits 主送机关 on ，and ；, and on 、 only where every part is a whole organ name:
/// "各省、自治区、直辖市人民政府" shares one elided head and stays one entry rather than
/// becoming the fragments 各省 / 自治区.
pub(crate) fn split_recipients(t: &str) -> Vec<String> {
    let body = t.trim_end_matches(is_space).trim_end_matches(['：', ':']);
    let mut out = Vec::new();
    for part in split_top_level(body, &['，', ',', '；', ';']) {
        let pieces = split_top_level(&part, &['、']);
        // A piece of one or two characters (处, 室, 各部) is a fragment of an elided name.
        if pieces.len() > 1
            && pieces
                .iter()
                .all(|p| p.chars().count() >= 3 && is_organ_name(p))
        {
            out.extend(pieces);
        } else {
            out.push(part);
        }
    }
    out
}

/// The organs of lines printing only organ names, a letter-spaced line ("青　岚　省　教　育　厅")
/// being one name.
fn stacked_names(lines: &[Para<'_>]) -> Option<Vec<String>> {
    let names: Vec<String> = lines
        .iter()
        .flat_map(|p| split_names(&squeeze_title(p.text())))
        .collect();
    (!names.is_empty() && names.iter().all(|n| is_organ_name(n))).then_some(names)
}

/// The 发文机关标志: "XX县人民政府文件", or joint "XX县人民政府 XX县财政局文件".
fn red_header(t: &str) -> Option<Vec<String>> {
    let s = t.trim_matches(is_space);
    let names = s.strip_suffix(HEADER_MARK)?;
    if names.is_empty() || names.chars().count() > 60 || names.contains(['，', '。', '：']) {
        return None;
    }
    Some(split_names(names))
}

/// 份号 (a bare serial such as 000123), 密级和保密期限 (机密★1年), 紧急程度 (特急, 加急),
/// alone or together on one line. Returns true when the whole line was such marks.
fn read_marks(t: &str, loc: Loc, front: &mut Front) -> bool {
    let tokens: Vec<&str> = t.split(is_space).filter(|s| !s.is_empty()).collect();
    if tokens.is_empty() {
        return false;
    }
    let mut found: Vec<Mark> = Vec::with_capacity(tokens.len());
    for token in &tokens {
        match mark_of(token) {
            Some(m) => found.push(m),
            None => return false,
        }
    }
    for m in found {
        match m {
            Mark::Copy(n) => front.copy_number = Some(At::new(n, loc)),
            Mark::Secret(c) => front.classification = Some(At::new(c, loc)),
            Mark::Urgent(u) => front.urgency = Some(At::new(u, loc)),
        }
    }
    true
}

enum Mark {
    Copy(String),
    Secret(Classification),
    Urgent(Urgency),
}

fn mark_of(token: &str) -> Option<Mark> {
    if let Some((_, u)) = URGENCY.iter().find(|(w, _)| *w == token) {
        return Some(Mark::Urgent(*u));
    }
    if !token.is_empty() && token.len() <= 8 && token.chars().all(|c| c.is_ascii_digit()) {
        return Some(Mark::Copy(token.to_owned()));
    }
    for level in SECRECY {
        if let Some(rest) = token.strip_prefix(level) {
            if rest.chars().count() > 10 {
                return None;
            }
            let period = rest
                .trim_start_matches(SECRECY_STARS)
                .trim_matches(is_space);
            let mut mark = Classification::new(level, token);
            mark.period = (!period.is_empty()).then(|| period.to_owned());
            return Some(Mark::Secret(mark));
        }
    }
    None
}

/// 签发人 on the number line or a line of its own: "签发人：张三　李四".
fn signers_of(t: &str) -> Option<Vec<String>> {
    let pos = t.find(SIGNER_LABEL)?;
    let rest = t[pos + SIGNER_LABEL.len()..]
        .trim_start_matches(is_space)
        .strip_prefix(['：', ':'])?;
    let names: Vec<String> = rest
        .split(|c: char| is_space(c) || c == '、' || c == '，' || c == ',')
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    (!names.is_empty()).then_some(names)
}

/// "（2020年）" printed where a number would be.
fn is_bracketed_year(t: &str) -> bool {
    let s = squeeze(t);
    let inner = s
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']));
    inner.is_some_and(|i| {
        let y = i.strip_suffix('年').unwrap_or(i);
        y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())
    })
}

fn is_title_line(p: &Para<'_>) -> bool {
    let t = p.text();
    let n = t.chars().count();
    // A long line may still be a title when it is printed as one (转发 titles run long).
    let max = if p.is_display() {
        MAX_DISPLAY_TITLE_LINE
    } else {
        MAX_TITLE_LINE
    };
    n > 0 && n <= max && !ends_sentence(t) && p.number().is_none()
}

/// A title printed twice (legal-database exports) is kept once.
fn dedupe_title<'a, 'b>(lines: &'a [Para<'b>]) -> Vec<&'a Para<'b>> {
    let n = lines.len();
    if n >= 2 && n.is_multiple_of(2) {
        let (a, b) = lines.split_at(n / 2);
        if a.iter()
            .zip(b)
            .all(|(x, y)| squeeze(x.text()) == squeeze(y.text()))
        {
            return a.iter().collect();
        }
    }
    lines.iter().collect()
}

/// What a header line of a special format is.
pub(crate) enum HeaderLine {
    /// The line was read into `front`.
    Taken,
    /// The line starts the body (a 纪要's "时间：" or "出席：" line under its title).
    Ends,
    /// Not a line of a special format.
    Other,
}

/// Reads a header line that only the special formats print. `title_started` tells
/// whether title lines were read already, `minutes_title` whether the last one ends in
/// 纪要: a 纪要's number and date lines are only looked for under such a title, so that
/// other documents keep their headers as before.
pub(crate) fn header_line(
    t: &str,
    loc: Loc,
    title_started: bool,
    minutes_title: bool,
    front: &mut Front,
) -> HeaderLine {
    if !title_started
        && front.issuer_mark.is_none()
        && front.order_mark.is_none()
        && let Some((organs, number)) = order_header(t)
    {
        front.order_mark = Some(loc);
        front.header_issuers = organs;
        front.header_issuers_loc = Some(loc);
        front.issuer_mark = Some(At::new(t.trim_matches(is_space).to_owned(), loc));
        if let Some(n) = number {
            front.issue_number = Some(At::new(n, loc));
        }
        return HeaderLine::Taken;
    }
    if (front.order_mark.is_some() || minutes_title)
        && front.issue_number.is_none()
        && let Some(n) = issue_number(t)
    {
        front.issue_number = Some(At::new(n, loc));
        return HeaderLine::Taken;
    }
    // The gazette form: the date in brackets under any title, the number perhaps with it.
    if title_started
        && !minutes_title
        && front.header_date.is_none()
        && let Some((date, number)) = bracketed_date(t)
    {
        front.header_date = Some(At::new(date, loc));
        if let (None, Some(n)) = (&front.doc_number, number) {
            front.doc_number = Some(At::new(n, loc));
        }
        return HeaderLine::Taken;
    }
    if minutes_title {
        if front.header_date.is_none()
            && let Some(date) = header_date(t)
        {
            front.header_date = Some(At::new(date, loc));
            return HeaderLine::Taken;
        }
        if is_meeting_line(t) {
            return HeaderLine::Ends;
        }
    }
    HeaderLine::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_marks() {
        let mut front = Front::default();
        assert!(read_marks("000123", Loc::block(0), &mut front));
        assert!(read_marks("机密★1年　特急", Loc::block(1), &mut front));
        assert_eq!(
            front.copy_number.as_ref().map(|c| c.value.as_str()),
            Some("000123")
        );
        let c = front.classification.clone().expect("classification").value;
        assert_eq!(
            (c.level.as_str(), c.period.as_deref()),
            ("机密", Some("1年"))
        );
        assert_eq!(front.urgency.map(|u| u.value), Some(Urgency::Extra));
        assert!(!read_marks(
            "平阴县人民政府办公室",
            Loc::block(2),
            &mut front
        ));
        assert_eq!(
            signers_of("鲁政字〔2024〕12号　　签发人：张三　李四"),
            Some(vec!["张三".to_owned(), "李四".to_owned()])
        );
    }

    fn front_of(lines: &[&str]) -> Front {
        let blocks: Vec<(u32, &str)> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| (u32::try_from(i).unwrap_or(0), *t))
            .collect();
        front_at(&blocks)
    }

    /// The header of paragraphs at the given blocks (a gap: a block dropped as chrome).
    fn front_at(lines: &[(u32, &str)]) -> Front {
        let hints = gongwen_blocks::Hints::default();
        let paras: Vec<Para<'_>> = lines
            .iter()
            .map(|(b, t)| Para::new(*t, Loc::block(*b), &hints))
            .collect();
        read_front(&paras)
    }

    /// A copy wrapping lines at a fixed width breaks the 主送 inside a name: the two lines
    /// are one list. A title line above a 主送 is not joined to it.
    #[test]
    fn title_lines_going_on_from_above() {
        for t in [
            "的通知",
            "（2024—2026年）的通知",
            "（试行）》的通知",
            "及责任分工的通知",
        ] {
            assert!(goes_on_from_above(t), "{t}");
        }
        for t in [
            "（2024—2026年）",
            "（一）加强组织领导",
            "关于印发方案的通知",
            "（的）",
        ] {
            assert!(!goes_on_from_above(t), "{t}");
        }
    }

    #[test]
    fn recipients_wrapped_inside_a_name() {
        let front = front_of(&[
            "栖禾县人民政府办公室关于做好20",
            "24年汛期安全防范工作的通知",
            "栖政办发〔2024〕9号",
            "各乡镇人民政府，县政府各部门，县",
            "直各单位：",
        ]);
        assert_eq!(
            front.recipients.map(|r| r.value),
            Some(vec![
                "各乡镇人民政府".to_owned(),
                "县政府各部门".to_owned(),
                "县直各单位".to_owned()
            ])
        );
        assert!(!recipients_go_on(
            "关于做好2024年汛期安全防范工作的通知",
            "各乡镇人民政府："
        ));
        assert!(!recipients_go_on(
            "栖禾县人民政府办公室",
            "各乡镇人民政府："
        ));
    }

    /// An account's headline above the document it reprints ends with an exclamation: a
    /// line above the title, not the start of the body. A sentence is no headline.
    #[test]
    fn headline_above_the_title() {
        let front = front_of(&[
            "好消息！栖禾县提高城乡低保标准，7月1日起执行",
            "栖禾县人民政府",
            "关于调整城乡居民最低生活保障标准的公告",
            "栖政告〔2024〕3号",
        ]);
        assert_eq!(
            front.title.map(|t| t.value).as_deref(),
            Some("栖禾县人民政府关于调整城乡居民最低生活保障标准的公告")
        );
        assert!(front.doc_number.is_some());
        assert!(!is_headline("为切实做好防汛工作，现将有关事项通知如下。"));
        assert!(!is_headline(
            "各乡镇、各部门要充分认识做好今年防汛工作的极端重要性，切实把各项措施落到实处，确保安全度汛！"
        ));
    }

    /// The gazette form: the date in brackets under a two-line title, the number on the
    /// next line or in the same brackets; the 主送 under them is read. A bracketed remark
    /// under a title ("（试行）") is no date.
    #[test]
    fn bracketed_date_under_the_title() {
        for lines in [
            &[
                "澧原省人民政府关于加快推进",
                "农村公路建设养护工作的意见",
                "（2009年6月3日）",
                "澧政发〔2009〕21号",
                "各市、州人民政府，省政府各部门：",
            ][..],
            &[
                "澧原省人民政府关于加快推进",
                "农村公路建设养护工作的意见",
                "（2009年6月3日　澧政发〔2009〕21号）",
                "各市、州人民政府，省政府各部门：",
            ][..],
        ] {
            let front = front_of(lines);
            assert_eq!(
                front.title.map(|t| t.value).as_deref(),
                Some("澧原省人民政府关于加快推进农村公路建设养护工作的意见")
            );
            let date = front.header_date.expect("date").value.date;
            assert_eq!((date.year, date.month, date.day), (2009, 6, 3));
            assert_eq!(
                front.doc_number.map(|n| n.value.normalized).as_deref(),
                Some("澧政发〔2009〕21号")
            );
            assert!(front.recipients.is_some());
        }
        let front = front_of(&[
            "澧原省河道采砂管理办法",
            "（试行）",
            "第一条　为了加强河道采砂管理，制定本办法。",
        ]);
        assert!(front.header_date.is_none());
    }

    /// A site's name above a breadcrumb (dropped) above the title: not part of it. Two
    /// lines of one title stand next to each other.
    #[test]
    fn a_title_does_not_reach_over_dropped_chrome() {
        let front = front_at(&[
            (0, "沅川县人民政府"),
            (2, "沅川县林业局国有林地经营权流转公告"),
        ]);
        assert_eq!(
            front.title.map(|t| t.value).as_deref(),
            Some("沅川县林业局国有林地经营权流转公告")
        );
        let front = front_at(&[
            (0, "沅川县人民政府办公室关于印发沅川县林下经济"),
            (1, "发展三年行动方案的通知"),
        ]);
        assert_eq!(
            front.title.map(|t| t.value).as_deref(),
            Some("沅川县人民政府办公室关于印发沅川县林下经济发展三年行动方案的通知")
        );
    }

    /// A joint title broken inside an organ's name, under a red header of three organs;
    /// 主送机关 over two lines, the first ending with the comma between two of them.
    #[test]
    fn joint_title_broken_in_a_name_and_recipients_over_two_lines() {
        let front = front_of(&[
            "澄州省交通运输厅",
            "澄州省公安厅　　　　文件",
            "澄州省文化和旅游厅",
            "澄交发〔2024〕12号",
            "澄州省交通运输厅、澄州省公安厅、澄州省文化和",
            "旅游厅关于做好假日旅游交通保障工作的通知",
            "各市、县（区）交通运输局、公安局，",
            "各有关旅游企业：",
        ]);
        assert_eq!(
            front.title.map(|t| t.value).as_deref(),
            Some(
                "澄州省交通运输厅、澄州省公安厅、澄州省文化和旅游厅关于做好假日旅游交通保障工作的通知"
            )
        );
        assert_eq!(
            front.recipients.map(|r| r.value),
            Some(vec![
                "各市、县（区）交通运输局、公安局".to_owned(),
                "各有关旅游企业".to_owned()
            ])
        );
        // A page heading naming one organ above a title complete at its start stays out
        // of it; a line ending with a comma that reads as no recipients with the next
        // stays where it was.
        let front = front_of(&[
            "湄溪县人民政府",
            "湄溪县财政局关于下达2024年第二批衔接资金的通知",
            "根据省、市有关文件精神，",
            "各乡镇：",
        ]);
        assert_eq!(
            front.title.map(|t| t.value).as_deref(),
            Some("湄溪县财政局关于下达2024年第二批衔接资金的通知")
        );
        assert_eq!(
            front.recipients.map(|r| r.value),
            Some(vec!["各乡镇".to_owned()])
        );
        // A site's name and address above the title: no name broken there.
        let front = front_of(&[
            "汀州市人民政府 www.tingzhou.gov.cn",
            "汀州市人民政府关于印发汀州市城乡供水一体化实施方案的通知",
        ]);
        assert_eq!(
            front.title.map(|t| t.value).as_deref(),
            Some("汀州市人民政府关于印发汀州市城乡供水一体化实施方案的通知")
        );
    }

    /// A browser's title naming a column and a site of any name after a complete title
    /// loses them; a separator inside a title, or after a title not complete there, stays.
    #[test]
    fn column_and_site_after_a_title() {
        assert_eq!(
            clean_title_line("汀州市人民政府关于印发2019年重点工作分工的通知_政策法规_澄江法规网"),
            "汀州市人民政府关于印发2019年重点工作分工的通知"
        );
        assert_eq!(
            clean_title_line("关于开展“护苗_2024”专项行动的通知"),
            "关于开展“护苗_2024”专项行动的通知"
        );
        assert_eq!(
            clean_title_line("关于公布A_B_C三类事项目录的通知"),
            "关于公布A_B_C三类事项目录的通知"
        );
    }

    #[test]
    fn recipients_lines() {
        let hints = gongwen_blocks::Hints::default();
        let recipients = |t: &str| is_recipients(&Para::new(t, Loc::block(0), &hints));
        assert!(recipients("各镇人民政府，各街道办事处，县政府各部门："));
        assert!(recipients("国务院："));
        assert!(!recipients("现就有关事项通知如下："));
        assert!(!recipients("一、总体要求："));
        assert!(!recipients("同志们："));
        assert!(!recipients("各位代表："));
        assert!(recipients("各位代表团团长："));
        assert_eq!(
            split_recipients("各镇（街道）人民政府、办事处，县直各部门:"),
            vec!["各镇（街道）人民政府", "办事处", "县直各部门"]
        );
        assert_eq!(
            split_recipients("各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
            vec!["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]
        );
        assert_eq!(
            split_recipients("各地、州、市质量技术监督局，区局机关各部、处、室、局："),
            vec!["各地、州、市质量技术监督局", "区局机关各部、处、室、局"]
        );
        assert_eq!(
            split_recipients("沈阳、北京、兰州、济南、南京、广州军区："),
            vec!["沈阳、北京、兰州、济南、南京、广州军区"]
        );
    }
}
