//! Bytes → text, as a browser picks the encoding: a byte-order mark, then the page's own
//! `<meta charset>` or `http-equiv="Content-Type"`, then detection (chardetng). The
//! caller may force an encoding instead.
//!
//! Decisions:
//! - A page that declares a legacy encoding but whose bytes are valid UTF-8 with non-ASCII
//!   text is UTF-8: sites often re-save GB2312 templates as UTF-8 and keep the old `<meta>`,
//!   and GBK text is almost never valid UTF-8. The reverse (declared UTF-8, bytes that are
//!   not) is decoded by detection. Both say so in a diagnostic.
//! - Malformed bytes become U+FFFD, as in a browser; a page with many of them (more than
//!   [`MAX_REPLACED_SHARE`] of its bytes) is not a page in that encoding, and is refused
//!   naming the first bad byte.
//! - A NUL byte in the first [`SNIFF`] bytes means binary data (an image or an archive named
//!   .html); it is refused naming its offset.
//! - Offsets: every `<` of the text is mapped back to the byte offset of its `<` in the
//!   input, so that each element's start tag can be found in the page whatever the
//!   encoding (in every ASCII-compatible encoding a 0x3C byte is always `<`).

use std::borrow::Cow;

use encoding_rs::{BIG5, DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use crate::HtmlError;

/// Bytes looked at for a NUL byte (binary data) and for the `<meta>` declaring the charset.
const SNIFF: usize = 8192;
/// Largest share of input bytes that may be replaced before the page is refused.
const MAX_REPLACED_SHARE: usize = 100; // 1 %
/// A few bad bytes are always tolerated (a page cut inside a character, a stray byte).
const MAX_REPLACED_ALWAYS: usize = 16;

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Named by the caller.
    Forced,
    /// A byte-order mark.
    Bom,
    /// The page's `<meta>`.
    Meta,
    /// The page's `<meta>` named another encoding, but the bytes are valid UTF-8.
    MetaOverruled(&'static Encoding),
    /// Nothing declared (or the declaration was wrong): detected.
    Detected,
}

/// The decoded page.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    pub source: Source,
    /// Malformed sequences replaced by U+FFFD, and the byte offset of the first.
    pub replaced: usize,
    pub first_bad: Option<usize>,
    /// Where the text starts in the input (after a BOM).
    base: usize,
    /// Input byte offset of each `<` of the text, in order; `None` when the text is the input
    /// itself (UTF-8 without malformed bytes), where offsets are text offsets plus `base`.
    lt_offsets: Option<Vec<u64>>,
}

impl Decoded<'_> {
    /// Input byte offset where the text starts (after a byte-order mark).
    pub fn start(&self) -> u64 {
        self.base as u64
    }

    /// Input byte offset of the `k`-th `<` of the text, which sits at text position `pos`.
    pub fn offset_of_lt(&self, k: usize, pos: usize) -> u64 {
        match &self.lt_offsets {
            Some(list) => list.get(k).copied().unwrap_or(0),
            None => (self.base + pos) as u64,
        }
    }
}

/// A readable, stable name for the encoding used ("UTF-8", "GBK", "GB18030", "Big5" …).
pub fn encoding_name(enc: &'static Encoding) -> &'static str {
    if enc == GB18030 {
        "GB18030"
    } else {
        enc.name()
    }
}

/// Decodes `bytes`, with `forced` overriding any declaration.
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded<'a>, HtmlError> {
    let bom = Encoding::for_bom(bytes);
    let (encoding, source, base) = match (forced, bom) {
        (Some(enc), Some((b, len))) if b == enc => (enc, Source::Forced, len),
        (Some(enc), _) => (enc, Source::Forced, 0),
        (None, Some((enc, len))) => (enc, Source::Bom, len),
        (None, None) => {
            check_binary(bytes)?;
            let (enc, source) = sniff(bytes);
            (enc, source, 0)
        }
    };
    let body = &bytes[base..];
    if encoding != UTF_16LE && encoding != UTF_16BE {
        check_binary(body).map_err(|e| shift(e, base))?;
    }
    let decoded = decode_with(body, encoding, base, source)?;
    let limit = (body.len() / MAX_REPLACED_SHARE).max(MAX_REPLACED_ALWAYS);
    if decoded.replaced > limit {
        return Err(HtmlError::Undecodable {
            encoding: encoding_name(encoding),
            offset: decoded.first_bad.unwrap_or(base) as u64,
            count: decoded.replaced,
        });
    }
    Ok(decoded)
}

fn shift(e: HtmlError, by: usize) -> HtmlError {
    match e {
        HtmlError::Binary { offset } => HtmlError::Binary {
            offset: offset + by as u64,
        },
        other => other,
    }
}

fn check_binary(bytes: &[u8]) -> Result<(), HtmlError> {
    let head = &bytes[..bytes.len().min(SNIFF)];
    match memchr::memchr(0, head) {
        Some(offset) => Err(HtmlError::Binary {
            offset: offset as u64,
        }),
        None => Ok(()),
    }
}

