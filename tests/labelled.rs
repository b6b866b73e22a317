//! Field accuracy on labelled documents, by the rules of `../shared/corpus/score.py`
//! (`support/score.rs`): the real corpus beside the project (`../shared/corpus/web`, `text`,
//! `html`; skipped with a message where absent), the project's own invented web copies
//! (`fixtures/web`) and the held-out sets (`fixtures/holdout`, `fixtures/holdout2`,
//! `fixtures/holdout3`, `fixtures/holdout4`, `fixtures/holdout5`, `fixtures/holdout6`,
//! `fixtures/holdout7` … `fixtures/holdout36`). Each folder's per-field
//! table is a snapshot, so every change to accuracy shows in review, and each has a floor
//! the score may not fall below.
//!
//! The floors ratchet: they are the scores reached, raised as the parser improves. The
//! issue's target for web + text together is 97% overall with no field under 90%.

mod support;

use std::path::Path;

use serde_json::Value;
use support::score::{Score, score_one};

/// Parses every labelled file of `dir` and scores it; `None` when the folder is absent.
fn score_folder(dir: &str) -> Option<Score> {
    let text = std::fs::read_to_string(Path::new(dir).join("expected.json")).ok()?;
    let labels: Value = serde_json::from_str(&text).expect("expected.json is JSON");
    let mut score = Score::default();
    for (name, want) in labels.as_object().into_iter().flatten() {
        let path = Path::new(dir).join(name);
        // A file that does not parse scores every field wrong, as in score.py.
        let got = match gongwen::parse_path(&path) {
            Ok(doc) => serde_json::from_str(&gongwen::to_json(&doc)).expect("JSON"),
            Err(_) => Value::Null,
        };
        score.add(score_one(name, want, &got));
    }
    Some(score)
}

fn snapshot(name: &str, score: &Score) {
    insta::with_settings!({
        prepend_module_to_snapshot => false,
        snapshot_path => "snapshots",
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, score.table());
    });
}

/// Fails when the score is below `floor` percent, listing the misses.
fn at_least(what: &str, score: &Score, floor: f64) {
    assert!(
        score.percent() >= floor,
        "{what}: {:.1}% is below the floor of {floor}%; misses:\n{}",
        score.percent(),
        score.misses.join("\n")
    );
}

#[test]
#[allow(clippy::print_stderr)] // the skip message is the point
fn real_corpus_web_and_text() {
    let (Some(web), Some(text)) = (
        score_folder("../shared/corpus/web"),
        score_folder("../shared/corpus/text"),
    ) else {
        eprintln!(
            "skipping: ../shared/corpus is absent (the shared corpus lives beside the project)"
        );
        return;
    };
    snapshot("labelled-corpus-web", &web);
    snapshot("labelled-corpus-text", &text);
    let mut both = Score::default();
    both.add(web);
    both.add(text);
    snapshot("labelled-corpus-web-and-text", &both);
    at_least("../shared/corpus web + text", &both, 99.0);
}

#[test]
#[allow(clippy::print_stderr)] // the skip message is the point
fn real_corpus_html() {
    let Some(html) = score_folder("../shared/corpus/html") else {
        eprintln!("skipping: ../shared/corpus/html is absent");
        return;
    };
    snapshot("labelled-corpus-html", &html);
    at_least("../shared/corpus html", &html, 97.0);
}

#[test]
fn invented_web_copies() {
    let web = score_folder("fixtures/web").expect("fixtures/web/expected.json");
    snapshot("labelled-fixtures-web", &web);
    at_least("fixtures/web", &web, 99.5);
}

/// The held-out set (`fixtures/holdout`): invented notices written without reading the
/// parser. Its misses were fixed afterwards as classes of input (each rule with a fixture of
/// its own), so it is no longer blind; the figure for unseen notices is in its README.
#[test]
fn held_out_web_copies() {
    let holdout = score_folder("fixtures/holdout").expect("fixtures/holdout/expected.json");
    snapshot("labelled-holdout", &holdout);
    at_least("fixtures/holdout", &holdout, 99.0);
}

/// The second held-out set (`fixtures/holdout2`), scored blind from outside the repository
/// (`fixtures/holdout2/SCORE.md`: 97.4% on its last blind run), then added as a regression
/// set once the faults it showed were fixed as classes of input.
#[test]
fn second_held_out_web_copies() {
    let holdout = score_folder("fixtures/holdout2").expect("fixtures/holdout2/expected.json");
    snapshot("labelled-holdout2", &holdout);
    at_least("fixtures/holdout2", &holdout, 99.0);
}

