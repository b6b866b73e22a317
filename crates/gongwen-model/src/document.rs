use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::{
    Classification, Date, Diagnostic, IssueNumber, Layout, Loc, Meeting, Paragraph, Printed,
    Section, Signatory, Table, Task, Urgency,
};

/// One official document (公文), as gongwen understood it.
///
/// The JSON keys keep this order; downstream tools rely on the names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Document {
    /// Version of this JSON contract (semantic versioning), e.g. "1.0.0".
    pub schema_version: String,
    /// The file the document was read from.
    pub source: Source,
    /// The document's own 发文字号 (never a number it cites), or null when it has none.
    pub doc_number: Option<DocNumber>,
    /// The 发文机关: one entry per issuing organ, several for a joint document (联合发文).
    pub issuers: Vec<String>,
    /// The full 标题, its printed line breaks joined; null when none was found.
    pub title: Option<String>,
    /// The 文种 named at the end of the title, or null.
    pub doc_type: Option<DocType>,
    /// The 主送机关, split into entries, trailing colon dropped.
    pub recipients: Vec<String>,
    /// The 成文日期 as `YYYY-MM-DD`, from Arabic or Chinese numerals; null when absent.
    pub date: Option<Date>,
    /// The publicity note (此件公开发布 and the like), or null when the document states none.
    pub publicity: Option<Publicity>,
    /// The document's own text (正文) as a section tree.
    pub body: Body,
    /// Documents carried by a 印发 / 转发 notice, in order of appearance.
    pub transmitted: Vec<Transmitted>,
    /// The 附件说明 entries of the document's own body.
    pub attachment_notes: Vec<AttachmentNote>,
    /// The 附件 that follow the document, in order of appearance.
    pub attachments: Vec<Attachment>,
    /// Every task row found in task tables, in order of appearance.
    pub tasks: Vec<Task>,
    /// What was odd or guessed while structuring, in order of appearance.
    pub diagnostics: Vec<Diagnostic>,
    /// Where each header field above was found in the source.
    pub provenance: Provenance,
    /// 份号: the copy's serial number printed at the top left (since 1.1).
    #[serde(default)]
    pub copy_number: Option<String>,
    /// 密级和保密期限 (since 1.1).
    #[serde(default)]
    pub classification: Option<Classification>,
    /// 紧急程度 (since 1.1).
    #[serde(default)]
    pub urgency: Option<Urgency>,
    /// 发文机关标志 as printed: the red header, "XX县人民政府文件" (since 1.1).
    #[serde(default)]
    pub issuer_mark: Option<String>,
    /// 签发人: the signing officials of an upward document (since 1.1).
    #[serde(default)]
    pub signers: Vec<String>,
    /// 附注: the bracketed notes under the date other than the publicity line
    /// ("（联系人：…，联系电话：…）"), brackets removed (since 1.1).
    #[serde(default)]
    pub notes: Vec<String>,
    /// 抄送机关 from the 版记, split into entries (since 1.1).
    #[serde(default)]
    pub cc: Vec<String>,
    /// 印发机关和印发日期 from the 版记 (since 1.1).
    #[serde(default)]
    pub printed: Option<Printed>,
    /// Label/value metadata printed around a copy saved from a government website
    /// (索引号, 发布机构, 主题分类 …), labels without spaces (since 1.1). Where each entry
    /// was found is in `provenance.metadata_keys` (since 1.2).
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    /// The GB/T 9704-2012 format the document is laid out in: `general` (文件格式),
    /// `letter` (信函格式), `order` (命令（令）格式) or `minutes` (纪要格式); `general` when
    /// nothing printed points to a special format (since 1.2).
    #[serde(default)]
    pub layout: Layout,
    /// The 令号 of a 令 ("第27号") or the number of a 纪要 ("第6期", "〔2024〕6号"), printed
    /// where other documents print a 发文字号 (since 1.2).
    #[serde(default)]
    pub issue_number: Option<IssueNumber>,
    /// The signature given as an official's title and name rather than an organ's name,
    /// as a 令 is signed ("市长　周明远"); such a line is not taken for `issuers`, which then
    /// come from the header (since 1.2).
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// The meeting recorded by a 纪要 (`layout` = `minutes`): time, place, chair and the
    /// 出席 / 列席 / 请假 lists; null for other documents (since 1.2).
    #[serde(default)]
    pub meeting: Option<Meeting>,
}

