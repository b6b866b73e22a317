//! Prints the blocks of a .docx and of the .doc saved from it, side by side where they differ.
#![allow(clippy::print_stdout, clippy::unwrap_used, missing_docs)]

fn show(b: &gongwen_doc::Block) -> Vec<String> {
    match b {
        gongwen_doc::Block::Paragraph(p) => vec![format!(
            "P {:?} {:?} tb={}",
            p.text, p.hints.align, p.hints.in_text_box
        )],
        gongwen_doc::Block::Table(t) => t
            .rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| {
                        format!(
                            "[{}+{}x{}] {:?}",
                            c.col,
                            c.col_span,
                            c.row_span,
                            c.text.chars().take(12).collect::<String>()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" | ")
                    + if r.repeat_header { " H" } else { "" }
            })
            .collect(),
        gongwen_doc::Block::Meta(m) => vec![format!("{m:?}")],
    }
}

fn main() {
    let a = std::env::args().nth(1).unwrap();
    let b = std::env::args().nth(2).unwrap();
    let x = gongwen_docx::read_docx(&std::fs::read(a).unwrap(), &Default::default()).unwrap();
    let y = gongwen_doc::read_doc(&std::fs::read(b).unwrap(), &Default::default()).unwrap();
    let xs: Vec<String> = x.iter().flat_map(show).collect();
    let ys: Vec<String> = y.iter().flat_map(show).collect();
    for i in 0..xs.len().max(ys.len()) {
        let l = xs.get(i).map_or("", |s| s.as_str());
        let r = ys.get(i).map_or("", |s| s.as_str());
        if l != r {
            println!("{i}\n  docx {l}\n  doc  {r}");
        }
    }
    println!("{} vs {} lines", xs.len(), ys.len());
}
