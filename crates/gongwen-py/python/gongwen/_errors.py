"""The exception classes of gongwen, and which error codes each one stands for.

Every error of the Rust library has a stable code (``gongwen::Error::code()``, the
``error_kind`` of ``gongwen batch`` reports); here each code gets the class a caller would
catch. A code added later without a line here raises the base class, GongwenError.
"""

from __future__ import annotations

from typing import Optional


class GongwenError(Exception):
    """A file gongwen could not parse.

    ``str(error)`` is the line the CLI prints after ``gongwen:`` (the file, then what is
    wrong and where); ``code`` the stable name of the failure (``not_text``,
    ``corrupt_zip`` …); ``path`` the file (None for unnamed bytes); ``message`` what is
    wrong without the file.
    """

    code: str
    path: Optional[str]
    message: str

    def __init__(
        self,
        text: str,
        *,
        code: str = "",
        path: Optional[str] = None,
        message: Optional[str] = None,
    ) -> None:
        super().__init__(text)
        self.code = code
        self.path = path
        self.message = text if message is None else message

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple:
        # Pickled whole (multiprocessing and Spark send errors between processes).
        return (_rebuild, (type(self), str(self), self.code, self.path, self.message))


class UnsupportedFormatError(GongwenError):
    """Not a format gongwen reads: PDF, OFD, RTF, an Excel or PowerPoint file, a zip
    without a Word document, Word 6.0/95."""


class EncryptedError(UnsupportedFormatError):
    """A password-protected document (remove the password and save it again)."""


class LimitExceededError(GongwenError):
    """The input is over one of the limits that guard against hostile files (its size, a
    line's length, a table's cells, inflated size, XML nesting)."""


class CorruptFileError(GongwenError):
    """A damaged or truncated file, or bytes that are not what the file claims to be:
    a broken zip or OLE container, malformed XML, binary data named .txt, text in no
    known encoding, an empty file."""


class ReadError(GongwenError, OSError):
    """The file could not be read (missing, no permission, a directory). Also an
    OSError."""

    def __init__(
        self,
        text: str,
        *,
        code: str = "",
        path: Optional[str] = None,
        message: Optional[str] = None,
    ) -> None:
        super().__init__(text, code=code, path=path, message=message)
        # OSError's own field; our __str__ keeps the CLI's message.
        self.filename = path


class InvalidOptionError(GongwenError, ValueError):
    """An argument gongwen cannot use: an unknown encoding label, a unit alias table
    that is not valid. Also a ValueError."""


# Each code of gongwen::ErrorKind (crates/gongwen/src/error.rs); a test fails when a code
# there has no line here.
_CLASS_BY_CODE = {
    "io": ReadError,
    "is_a_directory": ReadError,
    "unsupported_format": UnsupportedFormatError,
    "legacy_or_encrypted": UnsupportedFormatError,
    "excel_file": UnsupportedFormatError,
    "powerpoint_file": UnsupportedFormatError,
    "no_word_document": UnsupportedFormatError,
    "no_document_part": UnsupportedFormatError,
    "unsupported_doc_version": UnsupportedFormatError,
    "encrypted": EncryptedError,
    "encrypted_part": EncryptedError,
    "too_large": LimitExceededError,
    "line_too_long": LimitExceededError,
    "table_too_large": LimitExceededError,
    "inflated_too_large": LimitExceededError,
    "too_deep": LimitExceededError,
    "empty": CorruptFileError,
    "not_text": CorruptFileError,
    "undecodable": CorruptFileError,
    "not_zip": CorruptFileError,
    "corrupt_zip": CorruptFileError,
    "malformed_xml": CorruptFileError,
    "not_ole": CorruptFileError,
    "corrupt_ole": CorruptFileError,
    "corrupt_doc": CorruptFileError,
    "doc": CorruptFileError,
    "text": CorruptFileError,
    "docx": CorruptFileError,
    "html": CorruptFileError,
    "unknown_encoding": InvalidOptionError,
    "invalid_aliases": InvalidOptionError,
    # The binding's own: a panic caught at the boundary (a bug), a batch that stopped.
    "panic": GongwenError,
    "internal": GongwenError,
}


def _rebuild(
    cls: type, text: str, code: str, path: Optional[str], message: str
) -> GongwenError:
    return cls(text, code=code, path=path, message=message)


def _new(code: str, message: str, path: Optional[str], text: str) -> GongwenError:
    """The exception for an error of the Rust library (called from gongwen._native)."""
    cls = _CLASS_BY_CODE.get(code, GongwenError)
    return cls(text, code=code, path=path, message=message)