/// The third held-out set (`fixtures/holdout3`: 22 web copies and 8 served pages), scored
/// blind from outside the repository (`fixtures/holdout3/SCORE.md`: 90.7%), then added as a
/// regression set once the faults it showed were fixed; its remaining misses are label
/// conventions this parser reads otherwise (listed there).
#[test]
fn third_held_out_set() {
    let holdout = score_folder("fixtures/holdout3").expect("fixtures/holdout3/expected.json");
    snapshot("labelled-holdout3", &holdout);
    at_least("fixtures/holdout3", &holdout, 98.0);
}

/// The fourth held-out set (`fixtures/holdout4`: 16 web copies and 14 served pages), scored
/// blind from outside the repository (`fixtures/holdout4/SCORE.md`: 94.1%), then added as a
/// regression set; what it still misses is listed there.
#[test]
fn fourth_held_out_set() {
    let holdout = score_folder("fixtures/holdout4").expect("fixtures/holdout4/expected.json");
    snapshot("labelled-holdout4", &holdout);
    at_least("fixtures/holdout4", &holdout, 97.0);
}

/// The fifth held-out set (`fixtures/holdout5`: 16 web copies and 10 served pages, three
/// in GBK/GB2312, six negatives), scored blind from outside the repository
/// (`fixtures/holdout5/SCORE.md`: 90.4%), then added as a regression set.
#[test]
fn fifth_held_out_set() {
    let holdout = score_folder("fixtures/holdout5").expect("fixtures/holdout5/expected.json");
    snapshot("labelled-holdout5", &holdout);
    at_least("fixtures/holdout5", &holdout, 99.0);
}

/// The sixth held-out set (`fixtures/holdout6`: 8 provincial documents as text, 7 web
/// copies, 5 served pages), scored blind from outside the repository
/// (`fixtures/holdout6/SCORE.md`: 94.4%), then added as a regression set.
#[test]
fn sixth_held_out_set() {
    let holdout = score_folder("fixtures/holdout6").expect("fixtures/holdout6/expected.json");
    snapshot("labelled-holdout6", &holdout);
    at_least("fixtures/holdout6", &holdout, 99.5);
}

/// The seventh held-out set (`fixtures/holdout7`: 14 web copies, 8 served pages in four
/// template families), scored blind from outside the repository
/// (`fixtures/holdout7/SCORE.md`: 93.2%), then added as a regression set.
#[test]
fn seventh_held_out_set() {
    let holdout = score_folder("fixtures/holdout7").expect("fixtures/holdout7/expected.json");
    snapshot("labelled-holdout7", &holdout);
    at_least("fixtures/holdout7", &holdout, 98.5);
}

/// The eighth held-out set (`fixtures/holdout8`: 22 provincial, city and department
/// documents as text), scored blind from outside the repository
/// (`fixtures/holdout8/SCORE.md`: 90.9%), then added as a regression set.
#[test]
fn eighth_held_out_set() {
    let holdout = score_folder("fixtures/holdout8").expect("fixtures/holdout8/expected.json");
    snapshot("labelled-holdout8", &holdout);
    at_least("fixtures/holdout8", &holdout, 97.0);
}

/// The ninth held-out set (`fixtures/holdout9`: 13 served pages in seven template
/// families, 7 web copies), scored blind from outside the repository
/// (`fixtures/holdout9/SCORE.md`: 97.4%), then added as a regression set.
#[test]
fn ninth_held_out_set() {
    let holdout = score_folder("fixtures/holdout9").expect("fixtures/holdout9/expected.json");
    snapshot("labelled-holdout9", &holdout);
    at_least("fixtures/holdout9", &holdout, 98.0);
}

/// The tenth held-out set (`fixtures/holdout10`: 20 documents with inline markers in many
/// forms), scored blind from outside the repository (`fixtures/holdout10/SCORE.md`:
/// 95.7%), then added as a regression set.
#[test]
fn tenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout10").expect("fixtures/holdout10/expected.json");
    snapshot("labelled-holdout10", &holdout);
    at_least("fixtures/holdout10", &holdout, 99.5);
}

/// The eleventh held-out set (`fixtures/holdout11`: 20 notices whose task tables take the
/// shapes web copies and Word exports give them), scored blind from outside the repository
/// (`fixtures/holdout11/SCORE.md`: 99.4%), then added as a regression set.
#[test]
fn eleventh_held_out_set() {
    let holdout = score_folder("fixtures/holdout11").expect("fixtures/holdout11/expected.json");
    snapshot("labelled-holdout11", &holdout);
    at_least("fixtures/holdout11", &holdout, 99.5);
}

