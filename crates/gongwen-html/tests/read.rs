//! The reader on small pages written for each rule: what becomes a paragraph, a table, a
//! fact about the page, what is dropped, and where each block was found.

use gongwen_blocks::{Align, Block, Paragraph, Table};
use gongwen_html::{HtmlError, HtmlLimits, HtmlOutput, read_html};
use gongwen_model::DiagnosticCode;

fn read(html: &str) -> HtmlOutput {
    read_html(html.as_bytes(), None, &HtmlLimits::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// A page whose article is `body` (in a TRS content element), with some chrome around it.
fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>测试页</title></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a></div>\
         <div class=\"TRS_Editor\">{body}</div>\
         <div class=\"footer\">主办单位：柏岩县人民政府办公室</div></body></html>"
    )
}

fn paragraphs(out: &HtmlOutput) -> Vec<&Paragraph> {
    out.blocks.iter().filter_map(Block::as_paragraph).collect()
}

fn texts(out: &HtmlOutput) -> Vec<&str> {
    paragraphs(out).iter().map(|p| p.text.as_str()).collect()
}

fn tables(out: &HtmlOutput) -> Vec<&Table> {
    out.blocks.iter().filter_map(Block::as_table).collect()
}

/// Each table row as (col, row_span, col_span, text) tuples.
fn grid(t: &Table) -> Vec<Vec<(u32, u32, u32, &str)>> {
    t.rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|c| (c.col, c.row_span, c.col_span, c.text.as_str()))
                .collect()
        })
        .collect()
}

fn codes(out: &HtmlOutput) -> Vec<DiagnosticCode> {
    out.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn white_space_as_a_browser_shows_it() {
    // (article markup, paragraphs)
    let cases: &[(&str, &[&str])] = &[
        // Runs collapse; a line break between two CJK characters is no space.
        (
            "<p>各镇人民政府，\n      县政府各部门：</p><p>a  b\tc</p>",
            &["各镇人民政府，县政府各部门：", "a b c"],
        ),
        // A line break between Latin and CJK is a space; &nbsp; inside a line is a space.
        ("<p>PPP\n项目&nbsp;&nbsp;清单</p>", &["PPP 项目  清单"]),
        // Entities decode.
        (
            "<p>A&amp;B &lt;通知&gt; &ldquo;一网通办&rdquo;</p>",
            &["A&B <通知> “一网通办”"],
        ),
        // Preformatted text keeps its lines as paragraphs.
        ("<pre>第一行\n  第二行</pre>", &["第一行", "第二行"]),
        // Inline elements do not break; blocks do.
        (
            "<p>现将<span>《方案》</span>印发<b>给你们</b>。</p><div>请认真落实。</div>",
            &["现将《方案》印发给你们。", "请认真落实。"],
        ),
    ];
    for (body, want) in cases {
        let out = read(&page(body));
        assert_eq!(texts(&out), *want, "{body}");
    }
}

#[test]
fn indents_and_blank_lines() {
    let out = read(&page(
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;为做好工作，现通知如下。</p>\
         <p>　　一、总体要求</p>\
         <p style=\"text-indent:2em\">（一）压实责任。</p>\
         <p>&nbsp;</p><p><br></p>\
         <p>&nbsp; &nbsp; &nbsp; 柏岩县人民政府办公室</p>",
    ));
    let got: Vec<(&str, u16, u16)> = paragraphs(&out)
        .iter()
        .map(|p| (p.text.as_str(), p.hints.indent, p.hints.blank_lines_before))
        .collect();
    assert_eq!(
        got,
        [
            ("为做好工作，现通知如下。", 4, 0),
            ("一、总体要求", 4, 0),
            ("（一）压实责任。", 4, 0),
            ("柏岩县人民政府办公室", 6, 2),
        ]
    );
}

#[test]
fn line_breaks_are_paragraphs_in_the_flow_and_lines_in_cells() {
    let out = read(&page(
        "　　一、提高认识<br>　　二、加强领导<br/><br/>　　三、狠抓落实\
         <table><tr><td>责任单位</td><td>要求</td></tr>\
         <tr><td>县发改局<br>县财政局</td><td><p>按月报送。</p><p>年底总结。</p></td></tr></table>",
    ));
    let got: Vec<(&str, u16)> = paragraphs(&out)
        .iter()
        .map(|p| (p.text.as_str(), p.hints.blank_lines_before))
        .collect();
    assert_eq!(
        got,
        [
            ("一、提高认识", 0),
            ("二、加强领导", 0),
            ("三、狠抓落实", 1)
        ]
    );
    let t = tables(&out);
    assert_eq!(
        grid(t[0])[1],
        [
            (0, 1, 1, "县发改局\n县财政局"),
            (1, 1, 1, "按月报送。\n年底总结。")
        ]
    );
}

#[test]
fn alignment_bold_headings_and_sizes() {
    let out = read(&page(
        "<p align=\"center\"><strong>关于做好防汛工作的通知</strong></p>\
         <div style=\"text-align:right\"><p>柏岩县人民政府</p></div>\
         <center>附件</center>\
         <h2>一、总体要求</h2>\
         <p><span style=\"font-size:16pt\">正文</span><b>加粗</b></p>\
         <p style=\"text-align: justify; font-weight: bold\">全部加粗</p>",
    ));
    type Shown<'a> = (&'a str, Option<Align>, bool, Option<u8>, Option<u16>);
    let got: Vec<Shown<'_>> = paragraphs(&out)
        .iter()
        .map(|p| {
            (
                p.text.as_str(),
                p.hints.align,
                p.hints.bold,
                p.hints.heading_level,
                p.hints.font_size,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "关于做好防汛工作的通知",
                Some(Align::Center),
                true,
                None,
                None
            ),
            ("柏岩县人民政府", Some(Align::Right), false, None, None),
            ("附件", Some(Align::Center), false, None, None),
            ("一、总体要求", None, true, Some(2), None),
            ("正文加粗", None, false, None, Some(32)),
            ("全部加粗", Some(Align::Justify), true, None, None),
        ]
    );
}

