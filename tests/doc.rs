//! The .doc/.wps reader through the facade: the fixtures of `fixtures/doc/` (saved from the
//! .docx fixtures by LibreOffice, see its README) give the same document as their .docx,
//! fields show their results, tracked deletions are gone, merged cells are spans; the real
//! files of `../shared/corpus/doc/` give their facts; broken and hostile files are refused
//! with their own error codes, never a panic.

use std::path::Path;

use gongwen::{Format, Limits, Options};
use gongwen_testkit::dockit::{self, DocParts};
use serde_json::Value;

fn parse(path: &str) -> gongwen::Document {
    gongwen::parse_path(path).unwrap_or_else(|e| panic!("{e}"))
}

/// A document as JSON without where facts were found (`loc`, `source`, `provenance`) and
/// the diagnostics.
fn comparable(doc: &gongwen::Document) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("loc");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v: Value = serde_json::from_str(&gongwen::to_json(doc)).expect("JSON");
    if let Some(map) = v.as_object_mut() {
        for key in ["source", "diagnostics", "provenance"] {
            map.remove(key);
        }
    }
    strip(&mut v);
    v
}

#[test]
fn doc_saved_from_docx_gives_the_same_document() {
    for (doc, docx) in [
        ("tracked-changes.doc", "tracked-changes.docx"),
        ("red-header-textbox.doc", "red-header-textbox.docx"),
        ("joint-notice.wps", "joint-notice.docx"),
    ] {
        let a = parse(&format!("fixtures/doc/{doc}"));
        let b = parse(&format!("fixtures/docx/{docx}"));
        assert_eq!(a.source.format, Format::Doc, "{doc}");
        let (a, b) = (comparable(&a), comparable(&b));
        for (key, value) in b.as_object().into_iter().flatten() {
            assert_eq!(&a[key], value, "{doc}: field {key} differs from the .docx");
        }
    }
}

/// The labels Word prints before numbered paragraphs are in no .doc's text: they come
/// from the list tables, counted in reading order, a level restarting under the one above.
#[test]
fn automatic_numbering_is_rendered() {
    let doc = parse("fixtures/doc/auto-numbering-two-levels.doc");
    let docx = parse("fixtures/docx/auto-numbering-two-levels.docx");
    let labels = |d: &gongwen::Document| -> Vec<(String, Vec<String>)> {
        d.body
            .sections
            .iter()
            .map(|s| {
                let sub = s.children.iter().map(|c| c.label.clone()).collect();
                (s.label.clone(), sub)
            })
            .collect()
    };
    let got = labels(&doc);
    assert_eq!(got, labels(&docx));
    assert_eq!(got.len(), 3);
    assert_eq!(got[1].0, "二、");
    assert_eq!(got[1].1, ["（一）", "（二）", "（三）"]);
    // The inline-tasks notice: its 一、（一） headings and its tasks as from the .docx. (Its
    // "1." items do not all match: LibreOffice saved their list, restarted under each
    // （二）, as several lists, and reads its own file back as "4. 1. 2. 7." too.)
    let doc = parse("fixtures/doc/hequan-2024-business-env-inline-tasks.doc");
    let docx = parse("fixtures/docx/hequan-2024-business-env-inline-tasks.docx");
    assert_eq!(labels(&doc), labels(&docx));
    let facts = |d: &gongwen::Document| -> Vec<(Option<String>, usize, Option<String>)> {
        d.tasks
            .iter()
            .map(|t| {
                let deadline = t.deadline.as_ref().map(|d| d.raw.clone());
                (t.requirement.clone(), t.units.len(), deadline)
            })
            .collect()
    };
    assert_eq!(facts(&doc), facts(&docx));
    assert_eq!(doc.tasks.len(), 8);
}

#[test]
fn a_wps_file_is_read_as_doc_by_its_name_and_its_signature() {
    let doc = parse("fixtures/doc/joint-notice.wps");
    assert_eq!(doc.source.format, Format::Doc);
    assert_eq!(doc.source.encoding, "UTF-16LE");
    assert_eq!(doc.issuers.len(), 2, "{:?}", doc.issuers);
}