impl Document {
    /// An empty document of the current [`SCHEMA_VERSION`](crate::SCHEMA_VERSION) read from
    /// `source`: every field null, empty or at its default, to be set field by field (the
    /// structurer builds every document so; a test of code that consumes documents sets the
    /// fields it needs). A field added in a later version takes its default here instead
    /// of breaking the code.
    ///
    /// ```
    /// use gongwen_model::{Date, Document, Format, Source};
    ///
    /// let mut doc = Document::new(Source::new(Format::Txt, "UTF-8"));
    /// doc.title = Some("关于做好防汛工作的通知".into());
    /// doc.date = Date::new(2024, 6, 28).ok();
    /// assert_eq!(doc.schema_version, gongwen_model::SCHEMA_VERSION);
    /// assert!(doc.tasks.is_empty());
    /// ```
    pub fn new(source: Source) -> Document {
        Document {
            schema_version: crate::SCHEMA_VERSION.to_owned(),
            source,
            doc_number: None,
            issuers: Vec::new(),
            title: None,
            doc_type: None,
            recipients: Vec::new(),
            date: None,
            publicity: None,
            body: Body::default(),
            transmitted: Vec::new(),
            attachment_notes: Vec::new(),
            attachments: Vec::new(),
            tasks: Vec::new(),
            diagnostics: Vec::new(),
            provenance: Provenance::default(),
            copy_number: None,
            classification: None,
            urgency: None,
            issuer_mark: None,
            signers: Vec::new(),
            notes: Vec::new(),
            cc: Vec::new(),
            printed: None,
            metadata: BTreeMap::new(),
            layout: Layout::default(),
            issue_number: None,
            signatories: Vec::new(),
            meeting: None,
        }
    }
}

/// Where the document was read from, and what read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Source {
    /// The path as given by the caller; absent when parsed from bytes in memory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The format the bytes were read as.
    pub format: Format,
    /// The character encoding the text was decoded from (WHATWG name, e.g. "UTF-8", "GB18030", "UTF-16LE").
    pub encoding: String,
    /// Size of the input in bytes.
    pub bytes: u64,
    /// SHA-256 of the input bytes, lowercase hex; identifies the input across runs.
    pub sha256: String,
    /// The program that wrote this document, its name and version ("gongwen 0.2.0"), so
    /// that the output of an older parser can be told apart and converted again (`gongwen
    /// batch` does); absent in documents written before 1.3 (since 1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<String>,
}

/// Fields are added in minor versions (`generator` in 1.3), so a `Source` is built with
/// [`Source::new`] and the `with_…` methods:
///
/// ```
/// use gongwen_model::{Format, Source};
///
/// let source = Source::new(Format::Txt, "GB18030")
///     .with_path("notices/a.txt")
///     .with_size(30317)
///     .with_sha256("3b4f42887fa371c0448f958518f6f4a95f6fd0f5680c7e373a81c18aea33c58d")
///     .with_generator("my-tool 1.0");
/// assert_eq!(source.path.as_deref(), Some("notices/a.txt"));
/// assert_eq!(source.bytes, 30317);
/// ```
impl Source {
    /// The source of an input read as `format` and decoded from `encoding` (a WHATWG name
    /// such as "UTF-8"); no path, size 0, no hash and no generator until set.
    pub fn new(format: Format, encoding: impl Into<String>) -> Source {
        Source {
            path: None,
            format,
            encoding: encoding.into(),
            bytes: 0,
            sha256: String::new(),
            generator: None,
        }
    }

