//! The bodies of the fuzz targets. cargo-fuzz (`fuzz/fuzz_targets/*.rs`, nightly), the
//! stable coverage-less driver (`crates/gongwen-testkit/examples/drive.rs`) and the
//! seed-corpus test (`tests/fuzz_bodies.rs`, stable, in CI) all call these, so a crash
//! found by one reproduces in the others.
//!
//! ```sh
//! cd fuzz && cargo +nightly fuzz run txt corpus/txt corpus-seed/txt -- -max_total_time=600
//! cargo run --release -p gongwen-testkit --example drive -- docx 1000000
//! ```
//!
//! Each body panics only when an invariant breaks (a panic inside gongwen is what the
//! fuzzer looks for; the checks here turn silent nonsense into a panic too).

use std::sync::OnceLock;

use gongwen::{Document, Error, Format, Limits, Options};

use crate::zipkit::{unzip_parts, zip_parts};

/// The names of the fuzz targets, as used for `fuzz/corpus-seed/<name>/`.
pub const TARGETS: [&str; 6] = ["txt", "docx", "doc", "small_parsers", "xml", "html"];

/// Runs the body of the target `name` on `data`; `false` for an unknown name.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "txt" => txt(data),
        "docx" => docx(data),
        "doc" => doc(data),
        "small_parsers" => small_parsers(data),
        "xml" => xml(data),
        "html" => html(data),
        _ => return false,
    }
    true
}

/// The .html path: bytes → encoding (BOM, `<meta>`, detection) → html5ever tree → blocks →
/// `Document` → JSON, and the reader's blocks checked on their own: numbered in order,
/// every offset inside the input, every cell inside its table's grid. A last byte below
/// 0x08 is taken off and picks options instead: bit 0 small limits (depth 24, 64 cells),
/// bit 1 a forced encoding (GBK, or UTF-8 with bit 2).
pub fn html(data: &[u8]) {
    let mut options = Options::new().format(Format::Html);
    let mut limits = gongwen_html::HtmlLimits::default();
    let mut forced = None;
    let mut page = data;
    if let Some((&mode, rest)) = data.split_last()
        && mode < 0x08
    {
        page = rest;
        if mode & 0x01 != 0 {
            let mut small = Limits::default();
            small.max_xml_depth = 24;
            small.max_table_cells = 64;
            options = options.limits(small);
            limits = limits.with_max_depth(24).with_max_table_cells(64);
        }
        if mode & 0x02 != 0 {
            let label = if mode & 0x04 != 0 { "utf-8" } else { "gbk" };
            options = options.encoding(label);
            forced = gongwen_html::encoding_for_label(label).ok();
        }
    }
    if let Ok(out) = gongwen_html::read_html(page, forced, &limits) {
        let within = |offset: Option<u64>| offset.is_none_or(|o| o <= page.len() as u64);
        for (i, block) in out.blocks.iter().enumerate() {
            assert_eq!(block.loc().block as usize, i, "blocks numbered in order");
            assert!(within(block.loc().offset), "offset beyond the input");
            if let gongwen_blocks::Block::Table(t) = block {
                let width = t.grid_width();
                for row in &t.rows {
                    assert!(within(row.loc.offset));
                    for cell in &row.cells {
                        assert!(cell.row_span >= 1 && cell.col_span >= 1);
                        assert!(cell.col + cell.col_span <= width);
                        assert!(within(cell.loc.offset));
                    }
                }
            }
        }
        for d in &out.diagnostics {
            assert!(
                d.loc
                    .is_none_or(|l| (l.block as usize) < out.blocks.len().max(1))
            );
        }
    }
    check(gongwen::parse_bytes_with(page, &options));
}

/// The .docx reader's XML cursor: its fast path for plain markup must read `data` to the
/// same events and errors as quick-xml alone, and skipping an element by a byte search
/// must end where skipping it event by event does (for input quick-xml reads whole).
pub fn xml(data: &[u8]) {
    gongwen_docx::fuzzing::xml_paths_agree(data);
    gongwen_docx::fuzzing::skips_agree(data, 16);
}

/// The .txt path: bytes → decode (detected encoding) → blocks → `Document` → JSON.
/// A last byte below 0x08 is taken off and picks options instead: bit 0 small limits (so
/// the limit errors are reached), bit 1 a forced encoding (GB18030, or UTF-16LE with bit 2).
pub fn txt(data: &[u8]) {
    let mut options = Options::new().format(Format::Txt);
    let mut text = data;
    if let Some((&mode, rest)) = data.split_last()
        && mode < 0x08
    {
        text = rest;
        if mode & 0x01 != 0 {
            let mut limits = Limits::default();
            limits.max_line_bytes = 256;
            limits.max_table_cells = 64;
            options = options.limits(limits);
        }
        if mode & 0x02 != 0 {
            let label = if mode & 0x04 != 0 {
                "utf-16le"
            } else {
                "gb18030"
            };
            options = options.encoding(label);
        }
    }
    check(gongwen::parse_bytes_with(text, &options));
}

