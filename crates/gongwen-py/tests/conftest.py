"""Shared fixtures: the workspace, its fixture files, and the CLI to compare against."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List

import pytest

WORKSPACE = Path(__file__).resolve().parents[3]
FIXTURES = WORKSPACE / "fixtures"
# The documents the CLI's `batch` and `tasks` take from a folder.
DOCUMENT_SUFFIXES = {".txt", ".docx", ".doc", ".wps", ".html"}


def fixture_documents(*folders: str) -> List[str]:
    """The document files of fixtures/<folder>, as paths relative to the workspace
    (the form the CLI records in source.path), sorted."""
    paths = []
    for folder in folders:
        for p in sorted((FIXTURES / folder).iterdir()):
            if p.is_file() and p.suffix in DOCUMENT_SUFFIXES:
                paths.append(str(p.relative_to(WORKSPACE)))
    return paths


PARSED_FIXTURES = fixture_documents("txt", "docx", "doc", "html")


@pytest.fixture(autouse=True)
def _in_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative fixture paths, as the CLI is given them."""
    monkeypatch.chdir(WORKSPACE)


@pytest.fixture(scope="session")
def cli() -> str:
    """The gongwen CLI of this workspace: $GONGWEN_CLI, else built with cargo (a no-op
    when up to date; CI has just built it)."""
    given = os.environ.get("GONGWEN_CLI")
    if given:
        return given
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("no cargo to build the gongwen CLI (set GONGWEN_CLI)")
    subprocess.run(
        [cargo, "build", "--quiet", "-p", "gongwen-cli"], cwd=WORKSPACE, check=True
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", WORKSPACE / "target"))
    if not target.is_absolute():
        target = WORKSPACE / target
    return str(target / "debug" / "gongwen")


def run_cli(cli: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([cli, *args], cwd=WORKSPACE, capture_output=True)


@pytest.fixture(scope="session")
def cli_json(cli: str) -> Dict[str, bytes]:
    """`gongwen parse PATH`'s stdout for each parsed fixture, by path."""
    outputs = {}
    for path in PARSED_FIXTURES:
        out = run_cli(cli, "parse", path)
        assert out.returncode == 0, out.stderr.decode()
        outputs[path] = out.stdout
    return outputs