    /// The same source read from `path`.
    #[must_use]
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The same source with the input's size in bytes (`bytes`).
    #[must_use]
    pub fn with_size(mut self, bytes: u64) -> Self {
        self.bytes = bytes;
        self
    }

    /// The same source with the input's SHA-256 (lowercase hex).
    #[must_use]
    pub fn with_sha256(mut self, sha256: impl Into<String>) -> Self {
        self.sha256 = sha256.into();
        self
    }

    /// The same source written by `generator` (a name and a version: "gongwen 0.2.0").
    #[must_use]
    pub fn with_generator(mut self, generator: impl Into<String>) -> Self {
        self.generator = Some(generator.into());
        self
    }
}

/// An input format gongwen reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Format {
    /// Plain text, e.g. saved from Word as .txt or copied from a web page.
    Txt,
    /// Office Open XML word-processing document (Word, WPS).
    Docx,
    /// The Word 97–2003 binary format (since 1.3): .doc and .dot files from Word, and the
    /// .wps and .wpt files of WPS Office, which are the same format.
    Doc,
    /// A web page (HTML) as a government site serves it (since 1.3).
    Html,
}

impl Format {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Html => "html",
        }
    }
}

/// A 发文字号 such as 平政办字〔2024〕4号.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DocNumber {
    /// The number exactly as printed (brackets and spaces as found).
    pub raw: String,
    /// The 机关代字, e.g. 平政办字 or 国办发明电.
    pub prefix: String,
    /// The year written in the brackets.
    pub year: u16,
    /// The 发文顺序号, without leading zeros.
    pub serial: u32,
    /// The GB/T 9704-2012 form: prefix, year in 〔〕, serial, 号.
    pub normalized: String,
}

impl DocNumber {
    /// The number printed as `raw`, read as `prefix`, `year` and `serial`; `normalized`
    /// is built from them in the GB/T 9704-2012 form ("平政办字〔2024〕4号").
    ///
    /// ```
    /// use gongwen_model::DocNumber;
    ///
    /// let number = DocNumber::new("平政办字[2024]第004号", "平政办字", 2024, 4);
    /// assert_eq!(number.normalized, "平政办字〔2024〕4号");
    /// ```
    pub fn new(raw: impl Into<String>, prefix: impl Into<String>, year: u16, serial: u32) -> Self {
        let prefix = prefix.into();
        DocNumber {
            raw: raw.into(),
            normalized: format!("{prefix}〔{year}〕{serial}号"),
            prefix,
            year,
            serial,
        }
    }
}

/// The 文种 (document type) of 党政机关公文处理工作条例 Article 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[allow(missing_docs)]
#[non_exhaustive]
pub enum DocType {
    #[serde(rename = "决议")]
    Resolution,
    #[serde(rename = "决定")]
    Decision,
    #[serde(rename = "命令")]
    Order,
    #[serde(rename = "公报")]
    Communique,
    #[serde(rename = "公告")]
    Announcement,
    #[serde(rename = "通告")]
    Circular,
    #[serde(rename = "意见")]
    Opinion,
    #[serde(rename = "通知")]
    Notice,
    #[serde(rename = "通报")]
    Bulletin,
    #[serde(rename = "报告")]
    Report,
    #[serde(rename = "请示")]
    Request,
    #[serde(rename = "批复")]
    Reply,
    #[serde(rename = "议案")]
    Motion,
    #[serde(rename = "函")]
    Letter,
    #[serde(rename = "纪要")]
    Minutes,
}