#[test]
fn fields_show_their_results_never_their_instructions() {
    let doc = parse("fixtures/doc/fields-oa-merge.doc");
    let json = gongwen::to_json(&doc);
    for instruction in ["MERGEFIELD", "DOCPROPERTY", "PAGE"] {
        assert!(!json.contains(instruction), "{instruction} leaked: {json}");
    }
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("青政办发〔2024〕12号")
    );
    assert_eq!(doc.issuers, ["青禾县人民政府办公室"]);
    assert_eq!(
        doc.title.as_deref(),
        Some("青禾县人民政府办公室关于做好2024年防汛工作的通知")
    );
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-06")
    );
    let text: Vec<&str> = doc.body.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(text, ["请于6月30日前报送。第1页"]);
}

#[test]
fn tracked_deletions_are_dropped_and_insertions_kept() {
    let doc = parse("fixtures/doc/tracked-changes.doc");
    let json = gongwen::to_json(&doc);
    // Deleted text (w:del in the .docx, sprmCFRMarkDel in the .doc) is gone…
    assert!(!json.contains("本函有效期一年"), "{json}");
    assert!(!json.contains("政策文件清单"), "{json}");
    // …inserted text is kept, and a moved sentence shows once.
    assert!(json.contains("经县政府同意，"), "{json}");
    assert_eq!(json.matches("无意见的也请书面反馈。").count(), 1, "{json}");
}

#[test]
fn merged_cells_are_spans() {
    let doc = parse("fixtures/doc/table-vmerge-gridspan-header-repeat.doc");
    let docx = parse("fixtures/docx/table-vmerge-gridspan-header-repeat.docx");
    // The same tasks as the .docx. LibreOffice writes the .docx's w:gridBefore and
    // w:gridAfter as real empty cells in the .doc: the last row (whose deadline column the
    // .docx skips with w:gridAfter) has an empty deadline cell there, which the structurer
    // fills from the row above as a guess (`inherited`), as it does for any blank cell.
    let (mut a, mut b) = (comparable(&doc), comparable(&docx));
    assert_eq!(a["tasks"][8]["deadline"]["inherited"], true);
    assert_eq!(b["tasks"][8]["deadline"], Value::Null);
    a["tasks"][8]["deadline"] = Value::Null;
    b["tasks"][8]["deadline"] = Value::Null;
    assert_eq!(a["tasks"], b["tasks"]);
    assert_eq!(a["body"], b["body"]);
    assert_eq!(doc.tasks.len(), 9);
    // 一、提升政务服务效能 covers three rows: a vertical merge, so a fact for each.
    let category = &doc.tasks[1].category[0];
    assert_eq!(category.title, "提升政务服务效能");
    assert!(doc.tasks.iter().all(|t| t.loc.offset.is_some()));
}

#[test]
fn the_text_box_red_header_is_read_once_in_place() {
    let doc = parse("fixtures/doc/red-header-textbox.doc");
    assert_eq!(
        doc.doc_number.as_ref().map(|n| n.normalized.as_str()),
        Some("青政发〔2024〕9号")
    );
    assert_eq!(doc.issuer_mark.as_deref(), Some("青禾市人民政府文件"));
    let json = gongwen::to_json(&doc);
    assert_eq!(
        json.matches("青政发〔2024〕9号").count(),
        2,
        "raw and normalized, once"
    );
}

// ---------------------------------------------------------------------------------------
// Real files (../shared/corpus/doc/, never copied into the project)
// ---------------------------------------------------------------------------------------

const CORPUS: &str = "../shared/corpus/doc";

