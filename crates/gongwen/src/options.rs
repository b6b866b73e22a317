use crate::Format;

/// How to parse an input. `Options::default()` detects everything.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Options {
    /// Read the input as this format instead of detecting it.
    pub format: Option<Format>,
    /// For text formats: decode with this WHATWG encoding label (e.g. "gb18030") instead
    /// of detecting the encoding.
    pub encoding: Option<String>,
    /// Resource limits for hostile or broken inputs.
    pub limits: Limits,
    /// Unit abbreviation → full name, reported as `full_name` on task units (see
    /// [`crate::load_unit_aliases`]).
    pub unit_aliases: Option<std::sync::Arc<std::collections::BTreeMap<String, String>>>,
}

impl Options {
    /// Options that read the input as `format`.
    pub fn with_format(mut self, format: Option<Format>) -> Self {
        self.format = format;
        self
    }

    /// Options that decode text with the encoding `label`.
    pub fn with_encoding(mut self, label: Option<String>) -> Self {
        self.encoding = label;
        self
    }

    /// Options with this unit alias table.
    pub fn with_unit_aliases(
        mut self,
        aliases: Option<std::sync::Arc<std::collections::BTreeMap<String, String>>>,
    ) -> Self {
        self.unit_aliases = aliases;
        self
    }

    /// Options with these limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

/// Resource limits; each has a typed error that names it when exceeded, with its own
/// [`ErrorKind::code`](crate::ErrorKind::code):
///
/// | limit | default | code |
/// |---|---|---|
/// | `max_input_bytes` | 64 MiB | `too_large` |
/// | `max_part_bytes`, `max_total_bytes` | 256 MiB, 1 GiB | `inflated_too_large` |
/// | `max_xml_depth` | 256 | `too_deep` |
/// | `max_table_cells` | 1,000,000 | `table_too_large` |
/// | `max_line_bytes` | 1 MiB | `line_too_long` |
///
/// Every limit is enforced while reading, so an input over a limit costs time in
/// proportion to the limit, not to its own size.
///
/// ```
/// let mut limits = gongwen::Limits::default();
/// limits.max_line_bytes = 64;
/// let options = gongwen::Options::default()
///     .with_format(Some(gongwen::Format::Txt))
///     .with_limits(limits);
/// let err = gongwen::parse_bytes_with("通知".repeat(20).as_bytes(), &options).unwrap_err();
/// assert_eq!(err.kind().code(), "line_too_long");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input file accepted, in bytes (default 64 MiB).
    pub max_input_bytes: u64,
    /// .docx: largest inflated size of one zip part, checked while inflating
    /// (default 256 MiB).
    pub max_part_bytes: u64,
    /// .docx: largest inflated size of all parts read, together (default 1 GiB).
    pub max_total_bytes: u64,
    /// .docx: deepest XML nesting accepted; .html: deepest element nesting, as the HTML5
    /// tree builder builds the page (default 256).
    pub max_xml_depth: u32,
    /// .txt, .docx and .html: most cells one table may hold, counted while the table is read
    /// (default 1,000,000; a real task table has a few thousand at most). In a .docx a
    /// cell counts the grid columns it spans, and columns skipped by `w:gridBefore` count;
    /// in a page a cell counts every grid slot it covers (columns × rows).
    pub max_table_cells: usize,
    /// .txt: longest line accepted, in bytes of decoded UTF-8 text (default 1 MiB; a 公文
    /// paragraph is a few KiB). A longer line usually means the file is not text.
    pub max_line_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        let docx = gongwen_docx::DocxLimits::default();
        Limits {
            max_input_bytes: 64 << 20,
            max_part_bytes: docx.max_part_bytes,
            max_total_bytes: docx.max_total_bytes,
            max_xml_depth: docx.max_depth,
            max_table_cells: docx.max_table_cells,
            max_line_bytes: gongwen_text::TextLimits::default().max_line_bytes,
        }
    }
}

impl Limits {
    pub(crate) fn docx(&self) -> gongwen_docx::DocxLimits {
        gongwen_docx::DocxLimits::default()
            .with_max_part_bytes(self.max_part_bytes)
            .with_max_total_bytes(self.max_total_bytes)
            .with_max_depth(self.max_xml_depth)
            .with_max_table_cells(self.max_table_cells)
    }

    pub(crate) fn html(&self) -> gongwen_html::HtmlLimits {
        gongwen_html::HtmlLimits::default()
            .with_max_depth(self.max_xml_depth)
            .with_max_table_cells(self.max_table_cells)
    }

    pub(crate) fn text(&self) -> gongwen_text::TextLimits {
        gongwen_text::TextLimits::default()
            .with_max_line_bytes(self.max_line_bytes)
            .with_max_table_cells(self.max_table_cells)
    }
}