/// The twelfth held-out set (`fixtures/holdout12`: 22 documents testing front and back
/// matter across genres and producers), scored blind from outside the repository
/// (`fixtures/holdout12/SCORE.md`: 98.0%), then added as a regression set.
#[test]
fn twelfth_held_out_set() {
    let holdout = score_folder("fixtures/holdout12").expect("fixtures/holdout12/expected.json");
    snapshot("labelled-holdout12", &holdout);
    at_least("fixtures/holdout12", &holdout, 99.5);
}

/// The thirteenth held-out set (`fixtures/holdout13`: 16 pages as county and city sites
/// serve them, in nine template families, four in GB2312/GBK), scored blind from outside
/// the repository (`fixtures/holdout13/SCORE.md`: 98.0%), then added as a regression set.
#[test]
fn thirteenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout13").expect("fixtures/holdout13/expected.json");
    snapshot("labelled-holdout13", &holdout);
    at_least("fixtures/holdout13", &holdout, 98.0);
}

/// The fourteenth held-out set (`fixtures/holdout14`: 12 .docx files in Word's and WPS's
/// shapes, written by hand as WordprocessingML), scored blind from outside the repository
/// (`fixtures/holdout14/SCORE.md`: 99.6%), then added as a regression set.
#[test]
fn fourteenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout14").expect("fixtures/holdout14/expected.json");
    snapshot("labelled-holdout14", &holdout);
    at_least("fixtures/holdout14", &holdout, 99.5);
}

/// The fifteenth held-out set (`fixtures/holdout15`: 20 older and higher-level documents,
/// 1996–2015, from Word, legal databases, gazettes and old sites), scored blind from outside
/// the repository (`fixtures/holdout15/SCORE.md`: 85.4%), then added as a regression set.
#[test]
fn fifteenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout15").expect("fixtures/holdout15/expected.json");
    snapshot("labelled-holdout15", &holdout);
    at_least("fixtures/holdout15", &holdout, 98.5);
}

/// The sixteenth held-out set (`fixtures/holdout16`: 16 notices whose tasks are laid out in
/// less common ways), scored blind from outside the repository
/// (`fixtures/holdout16/SCORE.md`: 99.3%), then added as a regression set.
#[test]
fn sixteenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout16").expect("fixtures/holdout16/expected.json");
    snapshot("labelled-holdout16", &holdout);
    at_least("fixtures/holdout16", &holdout, 99.5);
}

/// The seventeenth held-out set (`fixtures/holdout17`: 14 documents copied from WeChat
/// accounts, mobile pages and portals), scored blind from outside the repository
/// (`fixtures/holdout17/SCORE.md`: 92.2%), then added as a regression set.
#[test]
fn seventeenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout17").expect("fixtures/holdout17/expected.json");
    snapshot("labelled-holdout17", &holdout);
    at_least("fixtures/holdout17", &holdout, 99.5);
}

/// The eighteenth held-out set (`fixtures/holdout18`: 12 notices carrying documents and
/// attachments in the ways real ones do), scored blind from outside the repository
/// (`fixtures/holdout18/SCORE.md`: 99.1%), then added as a regression set.
#[test]
fn eighteenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout18").expect("fixtures/holdout18/expected.json");
    snapshot("labelled-holdout18", &holdout);
    at_least("fixtures/holdout18", &holdout, 99.5);
}

/// The nineteenth held-out set (`fixtures/holdout19`: 15 texts taken from PDFs: pdftotext with and without layout, copied from a viewer, OCR'd scans),
/// scored blind from outside the repository (`fixtures/holdout19/SCORE.md`: 71.4%), then
/// added as a regression set.
#[test]
fn nineteenth_held_out_set() {
    let holdout = score_folder("fixtures/holdout19").expect("fixtures/holdout19/expected.json");
    snapshot("labelled-holdout19", &holdout);
    at_least("fixtures/holdout19", &holdout, 94.5);
}

/// The twentieth held-out set (`fixtures/holdout20`: 18 documents of party organs, towns, departments, mass organisations and 指挥部 offices),
/// scored blind from outside the repository (`fixtures/holdout20/SCORE.md`: 92.4%), then
/// added as a regression set.
#[test]
fn twentieth_held_out_set() {
    let holdout = score_folder("fixtures/holdout20").expect("fixtures/holdout20/expected.json");
    snapshot("labelled-holdout20", &holdout);
    at_least("fixtures/holdout20", &holdout, 99.5);
}