#[allow(clippy::print_stderr)] // the skip message is the point: a silent skip hides a missing corpus
fn corpus(name: &str) -> Option<(gongwen::Document, Vec<String>)> {
    let path = Path::new(CORPUS).join(name);
    if !path.exists() {
        eprintln!("skipping: {} is absent", path.display());
        return None;
    }
    let doc = gongwen::parse_path(&path).unwrap_or_else(|e| panic!("{e}"));
    let bytes = std::fs::read(&path).expect("read");
    let blocks = gongwen_doc::read_doc(&bytes, &gongwen_doc::DocLimits::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let paragraphs = blocks
        .iter()
        .filter_map(|b| b.as_paragraph())
        .map(|p| p.text.clone())
        .collect();
    Some((doc, paragraphs))
}

#[test]
fn corpus_chunan_wps_notice() {
    let Some((doc, paras)) = corpus("doc-chunan-zuzhibu-2019-linxuan-notice.doc") else {
        return;
    };
    assert_eq!(doc.doc_type.map(|t| t.as_str()), Some("通知"));
    assert_eq!(
        doc.title.as_deref(),
        Some("中共浙江省淳安县委组织部关于开展专业岗位领导干部遴选工作的通知")
    );
    assert_eq!(doc.recipients, ["各乡镇党委", "县属各单位党组织"]);
    // The reader gives the inline dated milestones, the two-item 附件 list, the signature
    // and the date as paragraphs of their own, in order.
    let at = |s: &str| {
        paras
            .iter()
            .position(|p| p.starts_with(s))
            .unwrap_or_else(|| panic!("no paragraph starts with {s}: {paras:#?}"))
    };
    assert!(paras[at("1.公开报名。")].contains("于2019年7月12日（周五）下午5：00前"));
    assert!(paras[at("3.面谈比选。")].starts_with("3.面谈比选。7月25日前"));
    assert!(paras[at("5.选拔任用。")].starts_with("5.选拔任用。8月15日前"));
    let list = at("附件：");
    assert_eq!(
        paras[list + 1],
        "1．淳安县专业岗位领导干部遴选报名推荐表（样表）"
    );
    assert_eq!(paras[list + 2], "2．专业岗位遴选职位说明书");
    assert_eq!(paras[list + 3], "中共淳安县委组织部");
    assert_eq!(paras[list + 4], "2019年7月8日");
    // The bare "附件：" line over a list numbered "1．" (U+FF0E) opens the 附件说明, so the
    // signature and the date under it are the notice's.
    assert_eq!(doc.issuers, ["中共淳安县委组织部"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2019-07-08")
    );
    let notes: Vec<&str> = doc
        .attachment_notes
        .iter()
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(
        notes,
        [
            "淳安县专业岗位领导干部遴选报名推荐表（样表）",
            "专业岗位遴选职位说明书"
        ]
    );
}

#[test]
fn corpus_hainan_joint_notice() {
    let Some((doc, _)) = corpus("doc-hainan-2024-nongji-butie-joint-notice.doc") else {
        return;
    };
    assert_eq!(doc.issuers, ["海南省农业农村厅", "海南省财政厅"]);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-07-01")
    );
    assert_eq!(doc.doc_type.map(|t| t.as_str()), Some("通知"));
    assert_eq!(doc.publicity, Some(gongwen::Publicity::Public));
    assert_eq!(
        doc.attachments.first().and_then(|a| a.title.as_deref()),
        Some("2024—2026年海南省农机购置与应用补贴机具种类范围")
    );
}

#[test]
fn corpus_zhejiang_circ_joint_notice() {
    let Some((doc, paras)) = corpus("doc-zhejiang-circ-2013-36-sifajianding-joint-notice.doc")
    else {
        return;
    };
    let number = doc.doc_number.as_ref().expect("doc number");
    assert_eq!(number.raw, "浙保监发﹝2013﹞36号");
    assert_eq!(number.normalized, "浙保监发〔2013〕36号");
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2013-07-16")
    );
    assert_eq!(
        doc.title.as_deref(),
        Some("浙江保监局 浙江省司法厅 宁波保监局关于进一步做好涉及保险理赔司法鉴定工作的通知")
    );
    // The reader gives the three issuers' signature line whole, after the two attachment
    // entries, and the form tables of the attachments as tables.
    let sig = paras
        .iter()
        .position(|p| p.starts_with("浙江保监局 "))
        .and_then(|_| paras.iter().rposition(|p| p.starts_with("浙江保监局")))
        .expect("signature line");
    assert_eq!(paras[sig], "浙江保监局      浙江省司法厅      宁波保监局");
    assert_eq!(paras[sig - 1], "XX年度XX公司涉及重新司法鉴定案件情况表—2");
    assert_eq!(paras[sig + 1], "2013年7月16日");
    // The second 附件 entry lost its automatic number: it is known by the attachment's name
    // repeated under the signature, so it is an entry (not an issuer), and that name starts
    // the second attachment.
    assert_eq!(doc.issuers, ["浙江保监局", "浙江省司法厅", "宁波保监局"]);
    let notes: Vec<&str> = doc
        .attachment_notes
        .iter()
        .map(|n| n.title.as_str())
        .collect();
    assert_eq!(
        notes,
        [
            "XX年度XX公司司法鉴定案件情况表—1",
            "XX年度XX公司涉及重新司法鉴定案件情况表—2"
        ]
    );
    assert_eq!(doc.attachments.len(), 2);
    assert_eq!(
        doc.attachments[1].title.as_deref(),
        Some("XX年度XX公司涉及重新司法鉴定案件情况表—2")
    );
}

// ---------------------------------------------------------------------------------------
// Broken and hostile files
// ---------------------------------------------------------------------------------------