/// The .docx reader, structure-aware: a package built from a fixture in
/// `fixtures/docx/` whose XML parts are mutated by the operations `data` encodes (see
/// [`mutate`]), zipped again (valid zip, so the XML reader is what gets exercised), then
/// parsed. A first byte of 0xFF parses the rest of `data` as raw .docx bytes instead.
pub fn docx(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut limits = Limits::default();
    if mode & 0x40 != 0 {
        limits.max_xml_depth = 24;
        limits.max_table_cells = 40;
        limits.max_part_bytes = 64 << 10;
    }
    let options = Options::new().format(Format::Docx).limits(limits);
    if mode == 0xFF {
        check(gongwen::parse_bytes_with(rest, &options));
        return;
    }
    let bytes = mutated_fixture(mode & 0x3F, rest);
    check(gongwen::parse_bytes_with(&bytes, &options));
}

/// The .doc reader, structure-aware: the streams of a fixture in `fixtures/doc/` with one
/// stream (the second byte picks it: `WordDocument`, the table stream, `Data`) mutated by
/// the binary operations the rest of `data` encodes (see [`mutate_binary`]), stored again
/// in a valid compound file (so the Word structures are what gets exercised), then parsed.
/// A first byte of 0xFF parses the rest of `data` as raw .doc bytes instead; bit 0x40 of
/// the first byte sets small limits.
pub fn doc(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut limits = Limits::default();
    if mode & 0x40 != 0 {
        limits.max_xml_depth = 8;
        limits.max_table_cells = 40;
        limits.max_part_bytes = 64 << 10;
    }
    let options = Options::new().format(Format::Doc).limits(limits);
    if mode == 0xFF {
        gongwen_doc::fuzzing::read(rest);
        check(gongwen::parse_bytes_with(rest, &options));
        return;
    }
    let fixtures = doc_fixtures();
    if fixtures.is_empty() {
        return;
    }
    let mut streams = fixtures[usize::from(mode & 0x3F) % fixtures.len()].clone();
    if let (Some((&which, ops)), false) = (rest.split_first(), streams.is_empty()) {
        let index = usize::from(which) % streams.len();
        mutate_binary(&mut streams[index].1, ops);
    }
    let named: Vec<(&str, &[u8])> = streams
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    check(gongwen::parse_bytes_with(
        &crate::dockit::ole(&named),
        &options,
    ));
}

/// The streams of every fixture under `fixtures/doc/` (name, bytes), read once.
pub fn doc_fixtures() -> &'static [Parts] {
    static FIXTURES: OnceLock<Vec<Parts>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/doc");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "doc" || e == "wps"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter_map(|bytes| ole_streams(&bytes))
            .collect()
    })
}

/// The Word streams of a compound file: `WordDocument`, the table stream, `Data`.
fn ole_streams(bytes: &[u8]) -> Option<Parts> {
    use std::io::Read;
    let mut file = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).ok()?;
    let mut out = Vec::new();
    for name in ["WordDocument", "0Table", "1Table", "Data"] {
        let path = format!("/{name}");
        if !file.is_stream(&path) {
            continue;
        }
        let mut data = Vec::new();
        file.open_stream(&path).ok()?.read_to_end(&mut data).ok()?;
        out.push((name.to_owned(), data));
    }
    Some(out)
}