#[test]
fn ordered_lists_show_their_numbers() {
    let out = read(&page(
        "<ol><li>第一项</li><li>第二项</li></ol>\
         <ol start=\"3\" type=\"a\"><li>丙</li></ol>\
         <ol style=\"list-style-type: cjk-ideographic\"><li>总体要求</li><li>重点任务</li></ol>\
         <ul><li>无编号</li></ul>",
    ));
    assert_eq!(
        texts(&out),
        [
            "1.第一项",
            "2.第二项",
            "c.丙",
            "一、总体要求",
            "二、重点任务",
            "无编号"
        ]
    );
    assert_eq!(
        paragraphs(&out)[3].hints.list_label.as_deref(),
        Some("一、")
    );
    assert_eq!(paragraphs(&out)[5].hints.list_label, None);
}

#[test]
fn spans_are_resolved_as_the_html_table_model_says() {
    let out = read(&page(
        "<table><thead><tr><th>类别</th><th>任务</th><th>牵头单位</th><th>时限</th></tr></thead>\
         <tbody>\
         <tr><td rowspan=\"3\">一、政务服务</td><td>任务甲</td><td>县行政审批局</td><td rowspan=\"2\">6月底前</td></tr>\
         <tr><td>任务乙</td><td>&nbsp;</td></tr>\
         <tr><td>任务丙</td><td colspan=\"2\">县司法局</td></tr>\
         <tr><td colspan=\"4\">二、要素保障</td></tr>\
         <tr><td rowspan=\"0\">x</td><td>任务丁</td><td rowspan=\"9\">县自然资源局</td><td>年底前</td></tr>\
         <tr><td>任务戊</td><td>长期</td></tr>\
         </tbody></table>",
    ));
    let t = tables(&out)[0];
    assert_eq!(
        grid(t),
        vec![
            vec![
                (0, 1, 1, "类别"),
                (1, 1, 1, "任务"),
                (2, 1, 1, "牵头单位"),
                (3, 1, 1, "时限")
            ],
            vec![
                (0, 3, 1, "一、政务服务"),
                (1, 1, 1, "任务甲"),
                (2, 1, 1, "县行政审批局"),
                (3, 2, 1, "6月底前")
            ],
            // A blank lead cell is a blank cell, not a merge.
            vec![(1, 1, 1, "任务乙"), (2, 1, 1, "")],
            vec![(1, 1, 1, "任务丙"), (2, 1, 2, "县司法局")],
            vec![(0, 1, 4, "二、要素保障")],
            // rowspan=0 and a rowspan past the group end stop at the group's end.
            vec![
                (0, 2, 1, "x"),
                (1, 1, 1, "任务丁"),
                (2, 2, 1, "县自然资源局"),
                (3, 1, 1, "年底前")
            ],
            vec![(1, 1, 1, "任务戊"), (3, 1, 1, "长期")],
        ]
    );
    assert!(t.rows[0].repeat_header && !t.rows[1].repeat_header);
    // Locations: table, row and cell, with the merged cell's spans.
    let cell = &t.rows[1].cells[0];
    assert_eq!(
        (cell.loc.block, cell.loc.row, cell.loc.col),
        (t.loc.block, Some(1), Some(0))
    );
    assert_eq!((cell.loc.row_span, cell.loc.col_span), (Some(3), None));
    assert_eq!(t.grid_width(), 4);
}

