use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Loc;

/// A paragraph of running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Paragraph {
    /// The text, lines broken by page breaks joined back, indentation removed.
    pub text: String,
    /// Where it was found (all the lines it was joined from).
    pub loc: Loc,
}

impl Paragraph {
    /// The paragraph `text`, found at `loc`.
    pub fn new(text: impl Into<String>, loc: Loc) -> Self {
        Paragraph {
            text: text.into(),
            loc,
        }
    }
}

/// A numbered section of the body: 一、 （一） 1. （1） and their children; in a 办法, 规定,
/// 细则 or 章程 also the 编, 章, 节 and 条 that hold them (see `kind`, since 1.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Section {
    /// The number as printed, e.g. "（一）", "(十六）", "第一章", "第十二条".
    pub label: String,
    /// The number's value, e.g. 1 for "（一）", 12 for "第十二条".
    pub ordinal: u32,
    /// Depth in the 公文 hierarchy: 一、 → 1, （一） → 2, 1. → 3, （1） → 4, ① → 5; 0 for the
    /// 编, 章, 节 and 条 of a 办法 (since 1.2), which stand above the numbered items: their
    /// nesting is told by `kind` and by the tree itself.
    pub level: u8,
    /// The run-in heading ("（一）聚焦重点任务，推进高质量公开。重点围绕…" → "聚焦重点任务，推进高质量公开"),
    /// or the whole line for a heading line ("第一章　总则" → "总则"); null when the item starts
    /// with running text. A 条 has a heading only when one is printed in brackets after its
    /// number ("第三条【适用范围】…" → "适用范围"): its text is in `paragraphs`.
    pub heading: Option<String>,
    /// The section's own text after its heading, up to its first child.
    pub paragraphs: Vec<Paragraph>,
    /// Sub-sections.
    pub children: Vec<Section>,
    /// Where the numbered line was found.
    pub loc: Loc,
    /// What kind of division this is (since 1.2): `item` for the numbered items (一、 to ①),
    /// or the `part` (编), `chapter` (章), `section` (节) or `article` (条) of a 办法, 规定,
    /// 细则 or 章程. Omitted from the JSON when `item`, the only kind before 1.2.
    #[serde(default, skip_serializing_if = "SectionKind::is_item")]
    pub kind: SectionKind,
}

impl Section {
    /// The numbered item printed as `label` at `loc`, numbered `ordinal` at depth `level`:
    /// an `item`, with no heading, paragraphs or children until set.
    ///
    /// ```
    /// use gongwen_model::{Loc, Paragraph, Section, SectionKind};
    ///
    /// let mut article = Section::new("第三条", 3, 0, Loc::block(12));
    /// article.kind = SectionKind::Article;
    /// article.paragraphs.push(Paragraph::new("本办法自发布之日起施行。", Loc::block(12)));
    /// assert!(article.heading.is_none() && article.children.is_empty());
    /// ```
    pub fn new(label: impl Into<String>, ordinal: u32, level: u8, loc: Loc) -> Self {
        Section {
            label: label.into(),
            ordinal,
            level,
            heading: None,
            paragraphs: Vec::new(),
            children: Vec::new(),
            loc,
            kind: SectionKind::Item,
        }
    }
}

/// The kind of a [`Section`] (since 1.2).
///
/// A 办法 nests them 编 ⊃ 章 ⊃ 节 ⊃ 条 ⊃ items: "第一章　总则" holds "第一条　为了……", and the
/// （一） 1. items printed inside a 条 are its children. The 款 (the paragraphs of a 条 after
/// its first) are its `paragraphs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// A numbered item: 一、 （一） 1. （1） ① (`level` 1–5).
    #[default]
    Item,
    /// 编: "第一编　总则"; also the 部分 of a 方案, 规划 or 报告: "第一部分　总体要求", which
    /// holds the 一、 items printed under it.
    Part,
    /// 章: "第一章　总则".
    Chapter,
    /// 节: "第一节　一般规定", inside a 章.
    Section,
    /// 条: "第一条　为了……", the article; its text is in `paragraphs`.
    Article,
}

impl SectionKind {
    /// True for [`SectionKind::Item`] (for `skip_serializing_if`).
    pub fn is_item(&self) -> bool {
        *self == SectionKind::Item
    }
}
