use crate::{Format, UnitAliases};

/// How to parse an input: built with [`Options::new`] (which detects everything) and the
/// builder methods, each overriding one default.
///
/// ```
/// use gongwen::{Format, Limits, Options, UnitAliases};
///
/// let aliases: UnitAliases = [("县发改局", "县发展和改革局")].into_iter().collect();
/// let mut limits = Limits::default();
/// limits.max_input_bytes = 8 << 20;
/// let options = Options::new()
///     .format(Format::Txt)
///     .encoding("gb18030")
///     .unit_aliases(aliases)
///     .limits(limits);
/// let gb18030 = b"\xcd\xa8\xd6\xaa\n"; // "通知"
/// let doc = gongwen::parse_bytes_with(gb18030, &options)?;
/// assert_eq!(doc.source.encoding, "GB18030");
/// assert_eq!(doc.title.as_deref(), Some("通知"));
/// # Ok::<(), gongwen::Error>(())
/// ```
///
/// Cloning is cheap (the alias table is shared, not copied), so one `Options` serves a
/// whole batch.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `None`: detect the format.
    pub(crate) format: Option<Format>,
    /// `None`: detect the encoding.
    pub(crate) encoding: Option<String>,
    pub(crate) limits: Limits,
    pub(crate) unit_aliases: UnitAliases,
}

impl Options {
    /// Options that detect the format and the encoding, with the default [`Limits`] and no
    /// unit aliases.
    pub fn new() -> Self {
        Options::default()
    }

    /// Reads the input as `format` instead of detecting it.
    #[must_use]
    pub fn format(mut self, format: Format) -> Self {
        self.format = Some(format);
        self
    }

    /// For text formats: decodes with the encoding `label` (a WHATWG label such as
    /// "gb18030", "gbk", "big5", "utf-16le") instead of detecting it. An unknown label
    /// fails each parse with the kind `unknown_encoding`.
    #[must_use]
    pub fn encoding(mut self, label: impl Into<String>) -> Self {
        self.encoding = Some(label.into());
        self
    }

    /// Reports each task unit's `full_name` from `aliases` (see
    /// [`crate::load_unit_aliases`]).
    #[must_use]
    pub fn unit_aliases(mut self, aliases: UnitAliases) -> Self {
        self.unit_aliases = aliases;
        self
    }

    /// Resource limits for hostile or broken inputs.
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

/// Resource limits; each has a typed error that names it when exceeded, with its own
/// [`Error::code`](crate::Error::code):
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
/// let options = gongwen::Options::new()
///     .format(gongwen::Format::Txt)
///     .limits(limits);
/// let err = gongwen::parse_bytes_with("通知".repeat(20).as_bytes(), &options).unwrap_err();
/// assert_eq!(err.code(), "line_too_long");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input file accepted, in bytes (default 64 MiB).
    pub max_input_bytes: u64,
    /// .docx: largest inflated size of one zip part, checked while inflating; .doc/.wps:
    /// largest stream read from the compound file (default 256 MiB).
    pub max_part_bytes: u64,
    /// .docx: largest inflated size of all parts read, together (default 1 GiB).
    pub max_total_bytes: u64,
    /// .docx: deepest XML nesting accepted; .doc/.wps: deepest nesting of tables and of
    /// fields; .html: deepest element nesting, as the HTML5 tree builder builds the page
    /// (default 256).
    pub max_xml_depth: u32,
    /// .txt, .docx, .doc/.wps and .html: most cells one table may hold, counted while the
    /// table is read (default 1,000,000; a real task table has a few thousand at most). In
    /// a .docx a cell counts the grid columns it spans, and columns skipped by `w:gridBefore` count;
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

    pub(crate) fn doc(&self) -> gongwen_doc::DocLimits {
        gongwen_doc::DocLimits::default()
            .with_max_stream_bytes(self.max_part_bytes)
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