#[test]
fn layout_tables_are_read_through_and_nested_tables_flattened() {
    // A one-column layout table holding the notice and a data table; a table nested in a
    // data cell.
    let out = read(&page(
        "<table width=\"100%\"><tr><td align=\"center\">关于印发清单的通知</td></tr>\
         <tr><td><p>各镇人民政府：</p><p>现将清单印发给你们。</p>\
         <table border=\"1\"><tr><td>序号</td><td>任务</td></tr>\
         <tr><td>1</td><td>巡查<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table></td></tr>\
         </table></td></tr></table>",
    ));
    assert_eq!(
        texts(&out),
        [
            "关于印发清单的通知",
            "各镇人民政府：",
            "现将清单印发给你们。"
        ]
    );
    assert_eq!(paragraphs(&out)[0].hints.align, Some(Align::Center));
    let t = tables(&out);
    assert_eq!(t.len(), 1);
    assert_eq!(
        grid(t[0])[1],
        [(0, 1, 1, "1"), (1, 1, 1, "巡查\n甲 乙\n丙 丁")]
    );
}

#[test]
fn a_two_column_page_layout_is_not_data() {
    // The left column is navigation, the right one the article: the table is page layout,
    // and the article is found inside it.
    let mut body = String::from(
        "<!DOCTYPE html><html><head><title>x</title></head><body><table><tr><td width=\"200\">",
    );
    for i in 0..8 {
        body.push_str(&format!("<p><a href=\"/l{i}\">栏目{i}</a></p>"));
    }
    body.push_str("</td><td width=\"780\">");
    for i in 0..6 {
        body.push_str(&format!(
            "<p>第{i}段：为切实做好防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。</p>"
        ));
    }
    body.push_str("</td></tr></table></body></html>");
    let out = read(&body);
    assert!(tables(&out).is_empty());
    assert_eq!(texts(&out).len(), 6);
    assert!(texts(&out).iter().all(|t| t.starts_with('第')));
    assert!(codes(&out).contains(&DiagnosticCode::ArticleContainer));
}

