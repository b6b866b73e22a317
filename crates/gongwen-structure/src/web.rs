//! Text saved from government websites: the metadata block (索引号, 发布机构, 成文日期,
//! 发文字号 … as label/value lines, labels and values on alternating lines, or a table) and
//! the page chrome around the document (当前位置, 打印本页, 关闭窗口, 分享到 …).

use std::collections::BTreeMap;

use gongwen_blocks::{Paragraph, Table};
use gongwen_model::{Diagnostic, Loc};

/// What the website block told, and where.
#[derive(Debug, Default)]
pub(crate) struct Web {
    /// Label (without spaces) → value.
    pub metadata: BTreeMap<String, String>,
    /// Where the first metadata entry was found.
    pub loc: Option<Loc>,
}

/// Consumes web chrome and metadata paragraphs and tables while the structurer walks the
/// blocks, so that they never reach the body.
#[derive(Debug, Default)]
pub(crate) struct WebFilter {
    web: Web,
}

impl WebFilter {
    /// True when `p` is chrome or metadata (and was consumed).
    pub fn take_paragraph(&mut self, p: &Paragraph, diags: &mut Vec<Diagnostic>) -> bool {
        let _ = (p, diags, &mut self.web);
        false
    }

    /// True when `t` is a metadata table (and was consumed).
    pub fn take_table(&mut self, t: &Table, diags: &mut Vec<Diagnostic>) -> bool {
        let _ = (t, diags);
        false
    }

    /// What was collected.
    pub fn finish(self) -> Web {
        self.web
    }
}
