//! Deadlines (完成时限): 2024年12月底前, 长期坚持, 每季度 …

use gongwen_model::DeadlineKind;

use crate::date::Ymd;

/// Interprets a deadline cell. `default_year` is the document's year, used when the text
/// names no year (10月底前, 年底前).
pub fn parse_deadline(raw: &str, default_year: Option<u16>) -> (DeadlineKind, Option<Ymd>) {
    let _ = (raw, default_year);
    todo!("helper: deadlines")
}
