//! Each reader's error turned into the facade's [`Error`]: one `From` impl per reader,
//! mapping its variants to [`ErrorKind`]s. The message is the reader's own `Display`, and
//! the reader's error stays reachable through `source()`; its type never appears in the
//! facade's API. See "Adding a reader's errors" in `error.rs`.

use gongwen_doc::DocError;
use gongwen_docx::DocxError;
use gongwen_html::HtmlError;
use gongwen_text::TextError;

use crate::{Error, ErrorKind, UnsupportedFormat};

impl From<TextError> for Error {
    fn from(e: TextError) -> Self {
        let kind = match &e {
            TextError::Binary { .. } => ErrorKind::NotText,
            TextError::Undecodable { .. } => ErrorKind::Undecodable,
            TextError::UnknownEncoding(_) => ErrorKind::UnknownEncoding,
            TextError::LineTooLong { .. } => ErrorKind::LineTooLong,
            TextError::TableTooLarge { .. } => ErrorKind::TableTooLarge,
            // TextError is non-exhaustive: a variant added there reads as `text` until it
            // gets a kind here.
            _ => ErrorKind::Text,
        };
        Error::from_reader(kind, e)
    }
}

impl From<DocxError> for Error {
    fn from(e: DocxError) -> Self {
        let kind = match &e {
            DocxError::NotZip => ErrorKind::NotZip,
            DocxError::LegacyOrEncrypted => ErrorKind::LegacyOrEncrypted,
            DocxError::CorruptZip { .. } | DocxError::CorruptPart { .. } => ErrorKind::CorruptZip,
            DocxError::MissingDocumentPart => ErrorKind::NoDocumentPart,
            DocxError::EncryptedPart { .. } => ErrorKind::EncryptedPart,
            DocxError::PartTooLarge { .. } | DocxError::TotalTooLarge { .. } => {
                ErrorKind::InflatedTooLarge
            }
            DocxError::Xml { .. } => ErrorKind::MalformedXml,
            DocxError::TooDeep { .. } => ErrorKind::TooDeep,
            DocxError::TableTooLarge { .. } => ErrorKind::TableTooLarge,
            // DocxError is non-exhaustive: a variant added there reads as `docx` until it
            // gets a kind here.
            _ => ErrorKind::Docx,
        };
        Error::from_reader(kind, e)
    }
}

impl From<DocError> for Error {
    fn from(e: DocError) -> Self {
        let kind = match &e {
            DocError::NotOle => ErrorKind::NotOle,
            DocError::CorruptContainer { .. } => ErrorKind::CorruptOle,
            DocError::Encrypted { .. } => ErrorKind::Encrypted,
            DocError::Excel => ErrorKind::ExcelFile,
            DocError::PowerPoint => ErrorKind::PowerPointFile,
            DocError::NoWordDocument { .. } => ErrorKind::NoWordDocument,
            DocError::UnsupportedVersion { .. } => ErrorKind::UnsupportedDocVersion,
            DocError::BadFib { .. }
            | DocError::OutOfRange { .. }
            | DocError::BadPieceTable { .. } => ErrorKind::CorruptDoc,
            DocError::StreamTooLarge { .. } => ErrorKind::InflatedTooLarge,
            DocError::TooDeep { .. } => ErrorKind::TooDeep,
            DocError::TableTooLarge { .. } => ErrorKind::TableTooLarge,
            // DocError is non-exhaustive: a variant added there reads as `doc` until it
            // gets a kind here.
            _ => ErrorKind::Doc,
        };
        // What an OLE file holds is known only once it is opened, so the .doc reader is
        // where Excel and PowerPoint files are told apart from Word documents; their
        // format joins detection's table here (see `detect.rs`).
        let format = match &e {
            DocError::Excel => Some(UnsupportedFormat::Xls),
            DocError::PowerPoint => Some(UnsupportedFormat::Ppt),
            DocError::NoWordDocument { .. } => Some(UnsupportedFormat::Ole),
            _ => None,
        };
        let err = Error::from_reader(kind, e);
        match format {
            Some(format) => err.in_format(format),
            None => err,
        }
    }
}

