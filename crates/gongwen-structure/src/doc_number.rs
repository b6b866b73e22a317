//! 发文字号: 平政办字〔2024〕4号.

use std::ops::Range;

use gongwen_model::DocNumber;

/// Finds the first 发文字号 in `text` and returns it with its byte range in `text`.
pub fn find_doc_number(text: &str) -> Option<(DocNumber, Range<usize>)> {
    let _ = text;
    todo!("helper: doc numbers")
}