/// Applies binary mutations to a stream. Each operation is an opcode byte, a 16-bit
/// position (scaled to the stream's length) and an argument byte: delete a range, insert
/// raw bytes from `ops`, duplicate a range, overwrite a byte, write a 32-bit value made
/// of the argument (0, a small number, all ones, or a large offset), or truncate.
pub fn mutate_binary(data: &mut Vec<u8>, ops: &[u8]) {
    let mut ops = ops;
    let mut count = 0;
    while ops.len() >= 4 && count < 32 {
        count += 1;
        let (op, hi, lo, arg) = (ops[0], ops[1], ops[2], ops[3]);
        ops = &ops[4..];
        let len = data.len();
        let at = ((usize::from(u16::from_be_bytes([hi, lo])) * (len + 1)) >> 16).min(len);
        match op % 6 {
            0 => {
                let end = (at + usize::from(arg) + 1).min(len);
                data.drain(at..end);
            }
            1 => {
                let n = usize::from(arg).min(ops.len());
                data.splice(at..at, ops[..n].iter().copied());
                ops = &ops[n..];
            }
            2 => {
                let end = (at + usize::from(arg) * 16 + 1).min(len);
                let copy = data[at..end].to_vec();
                data.splice(at..at, copy);
            }
            3 => {
                if at < len {
                    data[at] = arg;
                }
            }
            4 => {
                let value: u32 = match arg % 4 {
                    0 => 0,
                    1 => u32::from(arg),
                    2 => u32::MAX,
                    _ => u32::from(arg) << 20,
                };
                for (k, b) in value.to_le_bytes().iter().enumerate() {
                    if let Some(slot) = data.get_mut(at + k) {
                        *slot = *b;
                    }
                }
            }
            _ => {
                if arg < 16 {
                    data.truncate(at);
                }
            }
        }
        if data.len() > 4 << 20 {
            data.truncate(4 << 20);
        }
    }
}

/// The package of fixture number `pick` (modulo the number of fixtures) with its XML parts
/// mutated by `ops` (the first byte picks the part), zipped again.
pub fn mutated_fixture(pick: u8, ops: &[u8]) -> Vec<u8> {
    let fixtures = docx_fixtures();
    if fixtures.is_empty() {
        return Vec::new();
    }
    let mut parts = fixtures[usize::from(pick) % fixtures.len()].clone();
    let xml: Vec<usize> = parts
        .iter()
        .enumerate()
        .filter(|(_, (name, _))| name.ends_with(".xml") || name.ends_with(".rels"))
        .map(|(i, _)| i)
        .collect();
    if let (Some((&which, ops)), false) = (ops.split_first(), xml.is_empty()) {
        // The main document part is the usual target: weight it.
        let doc = xml
            .iter()
            .copied()
            .find(|&i| parts[i].0 == "word/document.xml");
        let index = match (which % 4, doc) {
            (0..=1, Some(d)) => d,
            _ => xml[usize::from(which) % xml.len()],
        };
        mutate(&mut parts[index].1, ops);
    }
    zip_parts(&parts, false)
}

/// The parts of one package: (name, inflated bytes), in archive order.
pub type Parts = Vec<(String, Vec<u8>)>;

/// The parts of every fixture under `fixtures/docx/`, read once.
pub fn docx_fixtures() -> &'static [Parts] {
    static FIXTURES: OnceLock<Vec<Parts>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/docx");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "docx"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter_map(|bytes| unzip_parts(&bytes))
            .collect()
    })
}

/// XML fragments the mutator splices in: the WordprocessingML the reader gives meaning to,
/// and the XML corner cases (entities, CDATA, DTDs, stray end tags).
const TOKENS: [&str; 40] = [
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "</w:r>",
    "<w:t>",
    "</w:t>",
    "<w:t xml:space=\"preserve\"> ",
    "<w:tbl>",
    "</w:tbl>",
    "<w:tr>",
    "</w:tr>",
    "<w:tc>",
    "</w:tc>",
    "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>",
    "<w:tcPr><w:vMerge/></w:tcPr>",
    "<w:tcPr><w:gridSpan w:val=\"4095\"/><w:hMerge/></w:tcPr>",
    "<w:trPr><w:gridBefore w:val=\"4294967295\"/><w:tblHeader/></w:trPr>",
    "<w:pPr><w:numPr><w:ilvl w:val=\"8\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>",
    "<w:pPr><w:rPr><w:del/></w:rPr><w:outlineLvl w:val=\"255\"/></w:pPr>",
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>",
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
    "<mc:AlternateContent><mc:Choice>",
    "</mc:Choice><mc:Fallback>",
    "<w:drawing><w:txbxContent>",
    "</w:txbxContent></w:drawing>",
    "<w:br w:type=\"page\"/>",
    "<w:sym w:char=\"FFFFFFFF\"/>",
    "<w:rPr><w:vanish/><w:b w:val=\"0\"/><w:sz w:val=\"99999\"/></w:rPr>",
    "&amp;",
    "&#x4E00;",
    "&#0;",
    "&undefined;",
    "<![CDATA[一、总体要求]]>",
    "<!DOCTYPE w [<!ENTITY a \"&#38;a;&#38;a;\">]>",
    "<?pi x?>",
    "\u{0}",
    "一、工作任务。（一）加强领导。",
    "\t序号\t工作任务\t责任单位\t完成时限",
    "县发改局、财政局牵头，2024年12月底前",
];

