//! The formats gongwen recognises but does not read: what a skipped file is, by a stable
//! code ("ofd", "pdf", "xlsx" …) and a name for messages ("OFD (GB/T 33190)").

use std::fmt;

/// A file format gongwen recognises and does not read (yet).
///
/// Detection ([`crate::detect`]) names it from the file's content first (a zip holding
/// `OFD.xml`, the `%PDF-` signature, an image header …) and its extension second; a parse
/// then fails with an [`Error`](crate::Error) whose
/// [`unsupported_format`](crate::Error::unsupported_format) returns it, and `gongwen batch`
/// and `gongwen tasks` list the file as *skipped* with [`code`](Self::code) as its format,
/// never as failed.
///
/// New formats are added in minor versions (and a format leaves this list when a reader
/// for it arrives), so a `match` needs a `_` arm.
///
/// ```
/// use gongwen::UnsupportedFormat;
///
/// let err = gongwen::parse_bytes_with(b"%PDF-1.7\n", &gongwen::Options::new()).unwrap_err();
/// assert_eq!(err.code(), "unsupported_format");
/// assert_eq!(err.unsupported_format(), Some(UnsupportedFormat::Pdf));
/// assert_eq!(UnsupportedFormat::Ofd.code(), "ofd");
/// assert_eq!(UnsupportedFormat::Ofd.name(), "OFD (GB/T 33190)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UnsupportedFormat {
    /// OFD (GB/T 33190), the Chinese fixed-layout format: a zip whose root holds
    /// `OFD.xml`: `ofd`.
    Ofd,
    /// PDF (`%PDF-`): `pdf`.
    Pdf,
    /// An Office Open XML workbook (a zip with an `xl/` part; Excel, WPS): `xlsx`.
    Xlsx,
    /// An Excel 97-2003 workbook (an OLE file with a `Workbook` stream): `xls`.
    Xls,
    /// An Office Open XML presentation (a zip with a `ppt/` part): `pptx`.
    Pptx,
    /// A PowerPoint 97-2003 presentation (an OLE file with a `PowerPoint Document` stream):
    /// `ppt`.
    Ppt,
    /// OpenDocument text (a zip whose `mimetype` is `…opendocument.text`): `odt`.
    Odt,
    /// OpenDocument spreadsheet: `ods`.
    Ods,
    /// OpenDocument presentation: `odp`.
    Odp,
    /// Another OpenDocument file (drawing, formula, template …): `odf`.
    OpenDocument,
    /// Rich Text Format (`{\rtf`): `rtf`.
    Rtf,
    /// MIME HTML, a single-file web page (.mht, .mhtml): `mht`.
    Mht,
    /// PNG image: `png`.
    Png,
    /// JPEG image: `jpeg`.
    Jpeg,
    /// GIF image: `gif`.
    Gif,
    /// BMP image: `bmp`.
    Bmp,
    /// TIFF image (a scan, often): `tiff`.
    Tiff,
    /// WebP image: `webp`.
    Webp,
    /// A zip archive that holds no Office or OFD document: `zip`.
    Zip,
    /// 7z archive: `7z`.
    SevenZip,
    /// RAR archive: `rar`.
    Rar,
    /// gzip-compressed file (.gz, .tgz): `gzip`.
    Gzip,
    /// An OLE compound file that is no Word, Excel or PowerPoint file (an Outlook message,
    /// a `Thumbs.db`, an installer …): `ole`.
    Ole,
}