/// The page's declared encoding, overruled by valid UTF-8, else detection.
fn sniff(bytes: &[u8]) -> (&'static Encoding, Source) {
    let declared = prescan(&bytes[..bytes.len().min(SNIFF)]);
    let utf8 = is_utf8(bytes);
    match declared {
        Some(enc) if enc == UTF_8 => {
            if utf8 {
                (UTF_8, Source::Meta)
            } else {
                (detect(bytes), Source::Detected)
            }
        }
        Some(enc) => {
            if utf8 && reads_as_chinese(bytes) {
                (UTF_8, Source::MetaOverruled(enc))
            } else {
                (enc, Source::Meta)
            }
        }
        None if utf8 => (UTF_8, Source::Detected),
        None => (detect(bytes), Source::Detected),
    }
}

fn is_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

/// Valid UTF-8 whose non-ASCII characters are mostly Chinese: a page in UTF-8, not a short
/// run of GBK that happens to be well-formed UTF-8 (通知 in GBK is CD A8 D6 AA, which UTF-8
/// reads as two combining marks).
fn reads_as_chinese(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let (mut other, mut cjk) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3134F)
        {
            cjk += 1;
        } else {
            other += 1;
        }
    }
    cjk > 0 && cjk >= other * 2
}

/// A legacy Chinese encoding: chardetng tells GBK/GB18030 from Big5; whatever else it might
/// guess for a government page is taken as GB18030 (a superset of GBK and GB2312).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    if guess == BIG5 || guess == UTF_8 {
        guess
    } else {
        GB18030
    }
}

/// The WHATWG prescan, simplified: the first `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`, outside comments. UTF-16
/// labels mean UTF-8 there (a page that could say so in ASCII is not UTF-16).
pub(crate) fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < head.len() {
        let rest = &head[i..];
        let lt = memchr::memchr(b'<', rest)?;
        let at = &rest[lt..];
        if at.starts_with(b"<!--") {
            let end =
                memchr::memmem::find(&at[4..], b"-->").map_or(head.len(), |e| i + lt + 4 + e + 3);
            i = end;
            continue;
        }
        if at.len() > 5 && at[1..5].eq_ignore_ascii_case(b"meta") && is_tag_end(at[5]) {
            let (attrs, end) = attributes(&at[5..]);
            if let Some(enc) = charset_of(&attrs) {
                return Some(if enc == UTF_16LE || enc == UTF_16BE {
                    UTF_8
                } else if enc.name() == "x-user-defined" {
                    encoding_rs::WINDOWS_1252
                } else {
                    enc
                });
            }
            i += lt + 5 + end;
            continue;
        }
        i += lt + 1;
    }
    None
}

fn is_tag_end(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')
}

fn charset_of(attrs: &[(String, String)]) -> Option<&'static Encoding> {
    let get = |name: &str| {
        attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(label) = get("charset") {
        return Encoding::for_label(label.trim().as_bytes());
    }
    let content_type = get("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-type"));
    if content_type {
        let content = get("content")?;
        let lower = content.to_ascii_lowercase();
        let at = lower.find("charset")?;
        let rest = lower[at + 7..].trim_start().strip_prefix('=')?.trim_start();
        let rest = rest.trim_start_matches(['"', '\'']);
        let end = rest
            .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        return Encoding::for_label(&rest.as_bytes()[..end]);
    }
    None
}

/// The attributes of a tag (names lowercased), from just after its name, and where the
/// tag ends.
fn attributes(s: &[u8]) -> (Vec<(String, String)>, usize) {
    let mut out = Vec::new();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < s.len() && (s[*i].is_ascii_whitespace() || s[*i] == b'/') {
            *i += 1;
        }
    };
    loop {
        skip_ws(&mut i);
        if i >= s.len() || s[i] == b'>' {
            return (out, (i + 1).min(s.len()));
        }
        let start = i;
        while i < s.len() && !s[i].is_ascii_whitespace() && !matches!(s[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = String::from_utf8_lossy(&s[start..i]).to_ascii_lowercase();
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < s.len() && s[i] == b'=' {
            i += 1;
            while i < s.len() && s[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < s.len() && (s[i] == b'"' || s[i] == b'\'') {
                let quote = s[i];
                let end = memchr::memchr(quote, &s[i + 1..]).map_or(s.len(), |e| i + 1 + e);
                value = String::from_utf8_lossy(&s[i + 1..end]).into_owned();
                i = (end + 1).min(s.len());
            } else {
                let start = i;
                while i < s.len() && !s[i].is_ascii_whitespace() && s[i] != b'>' {
                    i += 1;
                }
                value = String::from_utf8_lossy(&s[start..i]).into_owned();
            }
        }
        if name.is_empty() {
            i += 1;
        } else {
            out.push((name, value));
        }
    }
}

fn decode_with<'a>(
    body: &'a [u8],
    enc: &'static Encoding,
    base: usize,
    source: Source,
) -> Result<Decoded<'a>, HtmlError> {
    if enc == UTF_8
        && let Ok(text) = std::str::from_utf8(body)
    {
        return Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8,
            source,
            replaced: 0,
            first_bad: None,
            base,
            lt_offsets: None,
        });
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len().saturating_mul(3)),
    );
    let (mut read_total, mut replaced, mut first_bad) = (0usize, 0usize, None);
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&body[read_total..], &mut out, true);
        read_total += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => out.reserve(body.len() - read_total + 16),
            DecoderResult::Malformed(bad, extra) => {
                let at = read_total.saturating_sub(usize::from(bad) + usize::from(extra));
                first_bad.get_or_insert(base + at);
                replaced += 1;
                out.push('\u{fffd}');
            }
        }
    }
    Ok(Decoded {
        lt_offsets: Some(lt_offsets(body, enc, base)),
        text: Cow::Owned(out),
        encoding: enc,
        source,
        replaced,
        first_bad,
        base,
    })
}