/// The twenty first held-out set (`fixtures/holdout21`: 15 pages whose task tables are real HTML tables with rowspan, colspan and two-row headers),
/// scored blind from outside the repository (`fixtures/holdout21/SCORE.md`: 97.8%), then
/// added as a regression set.
#[test]
fn twenty_first_held_out_set() {
    let holdout = score_folder("fixtures/holdout21").expect("fixtures/holdout21/expected.json");
    snapshot("labelled-holdout21", &holdout);
    at_least("fixtures/holdout21", &holdout, 99.0);
}

/// The twenty second held-out set (`fixtures/holdout22`: 13 .docx task tables in Word's and WPS's shapes: vMerge, automatic numbers, a table in a text box),
/// scored blind from outside the repository (`fixtures/holdout22/SCORE.md`: 97.6%), then
/// added as a regression set.
#[test]
fn twenty_second_held_out_set() {
    let holdout = score_folder("fixtures/holdout22").expect("fixtures/holdout22/expected.json");
    snapshot("labelled-holdout22", &holdout);
    at_least("fixtures/holdout22", &holdout, 99.5);
}

/// The twenty-third held-out set (`fixtures/holdout23`: 17 documents whose tables and
/// sentences look like task assignments — schedules, quotas, allocations, assessments,
/// findings, duty rosters — with five that do assign tasks), scored blind from outside the
/// repository (`fixtures/holdout23/SCORE.md`: 99.5%, and false tasks in 4 of its 12
/// documents without any), then added as a regression set. score.py does not look at a
/// document labelled without tasks, so the false tasks are counted here too.
#[test]
fn twenty_third_held_out_set() {
    let holdout = score_folder("fixtures/holdout23").expect("fixtures/holdout23/expected.json");
    snapshot("labelled-holdout23", &holdout);
    at_least("fixtures/holdout23", &holdout, 99.5);
    let false_tasks = false_tasks("fixtures/holdout23");
    // Left: a 通报 of finished projects whose table keeps 牵头单位 / 配合单位 columns.
    assert_eq!(
        false_tasks,
        [(
            "09-tangxi-2022-zhongdian-xiangmu-jungong-tongbao.txt".to_owned(),
            5
        )]
    );
}

/// The documents of `dir` labelled without tasks for which the parser finds some, with how
/// many it finds.
fn false_tasks(dir: &str) -> Vec<(String, usize)> {
    let text = std::fs::read_to_string(Path::new(dir).join("expected.json")).expect("labels");
    let labels: Value = serde_json::from_str(&text).expect("expected.json is JSON");
    let mut found = Vec::new();
    for (name, want) in labels.as_object().into_iter().flatten() {
        let none = want
            .get("tasks")
            .is_none_or(|t| t.is_null() || t.get("count").and_then(Value::as_u64) == Some(0));
        if !none {
            continue;
        }
        let doc = gongwen::parse_path(Path::new(dir).join(name)).expect("parses");
        if !doc.tasks.is_empty() {
            found.push((name.clone(), doc.tasks.len()));
        }
    }
    found.sort();
    found
}

/// The twenty-fourth held-out set (`fixtures/holdout24`: 9 notices carrying large task
/// breakdowns, 25–61 rows: 政府工作报告 分解 with group rows and merged leaders, 督查 and
/// 整改 ledgers, 1 / 1.1 numbering), scored blind from outside the repository
/// (`fixtures/holdout24/SCORE.md`: 92.0%), then added as a regression set.
#[test]
fn twenty_fourth_held_out_set() {
    let holdout = score_folder("fixtures/holdout24").expect("fixtures/holdout24/expected.json");
    snapshot("labelled-holdout24", &holdout);
    at_least("fixtures/holdout24", &holdout, 99.5);
}

/// The twenty-fifth held-out set (`fixtures/holdout25`: 14 pages a batch over a site's
/// folder meets beside 公文 — 政策解读, 一图读懂, meeting news, a speech, a 公示 — and five 公文),
/// scored blind from outside the repository (`fixtures/holdout25/SCORE.md`: 93.6%), then
/// added as a regression set.
#[test]
fn twenty_fifth_held_out_set() {
    let holdout = score_folder("fixtures/holdout25").expect("fixtures/holdout25/expected.json");
    snapshot("labelled-holdout25", &holdout);
    at_least("fixtures/holdout25", &holdout, 97.0);
    // Left: a 解读 page restating the tasks of the notice it reads, with their units.
    assert_eq!(
        false_tasks("fixtures/holdout25"),
        [(
            "01-hechuan-2023-yingshang-zhengce-jiedu-prose.txt".to_owned(),
            1
        )]
    );
}

