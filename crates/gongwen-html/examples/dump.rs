//! Prints the blocks and diagnostics the reader gives for a page: `cargo run -p gongwen-html
//! --example dump -- PAGE.html`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use gongwen_blocks::Block;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump PAGE.html");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match gongwen_html::read_html(&bytes, None, &gongwen_html::HtmlLimits::default()) {
        Ok(out) => {
            println!("encoding: {}", out.encoding);
            for b in &out.blocks {
                match b {
                    Block::Meta(m) => println!("{:>4} META {} = {}", m.loc.block, m.key, m.value),
                    Block::Paragraph(p) => println!(
                        "{:>4} P @{} {:?} ind={} bl={}{} | {}",
                        p.loc.block,
                        p.loc.offset.unwrap_or(0),
                        p.hints.align,
                        p.hints.indent,
                        p.hints.blank_lines_before,
                        if p.hints.bold { " B" } else { "" },
                        p.text.replace('\n', "⏎")
                    ),
                    Block::Table(t) => {
                        println!(
                            "{:>4} TABLE @{} {} rows",
                            t.loc.block,
                            t.loc.offset.unwrap_or(0),
                            t.rows.len()
                        );
                        for r in &t.rows {
                            let cells: Vec<String> = r
                                .cells
                                .iter()
                                .map(|c| {
                                    format!(
                                        "[{}{}{}] {}",
                                        c.col,
                                        if c.row_span > 1 {
                                            format!(" r{}", c.row_span)
                                        } else {
                                            String::new()
                                        },
                                        if c.col_span > 1 {
                                            format!(" c{}", c.col_span)
                                        } else {
                                            String::new()
                                        },
                                        c.text.replace('\n', "⏎")
                                    )
                                })
                                .collect();
                            println!(
                                "       {}{}",
                                if r.repeat_header { "H " } else { "" },
                                cells.join(" | ")
                            );
                        }
                    }
                }
            }
            for d in &out.diagnostics {
                println!(
                    "DIAG {:?} {:?} {} @{:?}",
                    d.level,
                    d.code,
                    d.message,
                    d.loc.map(|l| (l.block, l.offset))
                );
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
