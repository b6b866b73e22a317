//! Resource limits applied while reading a .doc.

/// Resource limits: a hostile file is refused with a typed error before it can exhaust
/// memory or time.
///
/// ```
/// use gongwen_doc::DocLimits;
///
/// let limits = DocLimits::new().with_max_stream_bytes(1 << 20).with_max_depth(16);
/// assert_eq!(limits.max_stream_bytes, 1 << 20);
/// assert_eq!(limits.max_table_cells, DocLimits::default().max_table_cells);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocLimits {
    /// Largest stream read from the compound file (`WordDocument`, the table stream),
    /// checked against the directory's size before reading. Default 256 MiB.
    pub max_stream_bytes: u64,
    /// Deepest nesting of tables in tables and of fields in fields. Default 256.
    pub max_depth: u32,
    /// Most cells one table may have, counted row by row as the table is read (each
    /// row counts the cells its definition declares, or those it holds if more).
    /// Default 1,000,000.
    pub max_table_cells: usize,
}

impl Default for DocLimits {
    fn default() -> Self {
        DocLimits {
            max_stream_bytes: 256 << 20,
            max_depth: 256,
            max_table_cells: 1_000_000,
        }
    }
}

impl DocLimits {
    /// The default limits.
    pub fn new() -> Self {
        Self::default()
    }

    /// The same limits with another `max_stream_bytes`.
    #[must_use]
    pub fn with_max_stream_bytes(mut self, bytes: u64) -> Self {
        self.max_stream_bytes = bytes;
        self
    }

    /// The same limits with another `max_depth`.
    #[must_use]
    pub fn with_max_depth(mut self, depth: u32) -> Self {
        self.max_depth = depth;
        self
    }

    /// The same limits with another `max_table_cells`.
    #[must_use]
    pub fn with_max_table_cells(mut self, cells: usize) -> Self {
        self.max_table_cells = cells;
        self
    }
}