/// Applies the mutations encoded in `ops` to `data`. Each operation is an opcode byte, a
/// 16-bit position (scaled to the part's length) and one argument byte:
/// delete a range, splice a `TOKENS` entry, insert raw bytes from `ops`, duplicate a
/// range, overwrite a byte, truncate, or swap a `<` and `>`-bounded tag with another.
pub fn mutate(data: &mut Vec<u8>, ops: &[u8]) {
    let mut ops = ops;
    let mut count = 0;
    while ops.len() >= 4 && count < 32 {
        count += 1;
        let (op, hi, lo, arg) = (ops[0], ops[1], ops[2], ops[3]);
        ops = &ops[4..];
        let len = data.len();
        let at = (usize::from(u16::from_be_bytes([hi, lo])) * (len + 1)) >> 16;
        let at = at.min(len);
        match op % 8 {
            0 => {
                let end = (at + usize::from(arg) + 1).min(len);
                data.drain(at..end);
            }
            1 | 2 => {
                let token = TOKENS[usize::from(arg) % TOKENS.len()].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            3 => {
                let n = usize::from(arg).min(ops.len());
                data.splice(at..at, ops[..n].iter().copied());
                ops = &ops[n..];
            }
            4 => {
                let end = (at + usize::from(arg) * 16 + 1).min(len);
                let copy = data[at..end].to_vec();
                data.splice(at..at, copy);
            }
            5 => {
                if at < len {
                    data[at] = arg;
                }
            }
            6 => {
                if arg < 16 {
                    data.truncate(at);
                }
            }
            _ => {
                // Replace the tag starting at or after `at` with a token.
                if let Some(open) = data[at..].iter().position(|&b| b == b'<') {
                    let open = at + open;
                    if let Some(close) = data[open..].iter().position(|&b| b == b'>') {
                        let token = TOKENS[usize::from(arg) % TOKENS.len()].as_bytes();
                        data.splice(open..=open + close, token.iter().copied());
                    }
                }
            }
        }
        // Keep a part from growing without bound under repeated duplication.
        if data.len() > 4 << 20 {
            data.truncate(4 << 20);
        }
    }
}

/// The small parsers on one string (`data` as lossy UTF-8, and each of its lines): doc
/// number, dates, deadlines, unit lists, section labels, with their invariants checked.
pub fn small_parsers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    small_parsers_str(&text);
    for line in text.lines().take(64) {
        small_parsers_str(line);
    }
}

/// [`small_parsers`] on text.
pub fn small_parsers_str(text: &str) {
    use gongwen_structure::fuzzing::{date, deadline, doc_number, label, units};

    if let Some((number, range)) = doc_number::find_doc_number(text) {
        let found = text.get(range.clone());
        assert!(
            found.is_some(),
            "doc number range {range:?} not in {text:?}"
        );
        assert!(!number.raw.is_empty(), "empty raw doc number in {text:?}");
        assert!(
            number.normalized.contains('〔'),
            "{:?} from {text:?}",
            number.normalized
        );
    }
    if let Some(ymd) = date::parse_date(text) {
        assert!(
            date::Ymd::new(ymd.year, ymd.month, ymd.day).is_some(),
            "{ymd:?} from {text:?}"
        );
    }
    if let Some((ymd, range)) = date::find_date(text) {
        assert!(
            text.get(range.clone()).is_some(),
            "date range {range:?} in {text:?}"
        );
        assert!(
            date::Ymd::new(ymd.year, ymd.month, ymd.day).is_some(),
            "{ymd:?} from {text:?}"
        );
    }
    for year in [None, Some(2024), Some(9999), Some(0)] {
        let (_, date) = deadline::parse_deadline(text, year);
        if let Some(ymd) = date {
            assert!(
                date::Ymd::new(ymd.year, ymd.month, ymd.day).is_some(),
                "deadline {ymd:?} from {text:?} (year {year:?})"
            );
        }
    }
    let list = units::split_units(text);
    for unit in &list.units {
        assert!(!unit.name.is_empty(), "empty unit name from {text:?}");
    }
    if let Some(l) = label::parse_label(text) {
        assert!(
            (1..=5).contains(&l.level),
            "level {} from {text:?}",
            l.level
        );
        assert!(text.contains(l.raw), "label {:?} not in {text:?}", l.raw);
    }
}

/// The invariants of any parse result: a document renders to JSON that reads back; an
/// error says what went wrong and has a code.
pub fn check(result: Result<Document, Error>) {
    match result {
        Ok(doc) => {
            let json = gongwen::to_json(&doc);
            assert!(json.starts_with("{\"schema_version\""), "JSON: {json:.200}");
        }
        Err(err) => {
            let code = err.code();
            assert!(!code.is_empty());
            assert!(!err.to_string().is_empty());
        }
    }
}
