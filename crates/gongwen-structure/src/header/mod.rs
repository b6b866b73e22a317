//! Phase 2, **header**: the 版头 and the start of the 主体 — 份号, 密级, 紧急程度, the red
//! 发文机关标志 (a line, or a table: [`mark_table`]), the 发文字号 and 签发人, the title
//! over one or more lines, the 主送机关 ([`front`]); the lines only the special formats
//! print ([`formats`]) and the GB/T 9704 format they show ([`layout`]); what the title says
//! ([`title`]).

pub(crate) mod formats;
pub(crate) mod front;
pub(crate) mod layout;
pub(crate) mod mark_table;
pub(crate) mod title;

use gongwen_model::{Layout, Loc};

use crate::filter::Page;
use front::{Front, read_front};
use layout::{Evidence, detect_layout};
use mark_table::take_header_tables;
use title::{doc_type_of, is_transmittal};

/// What the header says.
#[derive(Debug)]
pub(crate) struct Header {
    /// The header's fields, each where it was printed.
    pub front: Front,
    /// The title announces documents it carries (印发, 转发, 批转 …).
    pub transmittal: bool,
    /// The GB/T 9704 format, and the line that shows it (none for `general`).
    pub layout: (Layout, Option<Loc>),
    /// Index of the first paragraph after the header.
    pub end: usize,
}

impl Header {
    /// The title as printed, line breaks joined.
    pub(crate) fn title(&self) -> Option<&str> {
        self.front.title.as_ref().map(|t| t.value.as_str())
    }
}

/// Reads the header from the first paragraphs of `page` (before its first table), taking a
/// red header laid out as a table out of `page.tables`.
pub(crate) fn read(page: &mut Page<'_>) -> Header {
    let (table_names, table_loc) = take_header_tables(&mut page.tables, &page.paras);
    let first_table = page.first_table();
    let n = page.paras.len();
    let mut front = read_front(&page.paras[..first_table.min(n)]);
    if front.header_issuers.is_empty() && !table_names.is_empty() {
        front.header_issuers = table_names;
        front.header_issuers_loc = table_loc;
    }
    let title = front.title.as_ref().map(|t| t.value.as_str());
    let doc_type = title.and_then(doc_type_of);
    let transmittal = title.is_some_and(is_transmittal);
    let layout = detect_layout(&Evidence {
        front: &front,
        doc_type,
        transmittal,
    });
    let end = front.end;
    Header {
        front,
        transmittal,
        layout,
        end,
    }
}
