//! Splitting decoded text into numbered lines: CRLF, CR and LF alike; a form feed is a
//! page break, which ends the line it is on.

/// One physical line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number as an editor shows it (form feeds do not count as lines).
    pub number: u32,
    /// The last physical line it spans: `number`, unless pieces of one printed line were
    /// joined ([`crate::runs`]).
    pub end: u32,
    /// The line without its terminator, white space untouched.
    pub raw: &'a str,
    /// True when a form feed preceded this line's content.
    pub page_break_before: bool,
}

impl<'a> Line<'a> {
    /// The line without surrounding white space (incl. U+3000 and NBSP).
    pub fn trimmed(&self) -> &'a str {
        self.raw.trim_matches(is_space)
    }

    /// True when the line holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.trimmed().is_empty()
    }

    /// True for the Word "save as text" cell shape: the line starts with a TAB.
    pub fn starts_with_tab(&self) -> bool {
        self.raw.starts_with('\t')
    }
}

/// White space as it appears in Chinese documents: ASCII, U+3000 ideographic space, NBSP,
/// and the other Unicode spaces Word and web pages produce.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Width of the leading white space in half-width columns.
pub(crate) fn indent_width(raw: &str) -> u16 {
    let mut width: u16 = 0;
    for c in raw.chars() {
        let w = match c {
            '\t' => 4,
            '\u{3000}' => 2,
            c if is_space(c) => 1,
            _ => break,
        };
        width = width.saturating_add(w);
    }
    width
}

/// Splits `text` into lines.
pub(crate) fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(text.len() / 40 + 1);
    let mut number: u32 = 0;
    let mut page_break = false;
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // Only ASCII bytes are compared, so every split index is a char boundary.
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' => {
                number += 1;
                lines.push(Line {
                    number,
                    end: number,
                    raw: &text[start..i],
                    page_break_before: std::mem::take(&mut page_break),
                });
                if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            b'\x0c' => {
                // A form feed in the middle of a line splits it: what follows starts a page.
                if !text[start..i].trim_matches(is_space).is_empty() {
                    number += 1;
                    lines.push(Line {
                        number,
                        end: number,
                        raw: &text[start..i],
                        page_break_before: std::mem::take(&mut page_break),
                    });
                    // The rest of this physical line keeps the same number.
                    number -= 1;
                }
                page_break = true;
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        number += 1;
        lines.push(Line {
            number,
            end: number,
            raw: &text[start..],
            page_break_before: page_break,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_cr_lf_and_form_feed() {
        let lines = split_lines("a\r\nb\rc\nd\x0ce\n\n");
        let got: Vec<_> = lines
            .iter()
            .map(|l| (l.number, l.raw, l.page_break_before))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, "a", false),
                (2, "b", false),
                (3, "c", false),
                (4, "d", false),
                (4, "e", true),
                (5, "", false),
            ]
        );
    }

    #[test]
    fn indent_counts_full_width_double() {
        assert_eq!(indent_width("\u{3000}\u{3000}正文"), 4);
        assert_eq!(indent_width("\u{a0}\u{a0} x"), 3);
        assert_eq!(indent_width("\tx"), 4);
        assert_eq!(indent_width("x"), 0);
    }
}
