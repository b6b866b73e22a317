//! Chinese and Arabic numerals.

/// The value of a numeral written in Chinese (一 二 … 十 百 千 万, 〇 ○ O 零 两, 壹 贰 …)
/// or Arabic digits (half- or full-width). `None` when `s` is not entirely a number or
/// the value does not fit in a `u32`.
pub fn parse_number(s: &str) -> Option<u32> {
    let _ = s;
    todo!("helper: numerals")
}
