//! Resource limits applied while reading a page.

/// Resource limits: a hostile page is refused with a typed error before it can exhaust
/// memory, time or the stack.
///
/// ```
/// use gongwen_html::HtmlLimits;
///
/// let limits = HtmlLimits::new().with_max_depth(64);
/// assert_eq!(limits.max_depth, 64);
/// assert_eq!(limits.max_table_cells, HtmlLimits::default().max_table_cells);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HtmlLimits {
    /// Deepest element nesting accepted, as the HTML5 tree builder builds the tree (so
    /// after it has closed what the page left open). Default 256: real pages stay under 40.
    pub max_depth: u32,
    /// Most grid slots one table may cover, counted while its grid is built: each cell
    /// counts the rows and columns it spans in the rows present, so a cell spanning many
    /// rows counts in each. Default 1,000,000.
    pub max_table_cells: usize,
}

impl Default for HtmlLimits {
    fn default() -> Self {
        HtmlLimits {
            max_depth: 256,
            max_table_cells: 1_000_000,
        }
    }
}

impl HtmlLimits {
    /// The default limits.
    pub fn new() -> Self {
        Self::default()
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