#[test]
fn chrome_and_hidden_elements_are_dropped_with_a_diagnostic() {
    let out = read(
        "<html><body><article><h1>关于做好防汛工作的通知</h1>\
         <div class=\"breadcrumb\">当前位置：首页 &gt; 通知公告</div>\
         <p>各镇人民政府：</p><p>请认真抓好落实。</p>\
         <p style=\"display:none\">隐藏的编辑说明</p><div hidden>也隐藏</div>\
         <script>var a = '<p>不是正文</p>';</script><style>p{color:red}</style>\
         <div class=\"share_box\">分享到：微信 微博</div>\
         <div id=\"print-btn\">【打印本页】</div>\
         <form><input value=\"搜索\"><button>提交</button></form>\
         </article><div class=\"footer\">版权所有</div></body></html>",
    );
    assert_eq!(
        texts(&out),
        [
            "关于做好防汛工作的通知",
            "各镇人民政府：",
            "请认真抓好落实。"
        ]
    );
    let dropped: Vec<&str> = out
        .diagnostics
        .iter()
        .filter(|d| d.code == DiagnosticCode::PageChromeDropped)
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(dropped.len(), 5, "{dropped:?}");
    assert!(dropped[0].contains("breadcrumb") && dropped[0].contains("div.breadcrumb"));
    assert!(dropped.iter().any(|m| m.contains("hidden element")));
    assert!(dropped.iter().any(|m| m.contains("share widget")));
    assert!(
        dropped
            .iter()
            .any(|m| m.contains("print button") && m.contains("#print-btn"))
    );
    // Diagnostics are in block order.
    let blocks: Vec<u32> = out
        .diagnostics
        .iter()
        .filter_map(|d| d.loc.map(|l| l.block))
        .collect();
    assert!(blocks.windows(2).all(|w| w[0] <= w[1]), "{blocks:?}");
}

#[test]
fn page_facts_become_meta_blocks() {
    let out = read(
        "<html><head><meta charset=\"utf-8\">\
         <meta name=\"ArticleTitle\" content=\"关于做好防汛工作的通知\">\
         <meta name=\"pubdate\" content=\"2024-05-22 09:30\">\
         <meta name=\"ContentSource\" content=\"柏岩县水务局\">\
         <meta name=\"keywords\" content=\"\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <title>关于做好防汛工作的通知_通知公告_柏岩县人民政府</title></head><body>\
         <ul class=\"xxgk\"><li>索&ensp;引&ensp;号：<span>001/2024-0003</span></li>\
         <li>发布机构：<span>柏岩县水务局</span></li><li>成文日期：2024-05-20</li>\
         <li>发文字号：柏水发〔2024〕6号</li><li>有 效 性：</li></ul>\
         <div class=\"article_content\"><p>各镇人民政府：</p><p>请认真抓好落实。</p></div></body></html>",
    );
    let metas: Vec<(&str, &str)> = out
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Meta(m) => Some((m.key.as_str(), m.value.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        metas,
        [
            ("ArticleTitle", "关于做好防汛工作的通知"),
            ("pubdate", "2024-05-22 09:30"),
            ("ContentSource", "柏岩县水务局"),
            ("title", "关于做好防汛工作的通知_通知公告_柏岩县人民政府"),
            ("索引号", "001/2024-0003"),
            ("发布机构", "柏岩县水务局"),
            ("成文日期", "2024-05-20"),
            ("发文字号", "柏水发〔2024〕6号"),
        ]
    );
    // Meta blocks come first, numbered like every block.
    for (i, b) in out.blocks.iter().enumerate() {
        assert_eq!(b.loc().block as usize, i);
    }
    assert_eq!(texts(&out), ["各镇人民政府：", "请认真抓好落实。"]);
}

#[test]
fn metadata_tables_and_definition_lists() {
    let out = read(
        "<html><body><table class=\"xxgk\"><tr><td>索 引 号：</td><td>001/2024-0003</td>\
         <td>主题分类：</td><td>城乡建设</td></tr>\
         <tr><td>发文机关：</td><td>柏岩县人民政府</td><td>成文日期：</td><td>2024年05月20日</td></tr></table>\
         <dl><dt>公开方式</dt><dd>主动公开</dd><dt>发文字号</dt><dd>柏政发〔2024〕5号</dd></dl>\
         <div id=\"zoom\"><p>各镇人民政府：</p><p>请认真抓好落实，确保各项任务按期完成。</p></div></body></html>",
    );
    let metas: Vec<(&str, &str, Option<u32>, Option<u32>)> = out
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Meta(m) => Some((m.key.as_str(), m.value.as_str(), m.loc.row, m.loc.col)),
            _ => None,
        })
        .collect();
    assert_eq!(
        metas,
        [
            ("索引号", "001/2024-0003", Some(0), Some(0)),
            ("主题分类", "城乡建设", Some(0), Some(2)),
            ("发文机关", "柏岩县人民政府", Some(1), Some(0)),
            ("成文日期", "2024年05月20日", Some(1), Some(2)),
            ("公开方式", "主动公开", None, None),
            ("发文字号", "柏政发〔2024〕5号", None, None),
        ]
    );
    assert!(tables(&out).is_empty());
}

