//! The GB/T 9704-2012 elements beyond the v1.0 header fields (schema 1.1).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Date;

/// 密级和保密期限: "机密★1年".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Classification {
    /// The level: 绝密, 机密 or 秘密.
    pub level: String,
    /// The 保密期限 after ★ ("1年", "长期"), when printed.
    pub period: Option<String>,
    /// The mark as printed.
    pub raw: String,
}

impl Classification {
    /// The mark printed as `raw`, of `level` (绝密, 机密 or 秘密); no `period` until set.
    pub fn new(level: impl Into<String>, raw: impl Into<String>) -> Self {
        Classification {
            level: level.into(),
            period: None,
            raw: raw.into(),
        }
    }
}

/// 紧急程度.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum Urgency {
    /// 特急.
    #[serde(rename = "特急")]
    Extra,
    /// 加急.
    #[serde(rename = "加急")]
    Urgent,
    /// 特提 (telegrams).
    #[serde(rename = "特提")]
    Flash,
    /// 平急 (older documents).
    #[serde(rename = "平急")]
    Priority,
}

/// 印发机关和印发日期 from the 版记: "平阴县人民政府办公室    2024年6月28日印发".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Printed {
    /// The 印发机关, when printed.
    pub organ: Option<String>,
    /// The 印发日期 as `YYYY-MM-DD`, when printed.
    pub date: Option<Date>,
    /// The line as printed.
    pub raw: String,
}

impl Printed {
    /// The 印发 line printed as `raw`; no `organ` and no `date` until set.
    pub fn new(raw: impl Into<String>) -> Self {
        Printed {
            organ: None,
            date: None,
            raw: raw.into(),
        }
    }
}
