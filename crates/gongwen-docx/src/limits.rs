//! Resource limits applied while reading a .docx.

/// Resource limits: a hostile file is refused with a typed error before it can exhaust
/// memory or the stack.
///
/// ```
/// use gongwen_docx::DocxLimits;
///
/// let limits = DocxLimits::new().with_max_part_bytes(1 << 20).with_max_depth(64);
/// assert_eq!(limits.max_part_bytes, 1 << 20);
/// assert_eq!(limits.max_total_bytes, DocxLimits::default().max_total_bytes);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocxLimits {
    /// Largest inflated size of one part, checked while inflating (never trusting the
    /// size the zip header claims). Default 256 MiB.
    pub max_part_bytes: u64,
    /// Largest inflated size of all parts read, together. Default 1 GiB.
    pub max_total_bytes: u64,
    /// Deepest XML element nesting accepted (tables nested in tables count through their
    /// rows and cells). Default 256.
    pub max_depth: u32,
    /// Most grid cells one table may cover, counted while reading: each `w:tc` (merged
    /// continuation cells included) counts the columns it spans (`w:gridSpan`), and the
    /// columns a row skips (`w:gridBefore`) count too; a nested table counts on its own.
    /// Default 1,000,000.
    pub max_table_cells: usize,
}

impl Default for DocxLimits {
    fn default() -> Self {
        DocxLimits {
            max_part_bytes: 256 << 20,
            max_total_bytes: 1 << 30,
            max_depth: 256,
            max_table_cells: 1_000_000,
        }
    }
}

impl DocxLimits {
    /// The default limits.
    pub fn new() -> Self {
        Self::default()
    }

    /// The same limits with another `max_part_bytes`.
    #[must_use]
    pub fn with_max_part_bytes(mut self, bytes: u64) -> Self {
        self.max_part_bytes = bytes;
        self
    }

    /// The same limits with another `max_total_bytes`.
    #[must_use]
    pub fn with_max_total_bytes(mut self, bytes: u64) -> Self {
        self.max_total_bytes = bytes;
        self
    }

    /// The same limits with another `max_table_cells`.
    #[must_use]
    pub fn with_max_table_cells(mut self, cells: usize) -> Self {
        self.max_table_cells = cells;
        self
    }

    /// The same limits with another `max_depth`.
    #[must_use]
    pub fn with_max_depth(mut self, depth: u32) -> Self {
        self.max_depth = depth;
        self
    }
}