#[test]
fn a_notice_quoting_labels_is_no_metadata_block() {
    // Paragraphs of the notice itself that start with metadata labels stay text.
    let out = read(&page(
        "<p>各单位：</p><p>成文日期：以签发日期为准。</p><p>发文字号：由办公室统一编号。</p>\
         <p>一、报送要求</p><p>请于5月底前报送。</p><p>二、联系方式</p><p>联系人：张明</p>",
    ));
    assert!(
        out.blocks
            .iter()
            .all(|b| !matches!(b, Block::Meta(m) if m.key != "title"))
    );
    assert_eq!(texts(&out)[1], "成文日期：以签发日期为准。");
}

#[test]
fn the_article_container() {
    // Named by the CMS: the innermost element holding (about) all of the named text.
    let out = read(
        "<html><body><div class=\"article_content\"><div class=\"TRS_Editor\">\
         <p>各镇人民政府：请认真抓好落实，确保各项任务按期完成。</p></div></div></body></html>",
    );
    let d = &out.diagnostics[0];
    assert_eq!(d.code, DiagnosticCode::ArticleContainer);
    assert!(d.message.contains("div.TRS_Editor"), "{}", d.message);

    // Nothing named: the densest text wins over a longer link list.
    let mut html = String::from("<html><body><div class=\"links\">");
    for i in 0..40 {
        html.push_str(&format!(
            "<p><a href=\"/{i}\">关于做好第{i}项工作的通知</a></p>"
        ));
    }
    html.push_str("</div><div class=\"wrap\"><div class=\"c\">");
    for i in 0..4 {
        html.push_str(&format!(
            "<p>第{i}条，各单位要高度重视，认真组织，确保按期完成。</p>"
        ));
    }
    html.push_str("</div></div></body></html>");
    let out = read(&html);
    assert_eq!(texts(&out).len(), 4);
    assert!(
        out.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::ArticleContainer && d.message.contains("div.c"))
    );

    // No article at all: the whole body, with a warning.
    let out = read("<html><body><div><a href=\"/\">首页</a></div></body></html>");
    assert!(codes(&out).contains(&DiagnosticCode::NoArticle));
    assert_eq!(texts(&out), ["首页"]);
}

#[test]
fn the_page_heading_is_read_when_the_article_lacks_it() {
    let html = |content: &str| {
        format!(
            "<html><head><title>关于做好防汛工作的通知_柏岩县人民政府</title></head><body>\
             <div class=\"nav\"><a href=\"/\">首页</a></div>\
             <h1 class=\"title\">关于做好防汛工作的通知</h1><p class=\"info\">发布日期：2024-05-22</p>\
             <div id=\"zoom\">{content}</div></body></html>"
        )
    };
    let out = read(&html("<p>各镇人民政府：</p><p>请认真抓好落实。</p>"));
    assert_eq!(
        texts(&out),
        [
            "关于做好防汛工作的通知",
            "各镇人民政府：",
            "请认真抓好落实。"
        ]
    );
    // Printed in the article already: not twice.
    let out = read(&html(
        "<p>关于做好防汛<br>工作的通知</p><p>各镇人民政府：</p>",
    ));
    assert_eq!(
        texts(&out),
        ["关于做好防汛", "工作的通知", "各镇人民政府："]
    );
}

