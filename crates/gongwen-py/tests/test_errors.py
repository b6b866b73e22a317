"""Errors: one class per kind a caller catches, the CLI's message, every file of
fixtures/bad, every code of the Rust library mapped."""

from __future__ import annotations

import pickle
import re

import pytest

import gongwen
from conftest import WORKSPACE, run_cli
from gongwen import _errors

# fixtures/bad/README.md's table: file, code, class.
BAD = [
    ("truncated.docx", "corrupt_zip", gongwen.CorruptFileError),
    ("malformed-document-xml.docx", "malformed_xml", gongwen.CorruptFileError),
    ("no-document-part.docx", "no_document_part", gongwen.UnsupportedFormatError),
    ("ole-signature.docx", "corrupt_ole", gongwen.CorruptFileError),
    ("deeply-nested.docx", "too_deep", gongwen.LimitExceededError),
    ("xlsx-named.docx", "unsupported_format", gongwen.UnsupportedFormatError),
    ("png-named.txt", "unsupported_format", gongwen.UnsupportedFormatError),
    ("png-named.html", "unsupported_format", gongwen.UnsupportedFormatError),
    ("binary-named.txt", "not_text", gongwen.CorruptFileError),
    ("binary-named.html", "not_text", gongwen.CorruptFileError),
    ("invalid-utf8-and-gb18030.txt", "undecodable", gongwen.CorruptFileError),
    ("utf16-odd-length.txt", "undecodable", gongwen.CorruptFileError),
    ("empty.txt", "empty", gongwen.CorruptFileError),
    ("pdf-named.docx", "unsupported_format", gongwen.UnsupportedFormatError),
    ("text-named.docx", "not_zip", gongwen.CorruptFileError),
    ("a-directory.docx", "is_a_directory", gongwen.ReadError),
]


@pytest.mark.parametrize("name, code, cls", BAD)
def test_each_bad_file_raises_its_class_with_the_clis_message(
    name: str, code: str, cls: type, cli: str
) -> None:
    path = f"fixtures/bad/{name}"
    with pytest.raises(gongwen.GongwenError) as caught:
        gongwen.parse(path)
    error = caught.value
    assert type(error) is cls
    assert error.code == code
    assert error.path == path
    assert str(error) == f"{path}: {error.message}"
    # The CLI prints the same line after "gongwen: ", and the code after it.
    out = run_cli(cli, "parse", path)
    assert out.returncode == 1
    assert out.stderr.decode().strip() == f"gongwen: {error} [{code}]"
    # parse_json raises the same.
    with pytest.raises(cls):
        gongwen.parse_json(path)


def test_the_bad_table_covers_the_folder() -> None:
    listed = {name for name, _, _ in BAD} | {"zip-bomb.docx"}
    on_disk = {
        p.name for p in (WORKSPACE / "fixtures/bad").iterdir() if p.suffix in {".txt", ".docx", ".html"}
    }
    assert listed == on_disk


def test_the_zip_bomb_is_stopped_by_the_part_limit() -> None:
    path = "fixtures/bad/zip-bomb.docx"
    with pytest.raises(gongwen.LimitExceededError) as caught:
        gongwen.parse(path, limits={"max_part_bytes": 16 << 20})
    assert caught.value.code == "inflated_too_large"
    assert "limit max_part_bytes = 16777216" in caught.value.message
    with pytest.raises(gongwen.LimitExceededError):
        gongwen.parse(path, limits={"max_total_bytes": 1 << 20})


def test_bytes_errors_name_memory() -> None:
    with pytest.raises(gongwen.UnsupportedFormatError) as caught:
        gongwen.parse(b"%PDF-1.7 rest")
    error = caught.value
    assert error.code == "unsupported_format"
    assert error.path is None
    assert str(error) == (
        "<memory>: PDF is not supported yet (gongwen reads .txt, .docx, .doc/.wps and .html)"
    )


def test_a_missing_file_is_a_read_error_and_an_os_error() -> None:
    with pytest.raises(OSError) as caught:
        gongwen.parse("fixtures/no/such/file.txt")
    error = caught.value
    assert isinstance(error, gongwen.ReadError)
    assert isinstance(error, gongwen.GongwenError)
    assert error.code == "io"
    assert error.filename == "fixtures/no/such/file.txt"
    assert str(error).startswith("fixtures/no/such/file.txt: cannot read the file:")


def test_encrypted_is_an_unsupported_format() -> None:
    assert issubclass(gongwen.EncryptedError, gongwen.UnsupportedFormatError)
    error = _errors._new("encrypted", "password-protected", "a.doc", "a.doc: password-protected")
    assert type(error) is gongwen.EncryptedError
    assert isinstance(error, gongwen.UnsupportedFormatError)


def test_every_rust_error_code_has_a_class() -> None:
    """A code added to gongwen::ErrorKind needs its line in _errors._CLASS_BY_CODE."""
    source = (WORKSPACE / "crates/gongwen/src/error.rs").read_text("utf-8")
    codes = set(re.findall(r'ErrorKind::\w+ => "(\w+)"', source))
    assert len(codes) >= 30
    missing = codes - set(_errors._CLASS_BY_CODE)
    assert not missing, f"codes without an exception class in gongwen/_errors.py: {missing}"
    for code in codes:
        assert _errors._CLASS_BY_CODE[code] is not gongwen.GongwenError, code


def test_an_unknown_code_falls_back_to_the_base_class() -> None:
    error = _errors._new("from_the_future", "new", None, "<memory>: new")
    assert type(error) is gongwen.GongwenError
    assert error.code == "from_the_future"


@pytest.mark.parametrize("name, code, cls", BAD[:3] + BAD[-1:])
def test_errors_pickle(name: str, code: str, cls: type) -> None:
    """Errors cross process boundaries (multiprocessing, Spark) whole."""
    with pytest.raises(gongwen.GongwenError) as caught:
        gongwen.parse(f"fixtures/bad/{name}")
    error = caught.value
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is cls
    assert (again.code, again.path, again.message, str(again)) == (
        error.code,
        error.path,
        error.message,
        str(error),
    )
