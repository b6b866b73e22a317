//! `gongwen-matrix [--rounds N] [--budget-ms MS] [--json FILE] FILE.docx…`: every stage of
//! parsing each .docx beside the physical floor, in one process, as one Markdown table.
//!
//! For each file, in interleaved rounds (every measure of every file once per round, so
//! that a disturbance hits one round of everything rather than all rounds of one thing),
//! the mean time per call over `--budget-ms` of calls; the table shows the best round.
//!
//! - **raw floor**: open the zip, inflate `word/document.xml`, `word/styles.xml` and
//!   `word/numbering.xml` (the parts every reader must read) into reused buffers, and pass
//!   over each byte once (counting `<`), building nothing;
//! - **quick-xml floor**: the same parts inflated and tokenized with quick-xml's slice
//!   reader (events counted, nothing built);
//! - **reader**: `gongwen_docx::read_docx`, bytes → blocks;
//! - **structurer**: `gongwen_structure::structure`, blocks (read once) → `Document`;
//! - **JSON**: `gongwen::to_json`, the `Document` → compact JSON (what `gongwen batch
//!   --ndjson` writes per document);
//! - **whole parse**: `gongwen::parse_bytes`, bytes → `Document` (reading, structuring,
//!   and the SHA-256 of the input that `source.sha256` records).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::hint::black_box;
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use gongwen::Format;

/// The parts the floors inflate.
const PARTS: [&str; 3] = ["word/document.xml", "word/styles.xml", "word/numbering.xml"];

/// The measures, in table order.
const MEASURES: [&str; 6] = [
    "raw floor",
    "quick-xml floor",
    "reader",
    "structurer",
    "JSON",
    "whole parse",
];

struct Input {
    path: PathBuf,
    bytes: Vec<u8>,
    /// Inflated sizes of the three parts (0 when absent).
    sizes: [usize; 3],
    blocks: Vec<gongwen_docx::Block>,
    doc: gongwen::Document,
    json_len: usize,
    /// Best time per call of each measure, in seconds.
    best: [f64; 6],
}