/// An old table-laid page: the title in a row of its own above the text's cell, in large
/// bold type, and a `<title>` holding only the site's name. The text's cell is chosen by
/// density; the heading is read by its look. Bold menu entries, links and labelled lines
/// ("发布日期：…") are no heading, and a page without a heading row gets none.
#[test]
fn an_old_layout_page_heading_is_read_by_its_look() {
    let html = |title_row: &str| {
        format!(
            "<html><head><title>柏岩县人民政府</title></head><body><center><table>\
             <tr><td><font size=\"2\"><b>政务公开</b> <a href=\"/\"><b>首页栏目导航链接</b></a></font></td></tr>\
             <tr><td><table>\
             <tr><td><font size=\"2\">您的位置：首页 → 政务公开</font></td></tr>\
             {title_row}\
             <tr><td align=\"center\"><font size=\"2\">发布日期：2024年5月22日</font></td></tr>\
             <tr><td><font size=\"3\"><p>各镇人民政府，县直各单位：</p>\
             <p>为做好今年防汛工作，确保人民群众生命财产安全，经县政府同意，现将有关事项通知如下，请认真抓好落实。</p>\
             <p>一、压实防汛责任，落实各级防汛行政首长负责制，细化到村到户到人。</p>\
             <p>二、加强隐患排查，对水库、山塘、地质灾害点开展拉网式排查，建立台账，逐一销号。</p></font></td></tr>\
             </table></td></tr></table></center></body></html>"
        )
    };
    let out = read(&html(
        "<tr><td align=\"center\"><font size=\"4\"><b>柏岩县人民政府办公室关于做好2024年防汛工作的通知</b></font></td></tr>",
    ));
    let got = texts(&out);
    assert_eq!(
        got.first().copied(),
        Some("柏岩县人民政府办公室关于做好2024年防汛工作的通知"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|t| t.contains("首页栏目") || t.contains("发布日期"))
    );
    // No heading row: the text starts with the article.
    let out = read(&html(""));
    assert_eq!(
        texts(&out).first().copied(),
        Some("各镇人民政府，县直各单位：")
    );
}

#[test]
fn offsets_point_at_each_element() {
    for encoding in [encoding_rs::UTF_8, encoding_rs::GBK] {
        let html = "<html><head><meta charset=\"gbk\"><title>通知</title></head><body>\
                    <div class=\"TRS_Editor\"><p>各镇人民政府：</p>\n<p align=\"right\">柏岩县人民政府</p>\
                    <table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>巡查</td></tr></table>\
                    </div></body></html>";
        let (bytes, _, _) = encoding.encode(html);
        let forced = (encoding == encoding_rs::UTF_8).then_some(encoding_rs::UTF_8);
        let out = read_html(&bytes, forced, &HtmlLimits::default()).expect("reads");
        let at = |offset: Option<u64>| {
            let o = usize::try_from(offset.expect("an offset")).expect("fits");
            String::from_utf8_lossy(&bytes[o..(o + 6).min(bytes.len())]).into_owned()
        };
        let ps = paragraphs(&out);
        assert!(at(ps[0].loc.offset).starts_with("<p>"), "{encoding:?}");
        assert!(at(ps[1].loc.offset).starts_with("<p ali"), "{encoding:?}");
        let t = tables(&out)[0];
        assert!(at(t.loc.offset).starts_with("<table"));
        assert!(at(t.rows[1].loc.offset).starts_with("<tr>"));
        assert!(at(t.rows[1].cells[1].loc.offset).starts_with("<td>"));
        let title = out.blocks.iter().find_map(|b| match b {
            Block::Meta(m) if m.key == "title" => Some(m.loc.offset),
            _ => None,
        });
        assert!(at(title.flatten()).starts_with("<title"));
    }
}

#[test]
fn encodings() {
    // Declared GB2312, bytes GBK.
    let (bytes, _, _) = encoding_rs::GBK.encode(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>\
         <body><div id=\"zoom\"><p>关于做好防汛工作的通知</p></div></body></html>",
    );
    let out = read_html(&bytes, None, &HtmlLimits::default()).expect("reads");
    assert_eq!(out.encoding, "GBK");
    assert_eq!(texts(&out), ["关于做好防汛工作的通知"]);
    // Declared GB2312, bytes UTF-8: read as UTF-8, said so.
    let out = read(
        "<html><head><meta charset=\"gb2312\"></head><body><div id=\"zoom\"><p>关于做好防汛工作的通知</p></div></body></html>",
    );
    assert_eq!(out.encoding, "UTF-8");
    assert!(codes(&out).contains(&DiagnosticCode::EncodingMismatch));
    // A few bad bytes are replaced and reported.
    let mut bytes = b"<html><body><div id=\"zoom\"><p>ok ".to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice("通知</p></div></body></html>".as_bytes());
    let out = read_html(&bytes, Some(encoding_rs::UTF_8), &HtmlLimits::default()).expect("reads");
    assert_eq!(texts(&out), ["ok \u{fffd}通知"]);
    assert!(codes(&out).contains(&DiagnosticCode::BytesReplaced));
}

