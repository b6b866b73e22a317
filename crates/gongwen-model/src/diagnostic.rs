use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Loc;

/// Something odd or guessed while structuring the document. The parse still succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// How much it matters.
    pub level: Level,
    /// Stable machine-readable code; new codes may be added in minor schema versions.
    pub code: DiagnosticCode,
    /// Human-readable explanation, in English, naming the values involved.
    pub message: String,
    /// Where in the source it was noticed, when it can be pinned down.
    pub loc: Option<Loc>,
}

/// Severity of a [`Diagnostic`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Level {
    /// A value was inferred (for example a blank cell filled from the row above).
    Info,
    /// Something expected is missing or inconsistent; the output may be incomplete.
    Warning,
}

/// The stable codes of [`Diagnostic`]s.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// No 发文字号 was found in the document's header.
    NoDocNumber,
    /// No title was found.
    NoTitle,
    /// No 成文日期 was found.
    NoDate,
    /// No 发文机关 could be identified from the signature or the title.
    NoIssuer,
    /// The year of the 成文日期 differs from the year in the 发文字号.
    DateYearMismatch,
    /// A section number is not the successor of the previous sibling's number.
    SectionOutOfSequence,
    /// Two lines were joined into one paragraph because the first broke mid-sentence.
    LinesJoined,
    /// A table row has a different number of cells than the table's header.
    UnexpectedCellCount,
    /// Blank cells were filled from the row above (merged cells saved as blanks).
    FilledFromAbove,
    /// A table looked like a task table but a column could not be assigned a role.
    UnknownColumn,
    /// A deadline could not be interpreted; its raw text is kept.
    UnknownDeadline,
    /// A task table's categories do not match the sections of the document it belongs to.
    CategoryUnmatched,
    /// An 附件说明 entry has no matching attachment, or an attachment has no note.
    AttachmentUnmatched,
    /// A line that looked like a page number ("— 1 —") was dropped.
    PageNumberDropped,
    /// Text after the signature that is neither a transmitted document nor an attachment
    /// (a colophon, a remark such as （本文有删减）), or (since 1.3) a line under the title
    /// that is not part of it (a subtitle, a speaker's name); it is not part of any field.
    UnplacedText,
    /// Web-page chrome (当前位置, 打印本页, 分享到 …) was dropped (since 1.1).
    PageChromeDropped,
    /// A header field missing from the body was taken from the website metadata block
    /// (since 1.1).
    FilledFromMetadata,
    /// Two tables were read as one: the second continues the first after a page break,
    /// with its header repeated (since 1.1).
    TableContinued,
    /// The organ line above the date repeats the 版记's 印发机关 while the red header names
    /// another organ: it was not taken as the 发文机关 (since 1.2).
    PrinterNotIssuer,
    /// The element of a web page read as the article, and how much text outside it was
    /// dropped as page chrome (since 1.3).
    ArticleContainer,
    /// No article element was found in a web page: its whole body was read (since 1.3).
    NoArticle,
    /// A web page ends inside its markup (no closing `</body>` or `</html>`): it was cut
    /// short; what it holds was read (since 1.3).
    PageTruncated,
    /// A web page declares one encoding but its bytes are in another, which was used
    /// (since 1.3).
    EncodingMismatch,
    /// Byte sequences malformed in the page's encoding were replaced by U+FFFD, as a
    /// browser does (since 1.3).
    BytesReplaced,
    /// A table that reached the text without its grid (one cell per line, pipe rows with
    /// merged cells dropped) was rebuilt by what its cells say (since 1.3).
    TableRebuilt,
    /// A line holding several paragraphs run together (a web store's copy of a body kept
    /// on one line, its paragraphs separated by spaces) was split into them (since 1.3).
    LineSplit,
}