fn main() -> ExitCode {
    let mut rounds = 5usize;
    let mut budget_ms = 60u64;
    let mut json_out: Option<PathBuf> = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds = args.next().and_then(|v| v.parse().ok()).unwrap_or(rounds),
            "--budget-ms" => {
                budget_ms = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(budget_ms)
            }
            "--json" => json_out = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                eprintln!(
                    "usage: gongwen-matrix [--rounds N] [--budget-ms MS] [--json FILE] FILE.docx…"
                );
                return ExitCode::SUCCESS;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        eprintln!("gongwen-matrix: give the .docx files to measure");
        return ExitCode::from(2);
    }
    let mut inputs = Vec::new();
    for path in paths {
        match load(path.clone()) {
            Ok(input) => inputs.push(input),
            Err(e) => {
                eprintln!("gongwen-matrix: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        }
    }
    let budget = Duration::from_millis(budget_ms.max(1));
    for round in 0..rounds.max(1) {
        eprintln!("gongwen-matrix: round {} of {}", round + 1, rounds.max(1));
        for input in &mut inputs {
            for (m, _) in MEASURES.iter().enumerate() {
                let t = measure(input, m, budget);
                input.best[m] = input.best[m].min(t);
            }
        }
    }
    print_table(&inputs);
    if let Some(out) = json_out
        && let Err(e) = std::fs::write(&out, json(&inputs))
    {
        eprintln!("gongwen-matrix: {}: {e}", out.display());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn load(path: PathBuf) -> Result<Input, String> {
    let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
    let mut bufs: [Vec<u8>; 3] = Default::default();
    inflate(&bytes, &mut bufs)?;
    let sizes = [bufs[0].len(), bufs[1].len(), bufs[2].len()];
    let blocks = gongwen_docx::read_docx(&bytes, &gongwen_docx::DocxLimits::default())
        .map_err(|e| e.to_string())?;
    let doc = gongwen::parse_bytes(&bytes, Format::Docx).map_err(|e| e.to_string())?;
    let json_len = gongwen::to_json(&doc).len();
    Ok(Input {
        path,
        bytes,
        sizes,
        blocks,
        doc,
        json_len,
        best: [f64::INFINITY; 6],
    })
}

/// Inflates the floor's parts into `bufs` (cleared first; an absent part stays empty).
fn inflate(bytes: &[u8], bufs: &mut [Vec<u8>; 3]) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    for (name, buf) in PARTS.iter().zip(bufs.iter_mut()) {
        buf.clear();
        if let Ok(mut file) = archive.by_name(name) {
            file.read_to_end(buf).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// The mean time per call of measure `m` on `input` over `budget`, in seconds.
fn measure(input: &Input, m: usize, budget: Duration) -> f64 {
    let mut bufs: [Vec<u8>; 3] = Default::default();
    let source = gongwen::Source::new(Format::Docx, "UTF-8")
        .with_size(input.bytes.len() as u64)
        .with_generator(gongwen::GENERATOR);
    let mut call = || -> usize {
        match m {
            0 => {
                if inflate(black_box(&input.bytes), &mut bufs).is_err() {
                    return 0;
                }
                // One pass over every byte, building nothing.
                bufs.iter()
                    .map(|b| b.iter().filter(|&&c| c == b'<').count())
                    .sum()
            }
            1 => {
                if inflate(black_box(&input.bytes), &mut bufs).is_err() {
                    return 0;
                }
                bufs.iter().map(|b| tokenize(b)).sum()
            }
            2 => gongwen_docx::read_docx(
                black_box(&input.bytes),
                &gongwen_docx::DocxLimits::default(),
            )
            .map_or(0, |b| b.len()),
            3 => gongwen_structure::structure(black_box(&input.blocks), source.clone())
                .tasks
                .len(),
            4 => gongwen::to_json(black_box(&input.doc)).len(),
            _ => gongwen::parse_bytes(black_box(&input.bytes), Format::Docx)
                .map_or(0, |d| d.tasks.len()),
        }
    };
    // One call to warm the caches, then whole batches of calls until the budget is spent.
    black_box(call());
    let start = Instant::now();
    let mut calls = 0u64;
    let mut batch = 1u64;
    loop {
        for _ in 0..batch {
            black_box(call());
        }
        calls += batch;
        let elapsed = start.elapsed();
        if elapsed >= budget {
            return elapsed.as_secs_f64() / calls as f64;
        }
        batch = (batch * 2).min(64);
    }
}

/// quick-xml's slice reader over `data`: the number of events.
fn tokenize(data: &[u8]) -> usize {
    let mut reader = quick_xml::Reader::from_reader(data);
    let mut events = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) | Err(_) => return events,
            Ok(_) => events += 1,
        }
    }
}

fn us(seconds: f64) -> String {
    let us = seconds * 1e6;
    if us >= 1000.0 {
        format!("{:.2} ms", us / 1000.0)
    } else {
        format!("{us:.1} µs")
    }
}

fn kb(n: usize) -> String {
    if n == 0 {
        "–".to_owned()
    } else {
        format!("{:.0}", n as f64 / 1024.0)
    }
}

fn name(input: &Input) -> String {
    input
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn print_table(inputs: &[Input]) {
    println!(
        "| file | KB zip / doc / styles / numbering | tasks | raw floor | quick-xml floor | reader | structurer | JSON (KB) | whole parse | whole / raw floor | whole / quick-xml floor |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for i in inputs {
        let b = &i.best;
        println!(
            "| {} | {} / {} / {} / {} | {} | {} | {} | {} | {} | {} ({}) | {} | **{:.2}×** | {:.2}× |",
            name(i),
            kb(i.bytes.len()),
            kb(i.sizes[0]),
            kb(i.sizes[1]),
            kb(i.sizes[2]),
            i.doc.tasks.len(),
            us(b[0]),
            us(b[1]),
            us(b[2]),
            us(b[3]),
            us(b[4]),
            kb(i.json_len),
            us(b[5]),
            b[5] / b[0],
            b[5] / b[1],
        );
    }
}

/// The figures as JSON, for scripts: `{"files": [{"file", "bytes", "seconds": {...}}]}`.
fn json(inputs: &[Input]) -> String {
    let files: Vec<serde_json::Value> = inputs
        .iter()
        .map(|i| {
            let seconds: serde_json::Map<String, serde_json::Value> = MEASURES
                .iter()
                .zip(i.best)
                .map(|(m, t)| ((*m).to_owned(), serde_json::Value::from(t)))
                .collect();
            serde_json::json!({
                "file": i.path.display().to_string(),
                "bytes": i.bytes.len(),
                "parts": i.sizes,
                "tasks": i.doc.tasks.len(),
                "json_bytes": i.json_len,
                "blocks": i.blocks.len(),
                "seconds": seconds,
            })
        })
        .collect();
    let mut s = serde_json::json!({ "files": files }).to_string();
    s.push('\n');
    s
}
