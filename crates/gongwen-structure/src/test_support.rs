//! Helpers shared by the parsers' unit tests.

/// Inputs mixing every awkward kind of character the parsers meet: mixed brackets, full-
/// width digits, Chinese numerals with 〇/○/O, enclosed numbers, spaces of every width,
/// astral-plane characters.
const AWKWARD: [&str; 3] = [
    "（十六)\u{3000}县发改局牵头，财政局、商务局配合等（2024〕第4号二〇二四年十二月底前",
    "平政办字 〔 ２０２４ ] 第 004 号 2024.6.28 ⑳㈩⒇ 廿卅O○〇 每年 1.5倍 12345热线",
    "【】（）()〔〕、，,；;\n\t  \u{A0}\u{200B}\u{FEFF}𠀀𠀀县市区省州盟旗镇乡等",
];

/// Calls `f` on every char-boundary slice of the awkward inputs: a parser given them
/// must never panic.
pub(crate) fn each_slice(mut f: impl FnMut(&str)) {
    for s in AWKWARD {
        for (i, _) in s.char_indices() {
            for (j, _) in s[i..].char_indices() {
                f(&s[i..i + j]);
            }
        }
    }
}

/// A table of plain cells (each one row and one column) at block `block`, rows and cells
/// numbered from 0, as a reader of a gridded format gives it.
pub(crate) fn grid_table(rows: &[&[&str]], block: u32) -> gongwen_blocks::Table {
    use gongwen_blocks::{Cell, Row, Table};
    use gongwen_model::Loc;
    Table {
        rows: rows
            .iter()
            .zip(0u32..)
            .map(|(cells, r)| Row {
                cells: cells
                    .iter()
                    .zip(0u32..)
                    .map(|(t, c)| Cell {
                        text: (*t).to_owned(),
                        col: c,
                        row_span: 1,
                        col_span: 1,
                        loc: Loc::block(block).with_cell(r, c),
                    })
                    .collect(),
                repeat_header: false,
                loc: Loc::block(block).with_row(r),
            })
            .collect(),
        loc: Loc::block(block),
    }
}