impl DocType {
    /// Every 文种 with its Chinese name, longest names first so that suffix matching
    /// prefers 通知 over a shorter name.
    pub const ALL: [(DocType, &'static str); 15] = [
        (DocType::Resolution, "决议"),
        (DocType::Decision, "决定"),
        (DocType::Order, "命令"),
        (DocType::Communique, "公报"),
        (DocType::Announcement, "公告"),
        (DocType::Circular, "通告"),
        (DocType::Opinion, "意见"),
        (DocType::Notice, "通知"),
        (DocType::Bulletin, "通报"),
        (DocType::Report, "报告"),
        (DocType::Request, "请示"),
        (DocType::Reply, "批复"),
        (DocType::Motion, "议案"),
        (DocType::Minutes, "纪要"),
        (DocType::Letter, "函"),
    ];

    /// The Chinese name, e.g. "通知".
    pub fn as_str(self) -> &'static str {
        DocType::ALL
            .iter()
            .find(|(t, _)| *t == self)
            .map_or("", |(_, name)| name)
    }
}

/// The publicity note under the date (附注).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Publicity {
    /// 此件公开发布 / 此件主动公开.
    Public,
    /// 此件依申请公开.
    OnRequest,
    /// 此件不予公开 / 此件不公开.
    NotPublic,
}

/// The document's own text (正文).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Body {
    /// Paragraphs before the first numbered section.
    pub preamble: Vec<Paragraph>,
    /// Numbered sections (一、 （一） 1. （1）) as a tree.
    pub sections: Vec<Section>,
    /// Tables printed in the body itself (not in an attachment).
    pub tables: Vec<Table>,
    /// Paragraphs after the last numbered section that close the document rather than
    /// belong to that section: the closing formula (特此通知。, 以上请示妥否，请批示。, 此复。)
    /// and what follows it (since 1.2). Omitted from the JSON when empty; always empty when
    /// there are no sections (the text is then all in `preamble`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closing: Vec<Paragraph>,
}

/// A document carried by a 印发 / 转发 notice (the 要点, 方案, 办法 … it transmits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Transmitted {
    /// Its title, line breaks joined.
    pub title: String,
    /// Its own 主送机关 (a forwarded 请示 is addressed to the upper organ), when printed.
    pub recipients: Vec<String>,
    /// Paragraphs before its first numbered section.
    pub preamble: Vec<Paragraph>,
    /// Its numbered sections as a tree.
    pub sections: Vec<Section>,
    /// Its own 附件说明 entries.
    pub attachment_notes: Vec<AttachmentNote>,
    /// The organs that signed it, when it carries its own signature.
    pub issuers: Vec<String>,
    /// Its own 成文日期 as `YYYY-MM-DD`, when it carries one (not the notice's date).
    pub date: Option<Date>,
    /// Tables printed in it (not in an attachment).
    pub tables: Vec<Table>,
    /// Where its title was found.
    pub loc: Loc,
    /// Paragraphs after the last numbered section that close the document rather than
    /// belong to that section: the closing formula (特此通知。, 以上请示妥否，请批示。, 此复。)
    /// and what follows it (since 1.2). Omitted from the JSON when empty; always empty when
    /// there are no sections (the text is then all in `preamble`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closing: Vec<Paragraph>,
}

impl Transmitted {
    /// A carried document titled `title`, its title found at `loc`; everything else empty
    /// until set.
    pub fn new(title: impl Into<String>, loc: Loc) -> Self {
        Transmitted {
            title: title.into(),
            recipients: Vec::new(),
            preamble: Vec::new(),
            sections: Vec::new(),
            attachment_notes: Vec::new(),
            issuers: Vec::new(),
            date: None,
            tables: Vec::new(),
            loc,
            closing: Vec::new(),
        }
    }
}

/// One entry of an 附件说明 ("附件：1. …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AttachmentNote {
    /// The attachment's number (1 for a single unnumbered attachment).
    pub index: u32,
    /// The attachment's name as listed.
    pub title: String,
    /// Where the entry was found.
    pub loc: Loc,
}

impl AttachmentNote {
    /// Entry `index` of an 附件说明, naming `title`, found at `loc`.
    pub fn new(index: u32, title: impl Into<String>, loc: Loc) -> Self {
        AttachmentNote {
            index,
            title: title.into(),
            loc,
        }
    }
}

