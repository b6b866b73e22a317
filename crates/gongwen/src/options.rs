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

    /// Options with these limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

/// Resource limits; each has a typed error that names it when exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input file accepted, in bytes (default 64 MiB).
    pub max_input_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 << 20,
        }
    }
}