impl From<HtmlError> for Error {
    fn from(e: HtmlError) -> Self {
        let kind = match &e {
            HtmlError::Binary { .. } => ErrorKind::NotText,
            HtmlError::Undecodable { .. } => ErrorKind::Undecodable,
            HtmlError::UnknownEncoding(_) => ErrorKind::UnknownEncoding,
            HtmlError::TooDeep { .. } => ErrorKind::TooDeep,
            HtmlError::TableTooLarge { .. } => ErrorKind::TableTooLarge,
            // HtmlError is non-exhaustive: a variant added there reads as `html` until it
            // gets a kind here.
            _ => ErrorKind::Html,
        };
        Error::from_reader(kind, e)
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::*;

    #[test]
    fn every_text_error_has_its_kind() {
        let cases = [
            (
                TextError::Binary {
                    what: "a NUL byte",
                    offset: 3,
                },
                "not_text",
            ),
            (
                TextError::Undecodable {
                    encoding: "GB18030",
                    offset: 9,
                    forced: true,
                },
                "undecodable",
            ),
            (TextError::UnknownEncoding("x".into()), "unknown_encoding"),
            (
                TextError::LineTooLong { line: 1, limit: 8 },
                "line_too_long",
            ),
            (
                TextError::TableTooLarge {
                    start_line: 1,
                    line: 2,
                    limit: 3,
                },
                "table_too_large",
            ),
        ];
        for (e, code) in cases {
            let message = e.to_string();
            let err = Error::from(e.clone());
            assert_eq!(err.code(), code, "{message}");
            assert_eq!(err.message(), message);
            let source = err.source().and_then(|s| s.downcast_ref::<TextError>());
            assert_eq!(source, Some(&e));
        }
    }

    #[test]
    fn every_docx_error_has_its_kind() {
        let part = || "word/document.xml".to_owned();
        let cases = [
            (DocxError::NotZip, "not_zip"),
            (DocxError::LegacyOrEncrypted, "legacy_or_encrypted"),
            (DocxError::CorruptZip { detail: "x".into() }, "corrupt_zip"),
            (
                DocxError::CorruptPart {
                    part: part(),
                    detail: "x".into(),
                },
                "corrupt_zip",
            ),
            (DocxError::MissingDocumentPart, "no_document_part"),
            (DocxError::EncryptedPart { part: part() }, "encrypted_part"),
            (
                DocxError::PartTooLarge {
                    part: part(),
                    limit: 1,
                },
                "inflated_too_large",
            ),
            (
                DocxError::TotalTooLarge {
                    part: part(),
                    limit: 1,
                },
                "inflated_too_large",
            ),
            (
                DocxError::Xml {
                    part: part(),
                    offset: 1,
                    message: "x".into(),
                },
                "malformed_xml",
            ),
            (
                DocxError::TooDeep {
                    part: part(),
                    offset: 1,
                    limit: 2,
                },
                "too_deep",
            ),
            (
                DocxError::TableTooLarge {
                    part: part(),
                    offset: 1,
                    limit: 2,
                },
                "table_too_large",
            ),
        ];
        for (e, code) in cases {
            let message = e.to_string();
            let err = Error::from(e.clone());
            assert_eq!(err.code(), code, "{message}");
            assert_eq!(err.message(), message);
            let source = err.source().and_then(|s| s.downcast_ref::<DocxError>());
            assert_eq!(source, Some(&e));
        }
    }

    #[test]
    fn every_html_error_has_its_kind() {
        let cases = [
            (HtmlError::Binary { offset: 3 }, "not_text"),
            (
                HtmlError::Undecodable {
                    encoding: "GBK",
                    offset: 9,
                    count: 40,
                },
                "undecodable",
            ),
            (HtmlError::UnknownEncoding("x".into()), "unknown_encoding"),
            (
                HtmlError::TooDeep {
                    limit: 256,
                    offset: 1,
                },
                "too_deep",
            ),
            (
                HtmlError::TableTooLarge {
                    limit: 8,
                    offset: 1,
                },
                "table_too_large",
            ),
        ];
        for (e, code) in cases {
            let message = e.to_string();
            let err = Error::from(e.clone());
            assert_eq!(err.code(), code, "{message}");
            assert_eq!(err.message(), message);
            let source = err.source().and_then(|s| s.downcast_ref::<HtmlError>());
            assert_eq!(source, Some(&e));
        }
    }

    #[test]
    fn every_doc_error_has_its_kind() {
        let detail = || "x".to_owned();
        let cases = [
            (DocError::NotOle, "not_ole"),
            (
                DocError::CorruptContainer { detail: detail() },
                "corrupt_ole",
            ),
            (DocError::Encrypted { how: "RC4" }, "encrypted"),
            (DocError::Excel, "excel_file"),
            (DocError::PowerPoint, "powerpoint_file"),
            (
                DocError::NoWordDocument { streams: detail() },
                "no_word_document",
            ),
            (
                DocError::UnsupportedVersion { nfib: 0x68 },
                "unsupported_doc_version",
            ),
            (DocError::BadFib { detail: detail() }, "corrupt_doc"),
            (
                DocError::OutOfRange {
                    what: "the piece table",
                    stream: "0Table",
                    offset: 1,
                    len: 2,
                    stream_len: 1,
                },
                "corrupt_doc",
            ),
            (
                DocError::BadPieceTable {
                    stream: "0Table",
                    detail: detail(),
                },
                "corrupt_doc",
            ),
            (
                DocError::StreamTooLarge {
                    stream: "WordDocument".into(),
                    limit: 1,
                },
                "inflated_too_large",
            ),
            (DocError::TooDeep { cp: 1, limit: 2 }, "too_deep"),
            (
                DocError::TableTooLarge { cp: 1, limit: 2 },
                "table_too_large",
            ),
        ];
        for (e, code) in cases {
            let message = e.to_string();
            let err = Error::from(e.clone());
            assert_eq!(err.code(), code, "{message}");
            assert_eq!(err.message(), message);
            let source = err.source().and_then(|s| s.downcast_ref::<DocError>());
            assert_eq!(source, Some(&e));
        }
    }

    #[test]
    fn ole_files_that_are_no_word_document_name_their_format() {
        let cases = [
            (DocError::Excel, "excel_file", Some("xls")),
            (DocError::PowerPoint, "powerpoint_file", Some("ppt")),
            (
                DocError::NoWordDocument {
                    streams: "Catalog".into(),
                },
                "no_word_document",
                Some("ole"),
            ),
            (DocError::NotOle, "not_ole", None),
            (
                DocError::Encrypted {
                    how: "RC4 encryption",
                },
                "encrypted",
                None,
            ),
        ];
        for (e, code, format) in cases {
            let err = Error::from(e);
            assert_eq!(err.code(), code);
            assert_eq!(
                err.unsupported_format().map(UnsupportedFormat::code),
                format
            );
        }
    }
}