fn code(bytes: &[u8], name: &str) -> (&'static str, String) {
    code_with(bytes, name, Limits::default())
}

fn code_with(bytes: &[u8], name: &str, limits: Limits) -> (&'static str, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    let options = Options::new().limits(limits);
    match gongwen::parse_path_with(&path, &options) {
        Ok(doc) => panic!("{name} must be refused, got {}", gongwen::to_json(&doc)),
        Err(e) => (e.kind().code(), e.to_string()),
    }
}

#[test]
fn a_built_doc_reads() {
    let text = "青政发〔2024〕3号\r关于做好防汛工作的通知\r各镇人民政府：\r请认真抓好落实。\r青禾县人民政府\r2024年6月28日\r";
    let doc = gongwen::parse_bytes(&dockit::simple_doc(text), Format::Doc).expect("parses");
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-06-28")
    );
    assert_eq!(doc.issuers, ["青禾县人民政府"]);
}

#[test]
fn encrypted_excel_powerpoint_and_other_ole_files_say_what_they_are() {
    let mut parts = dockit::doc_parts("通知\r", &[]);
    parts.word[dockit::fib::FLAGS] |= 0x00;
    parts.word[dockit::fib::FLAGS + 1] |= 0x01; // fEncrypted
    let (c, m) = code(&parts.build(), "secret.doc");
    assert_eq!(c, "encrypted", "{m}");
    assert!(
        m.contains("password-protected (RC4 encryption, FIB fEncrypted)"),
        "{m}"
    );

    type Case<'a> = (&'a [(&'a str, &'a [u8])], &'a str, &'a str);
    let cases: [Case; 5] = [
        (
            &[("EncryptionInfo", b"x"), ("EncryptedPackage", b"y")],
            "encrypted",
            "encrypted Office Open XML package",
        ),
        (
            &[("Workbook", b"x")],
            "excel_file",
            "an Excel workbook (.xls)",
        ),
        (
            &[("PowerPoint Document", b"x")],
            "powerpoint_file",
            "a PowerPoint presentation (.ppt)",
        ),
        (
            &[("__substg1.0_0037001F", b"x")],
            "no_word_document",
            "without a WordDocument stream",
        ),
        (&[], "no_word_document", "its streams: none"),
    ];
    for (streams, want, says) in cases {
        let (c, m) = code(&dockit::ole(streams), "notice.doc");
        assert_eq!(c, want, "{m}");
        assert!(m.contains(says), "{m}");
    }
}

#[test]
fn word_95_and_non_word_fibs_are_refused() {
    let mut parts = dockit::doc_parts("通知\r", &[]);
    parts.word[dockit::fib::NFIB] = 0x68;
    parts.word[dockit::fib::NFIB + 1] = 0;
    let (c, m) = code(&parts.build(), "old.doc");
    assert_eq!(c, "unsupported_doc_version", "{m}");
    assert!(m.contains("Word 6.0/95"), "{m}");

    let mut parts = dockit::doc_parts("通知\r", &[]);
    parts.word[0] = 0;
    let (c, m) = code(&parts.build(), "odd.doc");
    assert_eq!(c, "corrupt_doc", "{m}");
    assert!(m.contains("wIdent"), "{m}");

    let parts = DocParts {
        word: vec![0xEC, 0xA5],
        ..dockit::doc_parts("通知\r", &[])
    };
    let (c, m) = code(&parts.build(), "short.doc");
    assert_eq!(c, "corrupt_doc", "{m}");
}

#[test]
fn structures_pointing_past_their_stream_are_refused() {
    // The CLX said to lie past the end of the table stream.
    let mut parts = dockit::doc_parts("通知\r", &[]);
    let at = dockit::fib::CLX;
    parts.word[at..at + 4].copy_from_slice(&1_000_000u32.to_le_bytes());
    let (c, m) = code(&parts.build(), "a.doc");
    assert_eq!(c, "corrupt_doc", "{m}");
    assert!(m.contains("past the end of the 0Table stream"), "{m}");

    // A piece whose text lies past the end of the WordDocument stream.
    let mut parts = dockit::doc_parts("通知\r", &[]);
    parts.table[9..13].copy_from_slice(&5_000_000u32.to_le_bytes()); // the last CP
    let (c, m) = code(&parts.build(), "b.doc");
    assert_eq!(c, "corrupt_doc", "{m}");
    assert!(m.contains("past the end of the WordDocument stream"), "{m}");

    // The table stream named by the FIB is missing.
    let mut parts = dockit::doc_parts("通知\r", &[]);
    parts.table_name = "1Table".to_owned();
    let (c, m) = code(&parts.build(), "c.doc");
    assert_eq!(c, "corrupt_doc", "{m}");
    assert!(m.contains("0Table, which is missing"), "{m}");
}

