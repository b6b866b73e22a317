use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Loc;

/// A paragraph of running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Paragraph {
    /// The text, lines broken by page breaks joined back, indentation removed.
    pub text: String,
    /// Where it was found (all the lines it was joined from).
    pub loc: Loc,
}

/// A numbered section of the body: 一、 （一） 1. （1） and their children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// The number as printed, e.g. "（一）" or "(十六）".
    pub label: String,
    /// The number's value, e.g. 1 for "（一）".
    pub ordinal: u32,
    /// Depth in the 公文 hierarchy: 一、 → 1, （一） → 2, 1. → 3, （1） → 4, ① → 5.
    pub level: u8,
    /// The run-in heading ("（一）聚焦重点任务，推进高质量公开。重点围绕…" → "聚焦重点任务，推进高质量公开"),
    /// or the whole line for a heading line; null when the item starts with running text.
    pub heading: Option<String>,
    /// The section's own text after its heading, up to its first child.
    pub paragraphs: Vec<Paragraph>,
    /// Sub-sections.
    pub children: Vec<Section>,
    /// Where the numbered line was found.
    pub loc: Loc,
}
