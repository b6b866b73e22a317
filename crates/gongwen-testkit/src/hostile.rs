//! Pathological inputs, generated at any size: one huge line, a sea of blank lines,
//! deeply nested XML, huge tables (.txt and .docx), a zip of many tiny parts, a zip bomb,
//! and web pages: a 50 MB page, a sea of `<br>`, 10,000-deep nesting, truncated markup, no
//! article.
//! Used by the hostile-input tests and by `crates/gongwen/benches/hostile.rs`, so nothing
//! megabyte-sized is committed.

use std::fmt::Write as _;

use crate::zipkit::{DOCUMENT_CLOSE, DOCUMENT_OPEN, minimal_docx, zip_parts};

/// A .txt that is one line of about `bytes` bytes (Chinese text, no line break).
pub fn single_line_txt(bytes: usize) -> Vec<u8> {
    let unit = "各镇街要抓好落实，确保任务完成、";
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    s.into_bytes()
}

/// A .txt of a header, `n` blank lines (with a TAB-separated row before and after, so the
/// table readers look across them) and a closing paragraph.
pub fn blank_lines_txt(n: usize) -> Vec<u8> {
    let mut s = String::with_capacity(n + 256);
    s.push_str("关于做好防汛工作的通知\n各镇人民政府：\n序号\t任务\t单位\n");
    for _ in 0..n {
        s.push('\n');
    }
    s.push_str("1\t巡查\t县水务局\n");
    for _ in 0..n {
        s.push_str("\r\n");
    }
    s.push_str("\t序号\n");
    for _ in 0..n / 2 {
        s.push_str("\t\n");
    }
    s.push_str("请认真抓好落实。\n");
    s.into_bytes()
}

/// A .txt with a task table of `rows` rows in Word's save-as-text shape (a cell per
/// TAB-led line, blank lines between rows, blank cells for merged ones).
pub fn big_table_txt(rows: usize) -> Vec<u8> {
    let mut s = String::with_capacity(rows * 120 + 256);
    s.push_str("关于印发重点工作任务分工的通知\n各镇人民政府：\n现印发给你们。\n\n");
    s.push_str("\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n\n");
    for r in 1..=rows {
        let _ = write!(s, "\t{r}\n\t做好第{r}项工作\n");
        if r % 3 == 1 {
            s.push_str("\t县发改局、财政局\n\t2024年12月底前\n\n");
        } else {
            s.push_str("\t\n\t\n\n");
        }
    }
    s.into_bytes()
}

/// A .txt table of `lines` TAB-led lines with no blank line between them: one endless row.
pub fn tab_led_run_txt(lines: usize) -> Vec<u8> {
    let mut s = String::with_capacity(lines * 8 + 64);
    s.push_str("通知\n");
    for i in 0..lines {
        let _ = writeln!(s, "\t{i}");
    }
    s.into_bytes()
}

/// A .txt whose body paragraph is one long unterminated line followed by `lines` short
/// lines broken mid-sentence: all joined into one growing paragraph.
pub fn broken_paragraph_txt(lines: usize) -> Vec<u8> {
    let mut s = String::with_capacity(lines * 20 + 8_000);
    s.push_str("关于做好有关工作的通知\n各镇人民政府：\n");
    s.push_str(&"持续推进政务公开标准化规范化建设".repeat(150));
    s.push('\n');
    for _ in 0..lines {
        s.push_str("扎实推进基层政务公开\n");
    }
    s.push_str("工作。\n");
    s.into_bytes()
}