/// Replaces the CLX of `parts` by a PlcPcd of these CPs (n + 1 of them), every piece's
/// text at `fc`.
fn with_cps(parts: &mut DocParts, cps: &[u32], fc: u32) {
    let n = cps.len().saturating_sub(1);
    let mut clx = vec![0x02];
    clx.extend_from_slice(&u32::try_from(4 + n * 12).unwrap_or(0).to_le_bytes());
    for cp in cps {
        clx.extend_from_slice(&cp.to_le_bytes());
    }
    for _ in 0..n {
        clx.extend_from_slice(&0u16.to_le_bytes());
        clx.extend_from_slice(&fc.to_le_bytes());
        clx.extend_from_slice(&0u16.to_le_bytes());
    }
    let len = u32::try_from(clx.len()).unwrap_or(0);
    let at = u32::try_from(parts.table.len()).unwrap_or(0);
    parts.table.extend_from_slice(&clx);
    let f = dockit::fib::CLX;
    parts.word[f..f + 4].copy_from_slice(&at.to_le_bytes());
    parts.word[f + 4..f + 8].copy_from_slice(&len.to_le_bytes());
}

#[test]
fn looping_and_misplaced_piece_tables_are_refused() {
    let text_at = u32::try_from(dockit::TEXT_AT).unwrap_or(0);
    for (cps, says) in [
        // The CPs run back: a piece table that loops over the text again.
        (&[0u32, 2, 1, 3][..], "piece 1 covers CPs 2..1"),
        // Not starting at CP 0: every position would be shifted.
        (
            &[1, 3],
            "piece 0 covers CPs 1..3, but the previous one ends at 0",
        ),
        // Not a whole PlcPcd (4 + 12n bytes).
        (&[0], "PlcPcd size 5 is not 4 + 12n"),
    ] {
        let mut parts = dockit::doc_parts("通知书\r", &[]);
        with_cps(&mut parts, cps, text_at);
        if cps.len() == 1 {
            // One CP and no piece: a PlcPcd of 4 bytes, valid in size; make it 5.
            let f = dockit::fib::CLX + 4;
            let len = u32::from_le_bytes([
                parts.word[f],
                parts.word[f + 1],
                parts.word[f + 2],
                parts.word[f + 3],
            ]);
            let at = parts.table.len() - 4 - 5;
            parts.table[at + 1..at + 5].copy_from_slice(&5u32.to_le_bytes());
            parts.table.push(0);
            parts.word[f..f + 4].copy_from_slice(&(len + 1).to_le_bytes());
        }
        let (c, m) = code(&parts.build(), "p.doc");
        assert_eq!(c, "corrupt_doc", "{m}");
        assert!(m.contains(says), "{cps:?}: {m}");
    }
    // Many pieces reading the same bytes over and over: more characters than the stream
    // has bytes, refused before any text is built.
    let mut parts = dockit::doc_parts("通知书\r", &[]);
    let ccp = 20_000u32;
    let cps: Vec<u32> = (0..=ccp / 4).map(|i| i * 4).collect();
    with_cps(&mut parts, &cps, text_at);
    let at = dockit::fib::CCP_TEXT;
    parts.word[at..at + 4].copy_from_slice(&ccp.to_le_bytes());
    let (c, m) = code(&parts.build(), "many.doc");
    assert_eq!(c, "corrupt_doc", "{m}");
    assert!(m.contains("more than the WordDocument stream's"), "{m}");
}