/// The twenty-sixth held-out set (`fixtures/holdout26`: 14 documents of 2003–2012 in the
/// older format: 主题词, 抄报, 文号 with [] and 第, dates in Chinese numerals with ○ and O),
/// scored blind from outside the repository (`fixtures/holdout26/SCORE.md`: 99.6%), then
/// added as a regression set.
#[test]
fn twenty_sixth_held_out_set() {
    let holdout = score_folder("fixtures/holdout26").expect("fixtures/holdout26/expected.json");
    snapshot("labelled-holdout26", &holdout);
    at_least("fixtures/holdout26", &holdout, 99.5);
}

/// The twenty-seventh held-out set (`fixtures/holdout27`: 12 short texts varying by
/// encoding — GBK, UTF-16LE, BOMs, CRLF — and by character: full-width digits, 文号 with
/// spaces and odd brackets, dates as 二O二四年 or 2024.3.5), scored blind from outside the
/// repository (`fixtures/holdout27/SCORE.md`: 100%), then added as a regression set.
#[test]
fn twenty_seventh_held_out_set() {
    let holdout = score_folder("fixtures/holdout27").expect("fixtures/holdout27/expected.json");
    snapshot("labelled-holdout27", &holdout);
    at_least("fixtures/holdout27", &holdout, 99.5);
}

/// The twenty eighth held-out set (`fixtures/holdout28`: 12 notices as binary Word files, 9 .doc and 3 .wps, written as .docx and saved by LibreOffice: task tables with vertical merges and two-row headers, inline markers, a 请示, a 函, a 批复, a 名单, two attachments), scored blind
/// from outside the repository (`fixtures/holdout28/SCORE.md`: 96.1%), then added as a
/// regression set.
#[test]
fn twenty_eighth_held_out_set() {
    let holdout = score_folder("fixtures/holdout28").expect("fixtures/holdout28/expected.json");
    snapshot("labelled-holdout28", &holdout);
    at_least("fixtures/holdout28", &holdout, 99.5);
}

/// The twenty ninth held-out set (`fixtures/holdout29`: 14 documents as the text pdftotext makes of a PDF LibreOffice printed (7 with -layout, 5 plain, 2 -raw): task tables over page breaks, two-row headers, wrapped cells), scored blind
/// from outside the repository (`fixtures/holdout29/SCORE.md`: 57.8%), then added as a
/// regression set.
#[test]
fn twenty_ninth_held_out_set() {
    let holdout = score_folder("fixtures/holdout29").expect("fixtures/holdout29/expected.json");
    snapshot("labelled-holdout29", &holdout);
    at_least("fixtures/holdout29", &holdout, 64.0);
}

/// The thirtieth held-out set (`fixtures/holdout30`: 14 pages in shapes beside a CMS article: Word's 'Save as Web Page' (.htm, GBK), LibreOffice's HTML export, a 政策文件库 page, a TRS_Editor page, nested layout tables, a page whose tasks are an image or a download), scored blind
/// from outside the repository (`fixtures/holdout30/SCORE.md`: 87.0%), then added as a
/// regression set.
#[test]
fn thirtieth_held_out_set() {
    let holdout = score_folder("fixtures/holdout30").expect("fixtures/holdout30/expected.json");
    snapshot("labelled-holdout30", &holdout);
    at_least("fixtures/holdout30", &holdout, 99.5);
}

/// The thirty first held-out set (`fixtures/holdout31`: 15 county and city notices with their task tables as copied from web pages, in regions and habits the corpus lacks: tab rows, one cell per line, space runs, pipes, merged cells copied empty, category rows, leaders' columns, and two negatives), scored blind
/// from outside the repository (`fixtures/holdout31/SCORE.md`: 96.1%), then added as a
/// regression set.
#[test]
fn thirty_first_held_out_set() {
    let holdout = score_folder("fixtures/holdout31").expect("fixtures/holdout31/expected.json");
    snapshot("labelled-holdout31", &holdout);
    at_least("fixtures/holdout31", &holdout, 99.5);
}

/// The thirty second held-out set (`fixtures/holdout32`: 15 documents of the rarer 文种 and of central and provincial level: 意见, 决定, 批复, 函, 通报, 公告, 通告, 纪要, 报告, 请示, 令, 议案, a 转发 notice, a 决议), scored blind
/// from outside the repository (`fixtures/holdout32/SCORE.md`: 96.2%), then added as a
/// regression set.
#[test]
fn thirty_second_held_out_set() {
    let holdout = score_folder("fixtures/holdout32").expect("fixtures/holdout32/expected.json");
    snapshot("labelled-holdout32", &holdout);
    at_least("fixtures/holdout32", &holdout, 96.5);
}

