//! The GB/T 9704-2012 special formats (特定格式, §10): which format a document is laid
//! out in, the number a 令 or a 纪要 carries instead of a 发文字号, and a signature given
//! as an official's title and name (schema 1.2).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Loc;

/// The GB/T 9704-2012 format (格式) a document is laid out in.
///
/// Decided from what the document prints; `general` whenever that evidence is absent,
/// so a value other than `general` is always backed by a line (see `provenance.layout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Layout {
    /// 文件格式: the ordinary layout ("XX文件" header, 发文字号), and the answer when
    /// nothing points to a special format.
    #[default]
    General,
    /// 信函格式 (§10.1): a 发文字号 whose 机关代字 contains 函 (国办函, 桐政办函), or a
    /// title ending in 函 (…的函, …的复函), under a header without "文件".
    Letter,
    /// 命令（令）格式 (§10.2): a header of the organ's name and 令 or 命令
    /// ("XX市人民政府令"), usually over a 令号 ("第27号").
    Order,
    /// 纪要格式 (§10.3): a title ending in 纪要 ("XX县人民政府常务会议纪要").
    Minutes,
}

/// The number a 令 or a 纪要 prints in place of a 发文字号: the 令号 "第27号", the 期号
/// "第6期", or a number without 机关代字 "〔2024〕6号".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct IssueNumber {
    /// The number as printed, e.g. "第27号".
    pub raw: String,
    /// The serial, from Arabic or Chinese numerals (第二十七号 → 27).
    pub serial: u32,
    /// The year, when printed ("〔2024〕6号", "2024年第6期").
    pub year: Option<u16>,
}

impl IssueNumber {
    /// The number printed as `raw`, of value `serial`; no `year` until set.
    pub fn new(raw: impl Into<String>, serial: u32) -> Self {
        IssueNumber {
            raw: raw.into(),
            serial,
            year: None,
        }
    }
}

/// A 发文机关署名 given as an official's title and name instead of an organ's name: the
/// 签发人职务 and 签名章 of a 令 ("市长　周明远").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Signatory {
    /// The official's title (职务) as printed, e.g. "市长", "代理县长".
    pub title: String,
    /// The official's name, padding spaces removed ("周　鹏" → "周鹏").
    pub name: String,
    /// Where the signature line was found.
    pub loc: Loc,
}

impl Signatory {
    /// The official `name` signing as `title`, on the line at `loc`.
    pub fn new(title: impl Into<String>, name: impl Into<String>, loc: Loc) -> Self {
        Signatory {
            title: title.into(),
            name: name.into(),
            loc,
        }
    }
}