#[test]
fn truncated_and_looping_compound_files_are_refused() {
    let seed = std::fs::read("fixtures/doc/seed-pingyin-2024-4.doc").expect("seed .doc");
    for cut in [600, seed.len() / 3, seed.len() / 2, seed.len() - 700] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("cut.doc");
        std::fs::write(&path, &seed[..cut]).expect("write");
        // Cut anywhere: an error, never a panic (a cut that spares every stream may parse).
        if let Err(e) = gongwen::parse_path(&path) {
            assert!(
                ["corrupt_ole", "corrupt_doc"].contains(&e.kind().code()),
                "cut at {cut}: {e}"
            );
        }
    }
    // A FAT whose chain loops: the directory's own chain points back to itself.
    let mut bytes = dockit::simple_doc("通知\r");
    let sector = 1usize << u16::from_le_bytes([bytes[30], bytes[31]]);
    let first_dir = u32::from_le_bytes([bytes[48], bytes[49], bytes[50], bytes[51]]) as usize;
    let fat_sector = u32::from_le_bytes([bytes[76], bytes[77], bytes[78], bytes[79]]) as usize;
    let entry = sector + fat_sector * sector + first_dir * 4;
    bytes[entry..entry + 4].copy_from_slice(&u32::try_from(first_dir).unwrap_or(0).to_le_bytes());
    let (c, m) = code(&bytes, "loop.doc");
    assert_eq!(c, "corrupt_ole", "{m}");
}

#[test]
fn nesting_and_table_size_limits_hold() {
    // A paragraph claiming to sit 100,000 tables deep.
    let itap: &[u8] = &[0x49, 0x66, 0xA0, 0x86, 0x01, 0x00];
    let bytes = dockit::doc_parts("深\r", &[(1, itap)]).build();
    let (c, m) = code(&bytes, "deep.doc");
    assert_eq!(c, "too_deep", "{m}");

    // Fields nested past the limit.
    let text = format!("{}x\r", "\u{13}".repeat(300));
    let (c, m) = code(&dockit::simple_doc(&text), "fields.doc");
    assert_eq!(c, "too_deep", "{m}");

    // A table of 2,000 cells under a 1,000-cell limit.
    let mut text = String::new();
    let mut marks = Vec::new();
    for _ in 0..400 {
        for _ in 0..5 {
            text.push_str("格\u{7}");
            marks.push((text.encode_utf16().count() - 1, dockit::IN_TABLE));
        }
        text.push('\u{7}');
        marks.push((text.encode_utf16().count() - 1, dockit::ROW_END));
    }
    text.push_str("完\r");
    let bytes = dockit::doc_parts(&text, &marks).build();
    let mut limits = Limits::default();
    limits.max_table_cells = 1000;
    let (c, m) = code_with(&bytes, "big.doc", limits);
    assert_eq!(c, "table_too_large", "{m}");
    // Under the default limit: one table of 400 rows of 5 cells.
    let blocks = gongwen_doc::read_doc(&bytes, &gongwen_doc::DocLimits::default())
        .expect("reads under the default limit");
    let table = blocks.iter().find_map(|b| b.as_table()).expect("a table");
    assert_eq!(table.rows.len(), 400);
    assert!(table.rows.iter().all(|r| r.cells.len() == 5));
}

#[test]
fn a_stream_over_the_limit_is_refused_before_it_is_read() {
    let bytes = dockit::simple_doc(&"通知".repeat(5000));
    let mut limits = Limits::default();
    limits.max_part_bytes = 4096;
    let (c, m) = code_with(&bytes, "big.doc", limits);
    assert_eq!(c, "inflated_too_large", "{m}");
    assert!(
        m.contains("stream WordDocument is larger than 4096 bytes"),
        "{m}"
    );
}

#[test]
fn rtf_and_mime_html_named_doc_are_named_plainly() {
    for (bytes, says) in [
        (
            &b"{\\rtf1\\ansi\\ansicpg936 hello}"[..],
            "RTF (the file is named like a Word .doc",
        ),
        (
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n",
            "MIME HTML",
        ),
    ] {
        let (c, m) = code(bytes, "notice.doc");
        assert_eq!(c, "unsupported_format", "{m}");
        assert!(m.contains(says), "{m}");
    }
    // Plain text named .doc is no OLE file: the .doc reader says so.
    let (c, m) = code("通知".as_bytes(), "notice.doc");
    assert_eq!(c, "not_ole", "{m}");
}

/// Word's "save as web page" under a .doc or .wps name is read as the page it is.
#[test]
fn web_pages_named_doc_are_read_as_html() {
    let page = "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>\
                <p>关于做好防汛工作的通知</p><p>各镇人民政府：</p><p>请认真抓好落实。</p>\
                <p>青禾县人民政府</p><p>2024年6月28日</p></body></html>";
    for name in ["notice.doc", "notice.wps"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(name);
        std::fs::write(&path, page).expect("write");
        let doc = gongwen::parse_path(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.source.format, Format::Html, "{name}");
        assert_eq!(doc.recipients, ["各镇人民政府"], "{name}");
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2024-06-28"),
            "{name}"
        );
    }
}
