//! Text copied from government websites around the document: the site's name over its top
//! bar, the metadata block as TAB rows with labels the lexicon does not know. Every text
//! here is invented, in the shapes real copies take; each shape has a negative beside it.

use gongwen::{Document, Format};

fn parse(text: &str) -> Document {
    gongwen::parse_bytes(text.as_bytes(), Format::Txt).unwrap_or_else(|e| panic!("{e}"))
}

/// The site's name (an organ's) over its top bar ("繁體 | 无障碍 | 长者模式") and breadcrumb
/// is the page's: the title is the document's own line, even one without 关于.
#[test]
fn the_site_name_over_its_top_bar_is_no_title() {
    let doc = parse(
        "澄江市滨海区人民政府\n\
         繁體 | 无障碍 | 长者模式 | 登录 | 注册\n\
         首页 > 新闻中心 > 领导讲话\n\
         在全区防汛工作会议上的讲话\n\
         区长　李明\n\
         同志们：\n\
         今天召开全区防汛工作会议，主要任务是部署今年防汛工作。\n\
         一、提高认识\n\
         防汛工作事关人民群众生命财产安全。\n",
    );
    assert_eq!(doc.title.as_deref(), Some("在全区防汛工作会议上的讲话"));
    let dropped: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == gongwen::DiagnosticCode::PageChromeDropped)
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        dropped.iter().any(|m| m.contains("长者模式")),
        "{dropped:?}"
    );
}

/// Negative: an organ's name over a line that is no chrome is the first line of the title.
#[test]
fn an_organ_name_over_the_rest_of_the_title_stays_in_it() {
    let doc = parse(
        "澄江市滨海区人民政府\n\
         关于印发滨海区2023年防汛工作要点的通知\n\
         各镇人民政府、各街道办事处：\n\
         现将《滨海区2023年防汛工作要点》印发给你们，请认真贯彻落实。\n\
         澄江市滨海区人民政府\n2023年5月18日\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("澄江市滨海区人民政府关于印发滨海区2023年防汛工作要点的通知")
    );
}

/// The metadata block as TAB rows, one pair naming a label the lexicon does not know
/// ("是否有效："), a last row of such pairs without colons ("状态 | 已结束"): the rows are
/// still metadata, and the 文号 among them is the document's.
#[test]
fn metadata_rows_with_an_unknown_label_are_metadata() {
    let doc = parse(
        "信息索引号：\tBH-2023-0032\t信息分类：\t防灾减灾\n\
         发布机构：\t滨海区人民政府办公室\t生成日期：\t2023-05-20\n\
         文　　号：\t滨府办〔2023〕19号\t是否有效：\t有效\n\
         征求期限\t2023-05-20至2023-05-30\t状态\t已结束\n\
         澄江市滨海区人民政府办公室关于印发滨海区2023年防汛工作要点的通知\n\
         各镇人民政府、各街道办事处：\n\
         现将《滨海区2023年防汛工作要点》印发给你们，请认真贯彻落实。\n\
         澄江市滨海区人民政府办公室\n2023年5月18日\n",
    );
    let number = doc.doc_number.as_ref().map(|n| n.raw.as_str());
    assert_eq!(number, Some("滨府办〔2023〕19号"));
    assert_eq!(
        doc.title.as_deref(),
        Some("澄江市滨海区人民政府办公室关于印发滨海区2023年防汛工作要点的通知")
    );
    assert!(doc.body.tables.is_empty(), "{:#?}", doc.body.tables);
}

/// Negative: TAB rows whose labels the lexicon knows none of stay a table of the document.
#[test]
fn rows_of_unknown_labels_only_are_no_metadata() {
    let doc = parse(
        "澄江市滨海区人民政府办公室关于公布防汛值班安排的通知\n\
         各镇人民政府、各街道办事处：\n\
         现将防汛值班安排公布如下。\n\
         值班领导：\t王海\t联系电话：\t0898-1234567\n\
         值班人员：\t李明\t备用电话：\t0898-7654321\n\
         澄江市滨海区人民政府办公室\n2023年5月18日\n",
    );
    assert!(doc.doc_number.is_none());
    assert_eq!(doc.body.tables.len(), 1, "{:#?}", doc.body.tables);
}

/// A document-sharing page: a line repeating the file's name over the document's own title
/// is the site's (the title is the next line); one over the table itself is the title (a
/// file named after it).
#[test]
fn a_line_repeating_the_file_name_is_the_title_when_no_title_follows() {
    let doc = parse(
        "青岚市2024年政务公开重点工作任务分工.docx\n\
         - 文档编号:8816402\n\
         - 页数:12\n\
         青岚市2024年政务公开重点工作任务分工.docx\n\
         青岚市政务公开重点工作任务分工\n\
         青岚市2024年政务公开重点工作任务分工\n\
         序号\n工作任务\n责任单位\n完成时限\n\
         1\n及时发布政策文件，同步开展解读。\n市发改委\n2024年底\n\
         2\n动态更新就业创业政策清单。\n市人社局\n持续推进\n",
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("青岚市2024年政务公开重点工作任务分工")
    );
    // Negative: the name repeated over the document's own title is dropped.
    let doc = parse(
        "潍河政务公开工作要点.docx\n\
         - 文档编号:5328372\n\
         潍河政务公开工作要点.docx\n\
         潍河政务公开工作要点\n\
         潍河市2017年政务公开工作要点\n\
         序号\n工作任务\n责任单位\n完成时限\n\
         1\n及时发布政策文件，同步开展解读。\n市发改委\n2017年底\n\
         2\n动态更新就业创业政策清单。\n市人社局\n持续推进\n",
    );
    assert_eq!(doc.title.as_deref(), Some("潍河市2017年政务公开工作要点"));
}
