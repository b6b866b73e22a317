//! Prints the blocks a .doc file reads to (for looking at real files by eye).
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    for path in std::env::args().skip(1) {
        println!("== {path}");
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        match gongwen_doc::read_doc(&bytes, &gongwen_doc::DocLimits::default()) {
            Ok(blocks) => {
                for b in blocks {
                    match b {
                        gongwen_doc::Block::Paragraph(p) => println!(
                            "P{} @{:?} {:?} {:?}",
                            p.loc.block, p.loc.offset, p.text, p.hints
                        ),
                        gongwen_doc::Block::Table(t) => {
                            println!("T{} @{:?}", t.loc.block, t.loc.offset);
                            for r in &t.rows {
                                let cells: Vec<String> = r
                                    .cells
                                    .iter()
                                    .map(|c| {
                                        format!(
                                            "[{}+{}x{}] {:?}",
                                            c.col, c.col_span, c.row_span, c.text
                                        )
                                    })
                                    .collect();
                                println!("  {}", cells.join(" | "));
                            }
                        }
                        gongwen_doc::Block::Meta(m) => println!("M {m:?}"),
                    }
                }
            }
            Err(e) => println!("ERR {e}"),
        }
    }
}