/// An 附件 printed after the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Attachment {
    /// Its number from the "附件N" line (1 for a single unnumbered "附件").
    pub index: u32,
    /// Its title, or null when none was printed.
    pub title: Option<String>,
    /// Paragraphs before its first numbered section (or all its text when it has none).
    pub preamble: Vec<Paragraph>,
    /// Its numbered sections as a tree.
    pub sections: Vec<Section>,
    /// Its tables, task tables and others alike.
    pub tables: Vec<Table>,
    /// Where its "附件" line was found.
    pub loc: Loc,
    /// Paragraphs after the last numbered section that close the document rather than
    /// belong to that section: the closing formula (特此通知。, 以上请示妥否，请批示。, 此复。)
    /// and what follows it (since 1.2). Omitted from the JSON when empty; always empty when
    /// there are no sections (the text is then all in `preamble`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closing: Vec<Paragraph>,
}

impl Attachment {
    /// Attachment number `index`, its "附件" line at `loc`; no title and no content until
    /// set.
    pub fn new(index: u32, loc: Loc) -> Self {
        Attachment {
            index,
            title: None,
            preamble: Vec::new(),
            sections: Vec::new(),
            tables: Vec::new(),
            loc,
            closing: Vec::new(),
        }
    }
}

/// Where each header field of the [`Document`] was found; null where the field is null.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Provenance {
    /// Source of `doc_number`.
    pub doc_number: Option<Loc>,
    /// Source of `issuers`: the signature, or the title when there is no signature; since
    /// 1.2 also a 令's header or a 纪要's organ-and-date line; and, when the issuers come
    /// from the red header (a "…文件" line, organ lines above the number, or a header laid
    /// out as a table), that header (earlier builds of 1.2.0 left it null there).
    pub issuers: Option<Loc>,
    /// Source of `title` and `doc_type`.
    pub title: Option<Loc>,
    /// Source of `recipients`.
    pub recipients: Option<Loc>,
    /// Source of `date`.
    pub date: Option<Loc>,
    /// Source of `publicity`.
    pub publicity: Option<Loc>,
    /// Source of `copy_number` (since 1.1).
    #[serde(default)]
    pub copy_number: Option<Loc>,
    /// Source of `classification` (since 1.1).
    #[serde(default)]
    pub classification: Option<Loc>,
    /// Source of `urgency` (since 1.1).
    #[serde(default)]
    pub urgency: Option<Loc>,
    /// Source of `issuer_mark` (since 1.1).
    #[serde(default)]
    pub issuer_mark: Option<Loc>,
    /// Source of `signers` (since 1.1).
    #[serde(default)]
    pub signers: Option<Loc>,
    /// Source of the first of `notes` (since 1.1).
    #[serde(default)]
    pub notes: Option<Loc>,
    /// Source of `cc` (since 1.1).
    #[serde(default)]
    pub cc: Option<Loc>,
    /// Source of `printed` (since 1.1).
    #[serde(default)]
    pub printed: Option<Loc>,
    /// Source of the first `metadata` entry (since 1.1).
    #[serde(default)]
    pub metadata: Option<Loc>,
    /// Source of each `metadata` entry, by the same key (since 1.2): the line holding a
    /// `label：value` pair (several pairs may share it), the label line through the value
    /// line when they alternate, or the label's cell (with its `row` and `col`) in a
    /// metadata table. Omitted from the JSON when `metadata` is empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata_keys: BTreeMap<String, Loc>,
    /// The line that shows the `layout`: the 令 header, the 纪要 title, the 函 number or
    /// title; null for `general` (since 1.2).
    #[serde(default)]
    pub layout: Option<Loc>,
    /// Source of `issue_number` (since 1.2).
    #[serde(default)]
    pub issue_number: Option<Loc>,
}