#[test]
fn hostile_pages() {
    // Binary data named .html.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[0; 64]);
    assert!(matches!(
        read_html(&png, None, &HtmlLimits::default()),
        Err(HtmlError::Binary { offset: 8 })
    ));
    // Nesting beyond the limit is refused at the tag that goes too deep.
    let deep = "<div>".repeat(10_000);
    let err = read_html(deep.as_bytes(), None, &HtmlLimits::default()).expect_err("too deep");
    match err {
        HtmlError::TooDeep { limit, offset } => {
            assert_eq!(limit, 256);
            // <html><body> are implied; the 256th element nested is the 254th <div>.
            assert_eq!(offset, 5 * 254);
        }
        other => panic!("{other}"),
    }
    // A table larger than the limit.
    let mut table = String::from("<table>");
    for _ in 0..100 {
        table.push_str("<tr><td>1</td><td>2</td><td rowspan=\"50\">3</td></tr>");
    }
    table.push_str("</table>");
    let limits = HtmlLimits::default().with_max_table_cells(1_000);
    let err = read_html(table.as_bytes(), None, &limits).expect_err("too large");
    assert!(
        matches!(
            err,
            HtmlError::TableTooLarge {
                limit: 1_000,
                offset: 0
            }
        ),
        "{err}"
    );
    // Truncated markup: what was there is read, with a warning.
    let out = read(
        "<!DOCTYPE html><html><body><div id=\"zoom\"><p>各镇人民政府：</p><p>请认真抓好落实。</p><table><tr><td>序号</td><td>任",
    );
    assert_eq!(texts(&out), ["各镇人民政府：", "请认真抓好落实。"]);
    assert!(codes(&out).contains(&DiagnosticCode::PageTruncated));
    assert_eq!(
        grid(tables(&out)[0]),
        [[(0, 1, 1, "序号"), (1, 1, 1, "任")]]
    );
    // Nothing at all.
    let out = read("<html></html>");
    assert!(texts(&out).is_empty());
}

/// A document Word saved as a web page: every section is the document, the landscape
/// attachment's section with its table too, though another section holds denser text.
/// Without the generator's meta the same divisions are a page like any other.
#[test]
fn a_page_word_saved_is_read_whole() {
    let sections = "<div class=WordSection1>\
         <p class=MsoNormal>柏岩县人民政府办公室关于印发重点任务分工的通知</p>\
         <p class=MsoNormal>各乡镇人民政府，县直各部门：现将重点任务分工印发给你们，请认真贯彻落实，\
         按时报送进展情况，确保各项任务落到实处，取得实效。</p>\
         <p class=MsoNormal>各单位要加强组织领导，明确责任分工，细化工作措施，形成工作合力，\
         确保各项任务按期完成。</p></div>\
         <div class=WordSection2><table class=MsoTableGrid>\
         <tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>\
         <tr><td>1</td><td>完成改造</td><td>县住建局</td></tr></table></div>";
    let word = format!(
        "<html><head><meta name=ProgId content=Word.Document>\
         <meta name=Generator content=\"Microsoft Word 15\"></head><body lang=ZH-CN>{sections}\
         </body></html>"
    );
    let out = read(&word);
    assert_eq!(tables(&out).len(), 1);
    assert!(texts(&out)[0].starts_with("柏岩县人民政府办公室关于印发"));
    let plain = format!("<html><head><title>t</title></head><body>{sections}</body></html>");
    let out = read(&plain);
    assert_eq!(tables(&out).len(), 0, "the densest section alone is read");
}

