//! Resource limits applied while reading text.

/// Resource limits of the .txt reader: a hostile file is refused with a typed error,
/// checked while reading (never after building what the limit protects against).
///
/// ```
/// use gongwen_text::TextLimits;
///
/// let limits = TextLimits::new().with_max_line_bytes(4096);
/// assert_eq!(limits.max_line_bytes, 4096);
/// assert_eq!(limits.max_table_cells, TextLimits::default().max_table_cells);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLimits {
    /// Longest line accepted, in bytes of decoded UTF-8 text (default 1 MiB; a 公文
    /// paragraph is a few KiB at most).
    pub max_line_bytes: usize,
    /// Most cells one table may hold (default 1,000,000).
    pub max_table_cells: usize,
}

impl Default for TextLimits {
    fn default() -> Self {
        TextLimits {
            max_line_bytes: 1 << 20,
            max_table_cells: 1_000_000,
        }
    }
}

impl TextLimits {
    /// The default limits.
    pub fn new() -> Self {
        Self::default()
    }

    /// No limits at all (for text already trusted).
    pub fn unlimited() -> Self {
        TextLimits {
            max_line_bytes: usize::MAX,
            max_table_cells: usize::MAX,
        }
    }

    /// The same limits with another `max_line_bytes`.
    #[must_use]
    pub fn with_max_line_bytes(mut self, bytes: usize) -> Self {
        self.max_line_bytes = bytes;
        self
    }

    /// The same limits with another `max_table_cells`.
    #[must_use]
    pub fn with_max_table_cells(mut self, cells: usize) -> Self {
        self.max_table_cells = cells;
        self
    }
}