impl UnsupportedFormat {
    /// A stable lowercase name, for reports and logs (the `format` of a skipped file in
    /// `gongwen batch --report`): `ofd`, `pdf`, `xlsx`, `png`, `7z` … Never renamed.
    pub fn code(self) -> &'static str {
        self.info().0
    }

    /// The format's name, for messages: "OFD (GB/T 33190)", "Excel workbook (.xlsx)",
    /// "PNG image", "zip archive" …
    pub fn name(self) -> &'static str {
        self.info().1
    }

    /// The error a parse gives for a file in this format: the kind `unsupported_format`,
    /// the message "OFD (GB/T 33190) is not supported yet (gongwen reads …)" (saying so
    /// when the file is named like a format gongwen reads), and `path`.
    ///
    /// ```
    /// use std::path::Path;
    /// let err = gongwen::UnsupportedFormat::Ofd.error(Some(Path::new("发文.ofd")));
    /// assert_eq!(err.code(), "unsupported_format");
    /// assert_eq!(
    ///     err.to_string(),
    ///     "发文.ofd: OFD (GB/T 33190) is not supported yet (gongwen reads .txt, .docx, .doc/.wps and .html)"
    /// );
    /// ```
    pub fn error(self, path: Option<&std::path::Path>) -> crate::Error {
        crate::detect::refusal(self, path).at(path)
    }

    /// Every format of the table, in the order above (for documentation and tests).
    pub fn all() -> &'static [UnsupportedFormat] {
        use UnsupportedFormat as U;
        &[
            U::Ofd,
            U::Pdf,
            U::Xlsx,
            U::Xls,
            U::Pptx,
            U::Ppt,
            U::Odt,
            U::Ods,
            U::Odp,
            U::OpenDocument,
            U::Rtf,
            U::Mht,
            U::Png,
            U::Jpeg,
            U::Gif,
            U::Bmp,
            U::Tiff,
            U::Webp,
            U::Zip,
            U::SevenZip,
            U::Rar,
            U::Gzip,
            U::Ole,
        ]
    }

    /// The format named by a file extension (lowercase, without the dot), when it is one
    /// of these.
    pub(crate) fn from_extension(ext: &str) -> Option<Self> {
        use UnsupportedFormat as U;
        Some(match ext {
            "ofd" => U::Ofd,
            "pdf" => U::Pdf,
            // .et and .ett: WPS Spreadsheets; .dps and .dpt: WPS Presentation.
            "xlsx" | "xlsm" | "xltx" | "xltm" => U::Xlsx,
            "xls" | "xlt" | "et" | "ett" => U::Xls,
            "pptx" | "pptm" | "potx" | "ppsx" => U::Pptx,
            "ppt" | "pot" | "pps" | "dps" | "dpt" => U::Ppt,
            "odt" | "ott" => U::Odt,
            "ods" | "ots" => U::Ods,
            "odp" | "otp" => U::Odp,
            "odg" | "odf" => U::OpenDocument,
            "rtf" => U::Rtf,
            "mht" | "mhtml" => U::Mht,
            "png" => U::Png,
            "jpg" | "jpeg" | "jpe" => U::Jpeg,
            "gif" => U::Gif,
            "bmp" => U::Bmp,
            "tif" | "tiff" => U::Tiff,
            "webp" => U::Webp,
            "zip" => U::Zip,
            "7z" => U::SevenZip,
            "rar" => U::Rar,
            "gz" | "tgz" => U::Gzip,
            _ => return None,
        })
    }

    /// What the file "is", after "the file is named like a Word .doc but …".
    pub(crate) fn as_found(self) -> &'static str {
        match self {
            UnsupportedFormat::Rtf => "holds RTF",
            UnsupportedFormat::Mht => "is a single-file web page, .mht",
            _ => "holds another format",
        }
    }

    fn info(self) -> (&'static str, &'static str) {
        use UnsupportedFormat as U;
        match self {
            U::Ofd => ("ofd", "OFD (GB/T 33190)"),
            U::Pdf => ("pdf", "PDF"),
            U::Xlsx => ("xlsx", "Excel workbook (.xlsx)"),
            U::Xls => ("xls", "Excel workbook (.xls)"),
            U::Pptx => ("pptx", "PowerPoint presentation (.pptx)"),
            U::Ppt => ("ppt", "PowerPoint presentation (.ppt)"),
            U::Odt => ("odt", "OpenDocument text (.odt)"),
            U::Ods => ("ods", "OpenDocument spreadsheet (.ods)"),
            U::Odp => ("odp", "OpenDocument presentation (.odp)"),
            U::OpenDocument => ("odf", "OpenDocument file"),
            U::Rtf => ("rtf", "RTF"),
            U::Mht => ("mht", "MIME HTML (.mht)"),
            U::Png => ("png", "PNG image"),
            U::Jpeg => ("jpeg", "JPEG image"),
            U::Gif => ("gif", "GIF image"),
            U::Bmp => ("bmp", "BMP image"),
            U::Tiff => ("tiff", "TIFF image"),
            U::Webp => ("webp", "WebP image"),
            U::Zip => ("zip", "zip archive (no Office or OFD document inside)"),
            U::SevenZip => ("7z", "7z archive"),
            U::Rar => ("rar", "RAR archive"),
            U::Gzip => ("gzip", "gzip archive"),
            U::Ole => (
                "ole",
                "OLE compound file (not a Word, Excel or PowerPoint file)",
            ),
        }
    }
}

impl fmt::Display for UnsupportedFormat {
    /// The [`name`](UnsupportedFormat::name).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_distinct() {
        let codes: Vec<&str> = UnsupportedFormat::all().iter().map(|f| f.code()).collect();
        assert_eq!(
            codes,
            [
                "ofd", "pdf", "xlsx", "xls", "pptx", "ppt", "odt", "ods", "odp", "odf", "rtf",
                "mht", "png", "jpeg", "gif", "bmp", "tiff", "webp", "zip", "7z", "rar", "gzip",
                "ole"
            ]
        );
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
    }

    #[test]
    fn extensions_name_their_format() {
        for (ext, code) in [
            ("ofd", "ofd"),
            ("et", "xls"),
            ("dps", "ppt"),
            ("jpg", "jpeg"),
            ("tgz", "gzip"),
            ("mhtml", "mht"),
        ] {
            assert_eq!(
                UnsupportedFormat::from_extension(ext).map(UnsupportedFormat::code),
                Some(code),
                "{ext}"
            );
        }
        for ext in [
            "txt", "docx", "doc", "wps", "html", "htm", "shtml", "xhtml", "md", "",
        ] {
            assert_eq!(UnsupportedFormat::from_extension(ext), None, "{ext}");
        }
    }
}