/// A table of many cells beside the notice's paragraphs in one layout cell (an old site's
/// page): the cells' scores made the table the densest element; the article is the cell
/// holding both, so the 主送, the signature and its date are read too.
#[test]
fn a_task_table_beside_the_notice_is_not_the_whole_article() {
    let mut rows = String::new();
    for i in 1..=8 {
        rows.push_str(&format!(
            "<tr><td>{i}</td><td>完成第{i}项改造任务，同步实施管网更新，确保按期完成。</td>\
             <td>区住房城乡建设局、各街道办事处</td><td>2025年10月底前</td></tr>"
        ));
    }
    let html = format!(
        "<html><body><table><tr><td class=\"left\"><a href=\"/a\">区政府文件</a></td>\
         <td><table><tr><td class=\"weizhi\">您现在的位置：首页 &gt;&gt; 政务公开</td></tr>\
         <tr><td class=\"content\"><p>各街道办事处，区政府各部门：</p>\
         <p>现将《任务清单》印发给你们，请认真抓好落实。</p>\
         <p>青埠区人民政府办公室</p><p>2025年5月28日</p>\
         <table border=\"1\"><tr><td>序号</td><td>工作任务</td><td>责任单位</td>\
         <td>完成时限</td></tr>{rows}</table></td></tr></table></td></tr></table></body></html>"
    );
    let out = read(&html);
    let kept = texts(&out);
    assert!(kept.contains(&"各街道办事处，区政府各部门："), "{kept:?}");
    assert!(kept.contains(&"2025年5月28日"), "{kept:?}");
    assert_eq!(tables(&out).len(), 1);
    assert_eq!(tables(&out)[0].rows.len(), 9);

    // Negative: a table whose container holds no paragraphs of its own stays the article
    // (the link list beside it is not taken in).
    let html = format!(
        "<html><body><div class=\"links\"><p><a href=\"/1\">关于做好安全生产工作的通知</a></p>\
         <p><a href=\"/2\">关于做好防汛工作的通知</a></p></div>\
         <div class=\"box\"><table border=\"1\"><tr><td>序号</td><td>工作任务</td>\
         <td>责任单位</td><td>完成时限</td></tr>{rows}</table></div></body></html>"
    );
    let out = read(&html);
    assert!(
        !texts(&out).iter().any(|t| t.contains("通知")),
        "{:?}",
        texts(&out)
    );
    assert_eq!(tables(&out).len(), 1);
}

/// A page of bare `<div>`s: the body's paragraphs in a `<div>` of their own, the title, the
/// 主送 and the signature beside it. The article is their parent (Readability's sibling
/// step), unless what the parent adds is mostly links (a list of other pages).
#[test]
fn the_notice_around_its_densest_paragraphs_is_the_article() {
    let mut body = String::new();
    for i in 0..6 {
        body.push_str(&format!(
            "<div style=\"text-indent:2em\">（{i}）扩大老年助餐服务，鼓励餐饮企业参与老年助餐，推动助餐服务向农村延伸，各地要统筹推进。</div>"
        ));
    }
    let html = format!(
        "<html><body><div style=\"width:1000px\"><div><a href=\"/\">首页</a></div>\
         <div style=\"margin:auto\"><div style=\"font-size:22px\">栖梧市人民政府关于加快发展银发经济的实施意见</div>\
         <div>栖政发〔2025〕9号</div><div>各县（市、区）人民政府，市政府各部门：</div>\
         <div>{body}</div><div style=\"text-align:right\">栖梧市人民政府</div>\
         <div style=\"text-align:right\">2025年4月3日</div></div></div></body></html>"
    );
    let out = read(&html);
    let kept = texts(&out);
    assert!(kept.contains(&"栖政发〔2025〕9号"), "{kept:?}");
    assert!(kept.contains(&"2025年4月3日"), "{kept:?}");
    assert!(!kept.contains(&"首页"), "{kept:?}");

    // Negative: beside the paragraphs, a list of links longer than the text it adds.
    let mut links = String::new();
    for i in 0..12 {
        links.push_str(&format!(
            "<div><a href=\"/{i}\">关于做好第{i}项工作的通知</a></div>"
        ));
    }
    let html = format!(
        "<html><body><div style=\"margin:auto\"><div>{links}</div><div>{body}</div></div></body></html>"
    );
    let out = read(&html);
    assert!(
        !texts(&out).iter().any(|t| t.contains("第3项工作")),
        "{:?}",
        texts(&out)
    );
}
