"""parse / parse_json: the seed's facts, every fixture equal to the CLI, the options."""

from __future__ import annotations

import json
import pathlib

import pytest

import gongwen
from conftest import FIXTURES, PARSED_FIXTURES, WORKSPACE

SEEDS = [
    "fixtures/txt/seed-pingyin-2024-4.txt",
    "fixtures/docx/seed-pingyin-2024-4.docx",
    "fixtures/doc/seed-pingyin-2024-4.doc",
]


@pytest.mark.parametrize("path", SEEDS)
def test_the_seed_notice_in_each_format(path: str) -> None:
    doc = gongwen.parse(path)
    assert doc["schema_version"] == "1.3.0"
    assert doc["source"]["path"] == path
    assert doc["source"]["format"] == pathlib.Path(path).suffix[1:]
    assert doc["source"]["generator"] == gongwen.GENERATOR
    assert doc["doc_number"] == {
        "raw": "平政办字〔2024〕4号",
        "prefix": "平政办字",
        "year": 2024,
        "serial": 4,
        "normalized": "平政办字〔2024〕4号",
    }
    assert doc["issuers"] == ["平阴县人民政府办公室"]
    assert doc["title"] == "平阴县人民政府办公室关于印发2024年平阴县政务公开工作要点的通知"
    assert doc["doc_type"] == "通知"
    assert doc["date"] == "2024-06-28"
    assert len(doc["tasks"]) == 58
    first = doc["tasks"][0]
    assert first["seq"] == 1
    assert [c["label"] for c in first["category"]] == ["一、", "（一）"]
    assert [u["name"] for u in first["units"]] == [
        "县发改局",
        "县投促局",
        "县商务事业发展中心",
        "县生态环境局",
    ]
    assert first["units_open"] is True
    assert first["deadline"]["raw"] == "2024年12月底前"
    assert first["deadline"]["kind"] == "by_date"
    assert first["deadline"]["date"] == "2024-12-31"
    assert first["section"] == ["一、", "（一）"]
    assert first["attachment"] == 1


@pytest.mark.parametrize("path", PARSED_FIXTURES)
def test_every_fixture_is_the_clis_json(path: str, cli_json: dict) -> None:
    """The same object as json.loads of `gongwen parse PATH`, keys in the same order,
    and parse_json gives the CLI's very bytes (less its newline)."""
    expected = cli_json[path]
    doc = gongwen.parse(path)
    assert doc == json.loads(expected)
    # Same key order everywhere: the compact dump is the CLI's text.
    dumped = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    assert dumped + b"\n" == expected
    assert gongwen.parse_json(path) + b"\n" == expected


def test_there_are_fixtures_of_each_format() -> None:
    suffixes = {pathlib.Path(p).suffix for p in PARSED_FIXTURES}
    assert {".txt", ".docx", ".doc", ".wps", ".html"} <= suffixes
    assert len(PARSED_FIXTURES) >= 35


@pytest.mark.parametrize("path", SEEDS)
def test_bytes_parse_as_the_file_does(path: str) -> None:
    data = (WORKSPACE / path).read_bytes()
    from_file = gongwen.parse(path)
    from_bytes = gongwen.parse(data)
    assert "path" not in from_bytes["source"]
    from_file["source"].pop("path")
    assert from_bytes == from_file
    assert gongwen.parse(bytearray(data)) == from_bytes
    assert gongwen.parse(memoryview(data)) == from_bytes
    named = gongwen.parse(data, name=path)
    assert named == gongwen.parse(path)
    assert gongwen.parse_json(data, name=path) == gongwen.parse_json(path)


def test_pathlike_paths() -> None:
    path = pathlib.Path(SEEDS[0])
    assert gongwen.parse(path) == gongwen.parse(SEEDS[0])
    assert gongwen.parse(WORKSPACE / path)["source"]["path"] == str(WORKSPACE / path)


def test_name_is_for_bytes_only() -> None:
    with pytest.raises(TypeError, match="name= is for bytes"):
        gongwen.parse(SEEDS[0], name="x.txt")


def test_a_name_helps_detection_by_extension() -> None:
    """Text bytes named .docx are taken for a .docx, as a file of that name would be."""
    text = (WORKSPACE / SEEDS[0]).read_bytes()
    with pytest.raises(gongwen.CorruptFileError) as caught:
        gongwen.parse(text, name="notice.docx")
    assert caught.value.code == "not_zip"
    assert caught.value.path == "notice.docx"
    assert str(caught.value) == "notice.docx: not a zip archive, so not a .docx file"
    # Unnamed, the same bytes are read as text.
    assert gongwen.parse(text)["source"]["format"] == "txt"


