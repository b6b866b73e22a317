//! Section labels: 一、 （一） 1. （1） ①.

/// A section label found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label<'a> {
    /// The label exactly as printed, e.g. "(十六）".
    pub raw: &'a str,
    /// Its value, e.g. 16.
    pub ordinal: u32,
    /// 1 for 一、, 2 for （一）/㈠, 3 for 1., 4 for （1）/⑴, 5 for ①.
    pub level: u8,
    /// The canonical form: "十六、", "（十六）", "16.", "（16）", "⑯"-style circled for level 5
    /// is kept as printed.
    pub canonical: String,
    /// The text after the label, leading white space removed.
    pub rest: &'a str,
}

/// Parses the section label at the start of `text`, if any.
pub fn parse_label(text: &str) -> Option<Label<'_>> {
    let _ = text;
    todo!("helper: labels")
}