/// The `w:tbl` XML of a task table of `rows` rows, with `w:vMerge` and `w:gridSpan`.
pub fn table_xml(rows: usize) -> String {
    let mut x = String::with_capacity(rows * 400 + 512);
    x.push_str("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
    x.push_str("<w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>完成时限</w:t></w:r></w:p></w:tc></w:tr>");
    for r in 1..=rows {
        let merge = if r % 3 == 1 {
            r#"<w:vMerge w:val="restart"/>"#
        } else {
            "<w:vMerge/>"
        };
        let unit = if r % 3 == 1 {
            "县发改局、财政局"
        } else {
            ""
        };
        let _ = write!(
            x,
            "<w:tr><w:tc><w:p><w:r><w:t>{r}</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>做好第{r}项工作</w:t></w:r></w:p></w:tc>\
             <w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{unit}</w:t></w:r></w:p></w:tc>\
             <w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc></w:tr>",
            if r % 3 == 1 { "2024年12月底前" } else { "" }
        );
    }
    x.push_str("</w:tbl>");
    x
}

/// A .docx holding a title, a recipient line and a task table of `rows` rows.
pub fn big_table_docx(rows: usize) -> Vec<u8> {
    let mut x = String::from(DOCUMENT_OPEN);
    x.push_str("<w:p><w:r><w:t>关于印发重点工作任务分工的通知</w:t></w:r></w:p>");
    x.push_str("<w:p><w:r><w:t>各镇人民政府：</w:t></w:r></w:p>");
    x.push_str(&table_xml(rows));
    x.push_str(DOCUMENT_CLOSE);
    minimal_docx(x.as_bytes())
}

/// A .docx whose body nests `depth` elements (`w:sdt`/`w:sdtContent` pairs around runs).
pub fn deep_xml_docx(depth: usize) -> Vec<u8> {
    let mut x = String::with_capacity(depth * 12 + 256);
    x.push_str(DOCUMENT_OPEN);
    x.push_str("<w:p>");
    for _ in 0..depth {
        x.push_str("<w:hyperlink>");
    }
    x.push_str("<w:r><w:t>通知</w:t></w:r>");
    for _ in 0..depth {
        x.push_str("</w:hyperlink>");
    }
    x.push_str("</w:p>");
    x.push_str(DOCUMENT_CLOSE);
    minimal_docx(x.as_bytes())
}

/// A .docx with `n` extra tiny parts beside a one-paragraph document.
pub fn many_parts_docx(n: usize) -> Vec<u8> {
    let document = format!(
        "{DOCUMENT_OPEN}<w:p><w:r><w:t>关于做好防汛工作的通知</w:t></w:r></w:p>{DOCUMENT_CLOSE}"
    );
    let mut parts: Vec<(String, Vec<u8>)> = Vec::with_capacity(n + 3);
    parts.push((
        "[Content_Types].xml".into(),
        crate::zipkit::CONTENT_TYPES.as_bytes().to_vec(),
    ));
    parts.push((
        "_rels/.rels".into(),
        crate::zipkit::ROOT_RELS.as_bytes().to_vec(),
    ));
    for i in 0..n {
        parts.push((format!("customXml/item{i}.xml"), b"<a/>".to_vec()));
    }
    parts.push(("word/document.xml".into(), document.into_bytes()));
    zip_parts(&parts, false)
}

/// A zip bomb: a .docx whose `word/document.xml` is a valid document padded with
/// `inflated` bytes of spaces, deflated (about 1000:1).
pub fn zip_bomb_docx(inflated: usize) -> Vec<u8> {
    let mut x = Vec::with_capacity(inflated + 256);
    x.extend_from_slice(DOCUMENT_OPEN.as_bytes());
    x.resize(x.len() + inflated, b' ');
    x.extend_from_slice(DOCUMENT_CLOSE.as_bytes());
    minimal_docx(&x)
}

/// A .docx with one paragraph of `n` preserved spaces, each followed by a page break: the
/// reader must not look back over the whole paragraph at every break.
pub fn page_breaks_docx(n: usize) -> Vec<u8> {
    let mut x = String::with_capacity(n * 80 + 256);
    x.push_str(DOCUMENT_OPEN);
    x.push_str("<w:p><w:r>");
    for _ in 0..n {
        x.push_str("<w:t xml:space=\"preserve\"> </w:t><w:br w:type=\"page\"/>");
    }
    x.push_str("<w:t>通知</w:t></w:r></w:p>");
    x.push_str(DOCUMENT_CLOSE);
    minimal_docx(x.as_bytes())
}

/// A .docx task table of `rows` rows whose last cell sits far to the right (`w:gridBefore`
/// and `w:gridSpan` at their caps): a sparse grid far wider than its cells.
pub fn wide_grid_docx(rows: usize) -> Vec<u8> {
    let mut x = String::with_capacity(rows * 300 + 512);
    x.push_str(DOCUMENT_OPEN);
    x.push_str("<w:p><w:r><w:t>关于印发重点工作任务分工的通知</w:t></w:r></w:p><w:tbl>");
    x.push_str("<w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工作任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>");
    for r in 1..=rows {
        let _ = write!(
            x,
            "<w:tr>{}<w:tc><w:p><w:r><w:t>{r}</w:t></w:r></w:p></w:tc>\
             <w:tc><w:tcPr><w:gridSpan w:val=\"4096\"/></w:tcPr><w:p><w:r><w:t>做好</w:t></w:r></w:p></w:tc>\
             <w:tc><w:tcPr><w:gridSpan w:val=\"4096\"/></w:tcPr><w:p><w:r><w:t>县发改局</w:t></w:r></w:p></w:tc></w:tr>",
            if r % 2 == 0 {
                "<w:trPr><w:gridBefore w:val=\"1000000\"/></w:trPr>"
            } else {
                ""
            }
        );
    }
    x.push_str("</w:tbl>");
    x.push_str(DOCUMENT_CLOSE);
    minimal_docx(x.as_bytes())
}

/// The head and chrome of a CMS page, up to its content element.
const HTML_OPEN: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
    <title>关于做好防汛工作的通知_通知公告_柏岩县人民政府</title></head><body>\
    <div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a></div>\
    <div class=\"TRS_Editor\"><p align=\"center\">关于做好防汛工作的通知</p><p>各镇人民政府：</p>";
const HTML_CLOSE: &str =
    "</div><div class=\"footer\">主办单位：柏岩县人民政府办公室</div></body></html>";

/// A CMS page of about `bytes` bytes: paragraph after paragraph of the notice's text, as
/// Word pastes them (a 50 MB page is a real page's shape at a hostile size).
pub fn big_page_html(bytes: usize) -> Vec<u8> {
    let para = "<p style=\"text-indent:2em;line-height:1.8\"><span style=\"font-family:仿宋_GB2312\">\
                各乡镇、各部门要高度重视，认真组织，确保各项任务按期完成，并于每季度末报送工作进展情况。\
                </span></p>\n";
    let mut s = String::with_capacity(bytes + para.len() + 1024);
    s.push_str(HTML_OPEN);
    while s.len() < bytes {
        s.push_str(para);
    }
    s.push_str(HTML_CLOSE);
    s.into_bytes()
}

/// A page that is `n` `<br>` tags in its content element: the most elements per byte a page
/// can hold (the reader's memory is bounded by the input size, this is its worst case).
pub fn line_breaks_html(n: usize) -> Vec<u8> {
    let mut s = String::with_capacity(n * 4 + 1024);
    s.push_str(HTML_OPEN);
    for _ in 0..n {
        s.push_str("<br>");
    }
    s.push_str("<p>请认真抓好落实。</p>");
    s.push_str(HTML_CLOSE);
    s.into_bytes()
}

/// A page nesting `depth` `<div>`s (never closed) around a paragraph.
pub fn deep_html(depth: usize) -> Vec<u8> {
    let mut s = String::with_capacity(depth * 5 + 1024);
    s.push_str(HTML_OPEN);
    for _ in 0..depth {
        s.push_str("<div>");
    }
    s.push_str("<p>请认真抓好落实。</p>");
    s.into_bytes()
}

/// A page holding a task table of `rows` rows, its category column merged over ten rows
/// at a time (`rowspan`), every fifth lead cell blank.
pub fn big_table_html(rows: usize) -> Vec<u8> {
    let mut s = String::with_capacity(rows * 160 + 1024);
    s.push_str(HTML_OPEN);
    s.push_str(
        "<table border=\"1\"><thead><tr><th>序号</th><th>类别</th><th>工作任务</th>\
                <th>责任单位</th><th>完成时限</th></tr></thead><tbody>",
    );
    for r in 1..=rows {
        let _ = write!(s, "<tr><td>{r}</td>");
        if r % 10 == 1 {
            let _ = write!(s, "<td rowspan=\"10\">一、第{}类</td>", r / 10 + 1);
        }
        let unit = if r % 5 == 0 {
            "&nbsp;"
        } else {
            "县发改局、县财政局"
        };
        let _ = write!(
            s,
            "<td>做好第{r}项工作</td><td>{unit}</td><td>2024年12月底前</td></tr>"
        );
    }
    s.push_str("</tbody></table>");
    s.push_str(HTML_CLOSE);
    s.into_bytes()
}

/// The first `keep` bytes of a page with a task table: cut inside its markup, as an
/// interrupted download leaves it (cut on a character boundary).
pub fn truncated_html(keep: usize) -> Vec<u8> {
    let full = String::from_utf8(big_table_html(20)).unwrap_or_default();
    let mut end = keep.min(full.len());
    while !full.is_char_boundary(end) {
        end -= 1;
    }
    full.as_bytes()[..end].to_vec()
}

/// A page of navigation and link lists only: no article.
pub fn no_article_html() -> Vec<u8> {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><title>柏岩县人民政府</title></head><body><ul class=\"nav\">",
    );
    for i in 0..30 {
        let _ = write!(s, "<li><a href=\"/col/{i}\">栏目{i}</a></li>");
    }
    s.push_str("</ul><div class=\"footer\">版权所有</div></body></html>");
    s.into_bytes()
}