def test_format_and_encoding() -> None:
    path = "fixtures/txt/linzhou-2022-forward-safety-gb18030.txt"
    detected = gongwen.parse(path)
    assert detected["source"]["encoding"] == "GB18030"
    assert gongwen.parse(path, encoding="gb18030", format="txt") == detected
    # Read as Big5, the GB18030 bytes are refused, not turned into mojibake.
    with pytest.raises(gongwen.CorruptFileError) as caught:
        gongwen.parse(path, encoding="big5")
    assert caught.value.code == "undecodable"
    with pytest.raises(gongwen.InvalidOptionError) as caught:
        gongwen.parse(path, encoding="no-such-encoding")
    assert caught.value.code == "unknown_encoding"
    assert isinstance(caught.value, ValueError)
    with pytest.raises(ValueError, match='unknown format "pdf": expected one of txt, docx, doc, html'):
        gongwen.parse(path, format="pdf")
    # A .docx read as text is refused as binary.
    with pytest.raises(gongwen.CorruptFileError) as caught:
        gongwen.parse(SEEDS[1], format="txt")
    assert caught.value.code == "not_text"


def test_unit_aliases_from_a_mapping_or_a_toml_file(tmp_path: pathlib.Path) -> None:
    aliases = {"县发改局": "县发展和改革局"}
    doc = gongwen.parse(SEEDS[0], unit_aliases=aliases)
    first = doc["tasks"][0]["units"][0]
    assert first == {
        "name": "县发改局",
        "role": "responsible",
        "collective": False,
        "full_name": "县发展和改革局",
    }
    table = tmp_path / "aliases.toml"
    table.write_text('[units]\n"县发改局" = "县发展和改革局"\n', encoding="utf-8")
    assert gongwen.parse(SEEDS[0], unit_aliases=table) == doc
    assert gongwen.parse(SEEDS[0], unit_aliases=str(table)) == doc
    assert gongwen.parse(SEEDS[0])["tasks"][0]["units"][0]["full_name"] is None

    table.write_text('[units]\n"县发改局" = 1\n', encoding="utf-8")
    with pytest.raises(gongwen.InvalidOptionError) as caught:
        gongwen.parse(SEEDS[0], unit_aliases=table)
    assert caught.value.code == "invalid_aliases"
    assert caught.value.path == str(table)
    with pytest.raises(TypeError, match="every key and value must be a str"):
        gongwen.parse(SEEDS[0], unit_aliases={"县发改局": 1})


def test_limits() -> None:
    with pytest.raises(gongwen.LimitExceededError) as caught:
        gongwen.parse(SEEDS[0], limits={"max_input_bytes": 1000})
    assert caught.value.code == "too_large"
    assert "max_input_bytes = 1000" in str(caught.value)
    with pytest.raises(gongwen.LimitExceededError) as caught:
        gongwen.parse(SEEDS[0], limits={"max_line_bytes": 64})
    assert caught.value.code == "line_too_long"
    with pytest.raises(ValueError, match='unknown limit "max_pages"'):
        gongwen.parse(SEEDS[0], limits={"max_pages": 3})
    assert len(gongwen.parse(SEEDS[0], limits={"max_table_cells": 10_000})["tasks"]) == 58


def test_schema_and_versions() -> None:
    schema = gongwen.schema()
    on_disk = json.loads((WORKSPACE / "schemas" / "gongwen.schema.json").read_text("utf-8"))
    assert schema == on_disk
    assert gongwen.SCHEMA_VERSION == "1.3.0"
    assert gongwen.GENERATOR == f"gongwen {gongwen.__version__}"
    assert gongwen.__version__.count(".") == 2
    assert gongwen.TASK_COLUMNS[:3] == ("file", "doc_number", "issuers")
    assert len(gongwen.TASK_COLUMNS) == 22


def test_keys_are_shared_interned_strings() -> None:
    """Field names are made once per document (as json.loads memoizes keys)."""
    doc = gongwen.parse(SEEDS[0])
    a, b = doc["tasks"][0], doc["tasks"][1]
    key_a = next(k for k in a if k == "requirement")
    key_b = next(k for k in b if k == "requirement")
    assert key_a is key_b


def test_the_package_is_typed() -> None:
    package = pathlib.Path(gongwen.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "__init__.pyi").exists()
    assert FIXTURES.exists()
