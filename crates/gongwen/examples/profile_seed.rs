//! Parses the seed notice many times: a target for profilers (callgrind, perf).
//! `cargo run --release -p gongwen --example profile_seed -- fixtures/txt/seed-pingyin-2024-4.txt 200`
//! (with `READ_ONLY=1`, a .docx is only read into blocks: the reader's share alone; with
//! `JSON_ONLY=1`, the document is parsed once and only rendered as JSON, many times; with
//! `FLOOR=1`, only the bench's floor runs: inflate `word/document.xml` and scan it; with
//! `STRUCTURE_ONLY=1`, a .docx is read once and only the structurer runs, many times).
#![allow(missing_docs, clippy::print_stdout)]

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "fixtures/txt/seed-pingyin-2024-4.txt".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let bytes = std::fs::read(&path).unwrap_or_default();
    let options = gongwen::Options::default();
    let mut tasks = 0;
    if std::env::var_os("FLOOR").is_some() {
        // The same floor as benches/seed.rs, so instruction counts compare with it.
        let mut data = Vec::new();
        let mut buf = Vec::new();
        for _ in 0..n {
            let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])) else {
                continue;
            };
            data.clear();
            if let Ok(mut file) = archive.by_name("word/document.xml") {
                let _ = std::io::Read::read_to_end(&mut file, &mut data);
            }
            let mut reader = quick_xml::Reader::from_reader(&data[..]);
            loop {
                buf.clear();
                match reader.read_event_into(&mut buf) {
                    Ok(quick_xml::events::Event::Eof) | Err(_) => break,
                    Ok(_) => tasks += 1,
                }
            }
        }
        println!("{tasks}");
        return;
    }
    if std::env::var_os("READ_STRUCT").is_some() {
        // Reader then structurer, without the facade (detection, hashing).
        for _ in 0..n {
            let blocks = gongwen_docx::read_docx(&bytes, &gongwen_docx::DocxLimits::default())
                .unwrap_or_default();
            tasks += gongwen_structure::structure(&blocks, source(&bytes))
                .tasks
                .len();
        }
        println!("{tasks}");
        return;
    }
    if std::env::var_os("STRUCTURE_ONLY").is_some() {
        let blocks = gongwen_docx::read_docx(&bytes, &gongwen_docx::DocxLimits::default())
            .unwrap_or_default();
        for _ in 0..n {
            tasks += gongwen_structure::structure(&blocks, source(&bytes))
                .tasks
                .len();
        }
        println!("{tasks}");
        return;
    }
    if std::env::var_os("JSON_ONLY").is_some() {
        // Rendering alone: the document parsed once, written as JSON many times.
        if let Ok(doc) = gongwen::parse_bytes_with(&bytes, &options) {
            for _ in 0..n {
                tasks += gongwen::to_json(&doc).len();
            }
        }
        println!("{tasks}");
        return;
    }
    if std::env::var_os("READ_ONLY").is_some() {
        // The .docx reader alone, to split its cost from the structurer's.
        for _ in 0..n {
            if let Ok(blocks) =
                gongwen_docx::read_docx(&bytes, &gongwen_docx::DocxLimits::default())
            {
                tasks += blocks.len();
            }
        }
        println!("{tasks}");
        return;
    }
    for _ in 0..n {
        if let Ok(doc) = gongwen::parse_bytes_with(&bytes, &options) {
            tasks += doc.tasks.len();
        }
    }
    println!("{tasks}");
}

/// The source description the facade would give, without hashing.
fn source(bytes: &[u8]) -> gongwen_model::Source {
    gongwen_model::Source::new(gongwen_model::Format::Docx, "UTF-8").with_size(bytes.len() as u64)
}