/// The thirty third held-out set (`fixtures/holdout33`: 12 .docx written as Word and WPS write them, stressing the reader: numbering from styles and numbering.xml, tracked changes, comments, footnotes, a header holding the 文号, fields, smart tags and content controls, nested tables), scored blind
/// from outside the repository (`fixtures/holdout33/SCORE.md`: 95.9%), then added as a
/// regression set.
#[test]
fn thirty_third_held_out_set() {
    let holdout = score_folder("fixtures/holdout33").expect("fixtures/holdout33/expected.json");
    snapshot("labelled-holdout33", &holdout);
    at_least("fixtures/holdout33", &holdout, 98.0);
}

/// The thirty fourth held-out set (`fixtures/holdout34`: 12 notices as .doc and .wps whose headings, items, 序号 cells and 附件 lists Word numbers itself (numbering.xml saved as the binary list tables by LibreOffice)), scored blind
/// from outside the repository (`fixtures/holdout34/SCORE.md`: 99.6%), then added as a
/// regression set.
#[test]
fn thirty_fourth_held_out_set() {
    let holdout = score_folder("fixtures/holdout34").expect("fixtures/holdout34/expected.json");
    snapshot("labelled-holdout34", &holdout);
    at_least("fixtures/holdout34", &holdout, 99.5);
}

/// The thirty fifth held-out set (`fixtures/holdout35`: 15 county and city notices copied from sites in six provinces: metadata lines and tables, TAB rows with cells broken over lines, one cell per line, pipes, space runs, 时间要求 lines, linked files under 相关附件, and three negatives), scored blind
/// from outside the repository (`fixtures/holdout35/SCORE.md`: 95.2%), then added as a
/// regression set.
#[test]
fn thirty_fifth_held_out_set() {
    let holdout = score_folder("fixtures/holdout35").expect("fixtures/holdout35/expected.json");
    snapshot("labelled-holdout35", &holdout);
    at_least("fixtures/holdout35", &holdout, 99.5);
}

/// The thirty sixth held-out set (`fixtures/holdout36`: 14 pages as sites serve them: TRS, #zoom and unnamed articles, metadata as table, list and dl, split tables, Word pasted into a CMS, a Word 'Save as Web Page' export and an imitated WPS one), scored blind
/// from outside the repository (`fixtures/holdout36/SCORE.md`: 99.4%), then added as a
/// regression set.
#[test]
fn thirty_sixth_held_out_set() {
    let holdout = score_folder("fixtures/holdout36").expect("fixtures/holdout36/expected.json");
    snapshot("labelled-holdout36", &holdout);
    at_least("fixtures/holdout36", &holdout, 99.0);
}

/// The thirty seventh held-out set (`fixtures/holdout37`: 15 web copies from regions the corpus lacks: several attachments, tables copied across pages with the header printed again and 续表, category rows, cells of several lines, 3 negatives), scored blind
/// from outside the repository (`fixtures/holdout37/SCORE.md`: 95.1%), then added as a
/// regression set.
#[test]
fn thirty_seventh_held_out_set() {
    let holdout = score_folder("fixtures/holdout37").expect("fixtures/holdout37/expected.json");
    snapshot("labelled-holdout37", &holdout);
    at_least("fixtures/holdout37", &holdout, 98.5);
}

/// The thirty eighth held-out set (`fixtures/holdout38`: 14 documents as text rendered line by line from a printed page — pdftotext, and the shape of the corpus's OFD renderings: printed line wraps, page numbers, 版记 above the signature, markers and table cells wrapped by the width), scored blind
/// from outside the repository (`fixtures/holdout38/SCORE.md`: 83.6%), then added as a
/// regression set.
#[test]
fn thirty_eighth_held_out_set() {
    let holdout = score_folder("fixtures/holdout38").expect("fixtures/holdout38/expected.json");
    snapshot("labelled-holdout38", &holdout);
    at_least("fixtures/holdout38", &holdout, 99.5);
}

/// The thirty ninth held-out set (`fixtures/holdout39`: 14 documents as text rendered from printed pages, wrapped and paginated by a script: page numbers in five styles, repeated headers, a download stamp, a test mark), scored blind
/// from outside the repository (`fixtures/holdout39/SCORE.md`: 95.8%), then added as a
/// regression set.
#[test]
fn thirty_ninth_held_out_set() {
    let holdout = score_folder("fixtures/holdout39").expect("fixtures/holdout39/expected.json");
    snapshot("labelled-holdout39", &holdout);
    at_least("fixtures/holdout39", &holdout, 97.0);
}