/// Input byte offsets of every `<` character, in order.
fn lt_offsets(body: &[u8], enc: &'static Encoding, base: usize) -> Vec<u64> {
    if enc == UTF_16LE || enc == UTF_16BE {
        let le = enc == UTF_16LE;
        body.chunks_exact(2)
            .enumerate()
            .filter(|(_, u)| if le { u == &[b'<', 0] } else { u == &[0, b'<'] })
            .map(|(i, _)| (base + 2 * i) as u64)
            .collect()
    } else {
        memchr::memchr_iter(b'<', body)
            .map(|i| (base + i) as u64)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prescan_finds_the_declaration() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<html><head><meta charset=\"gb2312\">", Some("GBK")),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />",
                Some("GBK"),
            ),
            (
                b"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=utf-8'>",
                Some("UTF-8"),
            ),
            (
                b"<!-- <meta charset=big5> --><meta charset=gb18030>",
                Some("gb18030"),
            ),
            (b"<meta charset=utf-16le>", Some("UTF-8")),
            (
                b"<meta name=\"keywords\" content=\"charset=big5\"><p>",
                None,
            ),
            (b"<metadata charset=gbk>", None),
            (b"<meta charset=\"no-such-thing\">", None),
            (b"<meta", None),
            (b"<!--", None),
        ];
        for (input, want) in cases {
            let got = prescan(input).map(|e| e.name());
            assert_eq!(got, *want, "{}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn encodings_and_offsets() {
        // Declared GBK, bytes GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode("<meta charset=gbk><p>通知</p>");
        let d = decode(&gbk, None).expect("decodes");
        assert_eq!((d.encoding.name(), d.source), ("GBK", Source::Meta));
        assert_eq!(d.text, "<meta charset=gbk><p>通知</p>");
        // The third `<` (of </p>) is at text position 23 and input byte 25 (通知 is 4 bytes).
        let pos = d
            .text
            .match_indices('<')
            .nth(2)
            .map(|(i, _)| i)
            .unwrap_or(0);
        assert_eq!(d.offset_of_lt(2, pos), 25);

        // Declared GB2312, bytes UTF-8: UTF-8 wins.
        let d = decode("<meta charset=gb2312><p>通知</p>".as_bytes(), None).expect("decodes");
        assert_eq!(d.encoding, UTF_8);
        assert!(matches!(d.source, Source::MetaOverruled(_)));

        // Nothing declared, GBK bytes: detected.
        let (gbk, _, _) = encoding_rs::GBK.encode("<p>关于做好二〇二四年防汛抗旱工作的通知</p>");
        let d = decode(&gbk, None).expect("decodes");
        assert_eq!((d.encoding, d.source), (GB18030, Source::Detected));

        // A BOM wins; offsets count it.
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(b"<p>x</p>");
        let d = decode(&bytes, None).expect("decodes");
        assert_eq!((d.source, d.offset_of_lt(0, 0)), (Source::Bom, 3));

        // UTF-16LE with a BOM.
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<p>通知</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, None).expect("decodes");
        assert_eq!(d.text, "<p>通知</p>");
        assert_eq!(d.offset_of_lt(1, 5), 2 + 2 * 5);
    }

    #[test]
    fn binary_and_garbage_are_refused() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&[0, 0, 0, 13]);
        assert!(matches!(
            decode(&png, None),
            Err(HtmlError::Binary { offset: 8 })
        ));
        let garbage: Vec<u8> = (0..4000u32).map(|i| 0x80 | (i % 7) as u8).collect();
        let forced = decode(&garbage, Some(UTF_8));
        assert!(matches!(
            forced,
            Err(HtmlError::Undecodable {
                encoding: "UTF-8",
                offset: 0,
                ..
            })
        ));
        // A few bad bytes are replaced.
        let d = decode(b"<p>ok \xff</p>", Some(UTF_8)).expect("decodes");
        assert_eq!((d.text.as_ref(), d.replaced), ("<p>ok \u{fffd}</p>", 1));
    }
}
