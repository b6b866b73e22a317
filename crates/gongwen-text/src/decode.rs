//! Bytes → text: BOM first, then strict UTF-8, then UTF-16 without BOM, then a guess
//! between the Chinese legacy encodings. Never silent mojibake: a decode that hits a
//! malformed sequence is an error naming the byte offset.

use std::borrow::Cow;

use encoding_rs::{BIG5, DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use crate::TextError;

/// Decoded text and the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, borrowed from the input when it was UTF-8 already.
    pub text: Cow<'a, str>,
    /// The encoding used, with a readable name ("UTF-8", "GB18030", "UTF-16LE", …).
    pub encoding: &'static str,
    /// True when the input started with a byte-order mark.
    pub bom: bool,
}

/// Looks up a WHATWG encoding label ("gbk", "utf-16le", …).
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, TextError> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| TextError::UnknownEncoding(label.to_owned()))
}

/// Decodes `bytes`, detecting the encoding unless `forced` names one.
pub fn decode<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded<'a>, TextError> {
    let (bom_encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (Some(enc), len),
        None => (None, 0),
    };
    let body = &bytes[bom_len..];
    if let Some(enc) = forced {
        // A caller's choice wins, but a BOM of that very encoding is still skipped.
        let skip = if bom_encoding == Some(enc) {
            bom_len
        } else {
            0
        };
        let text = decode_strict(&bytes[skip..], enc, skip, true)?;
        return finish(text, enc, skip > 0, skip);
    }
    if let Some(enc) = bom_encoding {
        let text = decode_strict(body, enc, bom_len, false)?;
        return finish(text, enc, true, bom_len);
    }
    // UTF-16 without a BOM is checked first: its ASCII half is NUL-riddled but valid UTF-8.
    if let Some(enc) = utf16_without_bom(body) {
        let text = decode_strict(body, enc, 0, false)?;
        return finish(text, enc, false, 0);
    }
    if let Ok(text) = std::str::from_utf8(body) {
        return finish(Cow::Borrowed(text), UTF_8, false, 0);
    }
    if let Some(offset) = memchr_nul(body) {
        return Err(TextError::Binary {
            what: "a NUL byte",
            offset,
        });
    }
    // Not UTF-8: a legacy Chinese encoding. chardetng tells GBK/GB18030 from Big5;
    // whatever else it might guess (windows-1252 …) is not a plausible encoding for a
    // 公文, so GB18030 (a superset of GBK and GB2312) is tried instead.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(body, true);
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Deny);
    let enc = if guess == BIG5 { BIG5 } else { GB18030 };
    let text = decode_strict(body, enc, 0, false)?;
    finish(text, enc, false, 0)
}

/// A readable, stable name for the encodings gongwen reports.
pub fn encoding_name(enc: &'static Encoding) -> &'static str {
    if enc == GB18030 || enc == encoding_rs::GBK {
        "GB18030"
    } else {
        enc.name()
    }
}

fn finish<'a>(
    text: Cow<'a, str>,
    enc: &'static Encoding,
    bom: bool,
    base: usize,
) -> Result<Decoded<'a>, TextError> {
    // Text files may hold tabs, form feeds and line breaks; other C0 controls mean the
    // bytes were never text (or were decoded with the wrong encoding).
    if let Some(pos) = text
        .char_indices()
        .find(|(_, c)| {
            c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}' | '\u{b}' | '\u{85}')
        })
        .map(|(i, _)| i)
    {
        let what = if text[pos..].starts_with('\0') {
            "a NUL character"
        } else {
            "a control character"
        };
        // For non-UTF-8 inputs the text offset is only an approximation of the byte offset.
        return Err(TextError::Binary {
            what,
            offset: base + pos,
        });
    }
    Ok(Decoded {
        text,
        encoding: encoding_name(enc),
        bom,
    })
}

fn decode_strict<'a>(
    bytes: &'a [u8],
    enc: &'static Encoding,
    base: usize,
    forced: bool,
) -> Result<Cow<'a, str>, TextError> {
    if enc == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Cow::Borrowed(text)),
            Err(e) => Err(TextError::Undecodable {
                encoding: "UTF-8",
                offset: base + e.valid_up_to(),
                forced,
            }),
        };
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(capacity);
    let mut read_total = 0;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&bytes[read_total..], &mut out, true);
        read_total += read;
        match result {
            DecoderResult::InputEmpty => return Ok(Cow::Owned(out)),
            DecoderResult::OutputFull => out.reserve(bytes.len() - read_total + 16),
            DecoderResult::Malformed(bad, extra) => {
                let offset = read_total.saturating_sub(usize::from(bad) + usize::from(extra));
                return Err(TextError::Undecodable {
                    encoding: encoding_name(enc),
                    offset: base + offset,
                    forced,
                });
            }
        }
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// UTF-16 saved without a BOM shows as NUL bytes at every other position for the ASCII
/// part of the text (digits, line breaks). Looks at the first 4 KiB only.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even_nul += usize::from(pair[0] == 0);
        odd_nul += usize::from(pair[1] == 0);
    }
    let pairs = sample.len() / 2;
    // Require a clear, one-sided pattern: a binary file has NULs on both sides.
    if odd_nul * 10 >= pairs && even_nul * 50 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs && odd_nul * 50 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}