/// The fortieth held-out set (`fixtures/holdout40`: 15 web copies: TAB, pipe and one-cell-per-line tables, task-name and measure columns, rows numbered （1） and ①, 3 negatives), scored blind
/// from outside the repository (`fixtures/holdout40/SCORE.md`: 95.0%), then added as a
/// regression set.
#[test]
fn fortieth_held_out_set() {
    let holdout = score_folder("fixtures/holdout40").expect("fixtures/holdout40/expected.json");
    snapshot("labelled-holdout40", &holdout);
    at_least("fixtures/holdout40", &holdout, 97.5);
}

/// The forty-first held-out set (`fixtures/holdout41`: 15 web copies: items followed by
/// their own unit and deadline lines, leaders' columns, a TAB header broken inside its
/// cells, units apart by spaces with a star for the lead, heavy chrome, 3 negatives), scored
/// blind from outside the repository (`fixtures/holdout41/SCORE.md`: 85.1%), then added as
/// a regression set.
#[test]
fn forty_first_held_out_set() {
    let holdout = score_folder("fixtures/holdout41").expect("fixtures/holdout41/expected.json");
    snapshot("labelled-holdout41", &holdout);
    at_least("fixtures/holdout41", &holdout, 99.0);
}

/// The forty-second held-out set (`fixtures/holdout42`: 14 pages as sites serve them, task
/// tables with spans, a table inside a layout table, negatives), scored blind from outside
/// the repository (`fixtures/holdout42/SCORE.md`: 95.9%), then added as a regression set.
#[test]
fn forty_second_held_out_set() {
    let holdout = score_folder("fixtures/holdout42").expect("fixtures/holdout42/expected.json");
    snapshot("labelled-holdout42", &holdout);
    at_least("fixtures/holdout42", &holdout, 99.5);
}

/// The forty-third held-out set (`fixtures/holdout43`: 15 central and provincial documents
/// in the corpus's text/ shapes), scored blind from outside the repository
/// (`fixtures/holdout43/SCORE.md`: 100%), then added as a regression set.
#[test]
fn forty_third_held_out_set() {
    let holdout = score_folder("fixtures/holdout43").expect("fixtures/holdout43/expected.json");
    snapshot("labelled-holdout43", &holdout);
    at_least("fixtures/holdout43", &holdout, 100.0);
}

/// The forty-fourth held-out set (`fixtures/holdout44`: 15 web copies: pipe tables with
/// group rows and 续表, two-level lists with shared unit lines, events as deadlines, a joint
/// notice, 3 negatives), scored blind from outside the repository
/// (`fixtures/holdout44/SCORE.md`: 93.9%), then added as a regression set.
#[test]
fn forty_fourth_held_out_set() {
    let holdout = score_folder("fixtures/holdout44").expect("fixtures/holdout44/expected.json");
    snapshot("labelled-holdout44", &holdout);
    at_least("fixtures/holdout44", &holdout, 99.0);
}

/// The forty-fifth held-out set (`fixtures/holdout45`: 14 texts as PDF and OFD viewers give
/// them, one line per text object among them), scored blind from outside the repository
/// (`fixtures/holdout45/SCORE.md`: 90.1%), then added as a regression set.
#[test]
fn forty_fifth_held_out_set() {
    let holdout = score_folder("fixtures/holdout45").expect("fixtures/holdout45/expected.json");
    snapshot("labelled-holdout45", &holdout);
    at_least("fixtures/holdout45", &holdout, 98.0);
}

/// The forty-sixth held-out set (`fixtures/holdout46`: 15 documents with inline markers of
/// every shape, 3 negatives), scored blind from outside the repository
/// (`fixtures/holdout46/SCORE.md`: 95.9%), then added as a regression set.
#[test]
fn forty_sixth_held_out_set() {
    let holdout = score_folder("fixtures/holdout46").expect("fixtures/holdout46/expected.json");
    snapshot("labelled-holdout46", &holdout);
    at_least("fixtures/holdout46", &holdout, 98.0);
}

/// The forty-seventh held-out set (`fixtures/holdout47`: 14 pages from uncommon
/// templates: bare nested divs, `<pre>`, a 3-column layout, Word's HTML, `<th>` headers),
/// scored blind from outside the repository (`fixtures/holdout47/SCORE.md`: 94.0%), then
/// added as a regression set.
#[test]
fn forty_seventh_held_out_set() {
    let holdout = score_folder("fixtures/holdout47").expect("fixtures/holdout47/expected.json");
    snapshot("labelled-holdout47", &holdout);
    at_least("fixtures/holdout47", &holdout, 98.0);
}

