//! Small text helpers.

/// XML white space (what `xml:space` is about).
pub(crate) fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// A paragraph's text without leading and trailing white space (including the ideographic
/// space U+3000 and no-break spaces); inner text is kept as it is.
pub(crate) fn trim_paragraph(text: &str) -> &str {
    text.trim_matches(char::is_whitespace)
}