/// The forty-eighth held-out set (`fixtures/holdout48`: 15 notices with tables one cell per
/// line, from sites and document-sharing pages), scored blind from outside the repository
/// (`fixtures/holdout48/SCORE.md`: 92.1%), then added as a regression set.
#[test]
fn forty_eighth_held_out_set() {
    let holdout = score_folder("fixtures/holdout48").expect("fixtures/holdout48/expected.json");
    snapshot("labelled-holdout48", &holdout);
    at_least("fixtures/holdout48", &holdout, 97.5);
}

/// The forty-ninth held-out set (`fixtures/holdout49`: 15 documents in a legal database's
/// and gov.cn's text shapes), scored blind from outside the repository
/// (`fixtures/holdout49/SCORE.md`: 98.4%), then added as a regression set.
#[test]
fn forty_ninth_held_out_set() {
    let holdout = score_folder("fixtures/holdout49").expect("fixtures/holdout49/expected.json");
    snapshot("labelled-holdout49", &holdout);
    at_least("fixtures/holdout49", &holdout, 100.0);
}

/// The fiftieth held-out set (`fixtures/holdout50`: 15 web copies from autonomous regions,
/// banners and prefectures), scored blind from outside the repository
/// (`fixtures/holdout50/SCORE.md`: 100%), then added as a regression set.
#[test]
fn fiftieth_held_out_set() {
    let holdout = score_folder("fixtures/holdout50").expect("fixtures/holdout50/expected.json");
    snapshot("labelled-holdout50", &holdout);
    at_least("fixtures/holdout50", &holdout, 100.0);
}

/// The fifty-first held-out set (`fixtures/holdout51`: 14 pages from common CMS families),
/// scored blind from outside the repository (`fixtures/holdout51/SCORE.md`: 99.2%), then
/// added as a regression set.
#[test]
fn fifty_first_held_out_set() {
    let holdout = score_folder("fixtures/holdout51").expect("fixtures/holdout51/expected.json");
    snapshot("labelled-holdout51", &holdout);
    at_least("fixtures/holdout51", &holdout, 99.0);
}

/// The fifty-second held-out set (`fixtures/holdout52`: 15 notices saved from Word as text),
/// scored blind from outside the repository (`fixtures/holdout52/SCORE.md`: 97.5%), then
/// added as a regression set.
#[test]
fn fifty_second_held_out_set() {
    let holdout = score_folder("fixtures/holdout52").expect("fixtures/holdout52/expected.json");
    snapshot("labelled-holdout52", &holdout);
    at_least("fixtures/holdout52", &holdout, 99.0);
}

/// The scorer itself, on outputs whose score is known.
#[test]
fn scorer_follows_score_py() {
    let labels: Value = serde_json::json!({
        "doc_number": "平政办字〔2024〕4号",
        "doc_number_year": 2024,
        "doc_number_serial": 4,
        "issuers": ["平阴县人民政府办公室"],
        "title": "关于 做好防汛工作的通知",
        "recipients": ["各镇人民政府", "县政府各部门"],
        "date": "2024-06-28",
        "transmitted_title": "《2024年工作要点》",
        "tasks": {"complete": true, "count": 1, "rows": [
            {"requirement_starts": "做好巡查", "units": ["县水务局"], "lead_units": ["县水务局"],
             "deadline_kind": "by_date", "deadline_date": "2024-06-30"}
        ]}
    });
    let doc: Value = serde_json::json!({
        "doc_number": {"normalized": "平政办字(2024)4号", "year": 2024, "serial": 4},
        "issuers": ["平阴县人民政府办公室"],
        "title": "关于做好防汛工作的通知",
        "recipients": ["各镇人民政府、县政府各部门"],
        "date": "2024-06-28",
        "transmitted": [],
        "attachments": [{"title": "2024年工作要点"}],
        "tasks": [{"requirement": "做好巡查工作。", "units": [
            {"name": "县水务局", "role": "lead"}, {"name": "县应急局", "role": "support"}],
            "deadline": {"kind": "by_date", "date": "2024-06-30"}}]
    });
    let s = score_one("a.txt", &labels, &doc);
    assert_eq!((s.hits(), s.total()), (11, 11), "{:?}", s.misses);
    // A key left out counts as wrong, silence is not "none found".
    let s = score_one("a.txt", &labels, &Value::Null);
    assert_eq!(s.hits(), 0);
    assert_eq!(s.total(), 9, "{:?}", s.fields);
}
