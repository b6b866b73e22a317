"""gongwen: Chinese government official documents (公文: .txt, .docx, .doc/.wps, .html) as one
canonical, documented JSON document — from Python.

The parser is the Rust library of the ``gongwen`` CLI, compiled into this package: the
same documents, the same JSON, the same errors, no second implementation.

Parsing
    ``parse(path_or_bytes, *, format=None, encoding=None, unit_aliases=None, limits=None, name=None)``
        One document as a dict: the very object ``json.loads`` gives of
        ``gongwen parse FILE``. ``path_or_bytes`` is a path (``str`` or ``os.PathLike``)
        or the file's bytes (``bytes``, ``bytearray``, ``memoryview``). ``format``
        (``"txt"``, ``"docx"``, ``"doc"``, ``"html"``) skips detection; ``encoding`` (a WHATWG label:
        ``"gb18030"``, ``"gbk"``, ``"big5"``, ``"utf-16le"`` …) overrides the detection of
        a text file's encoding; ``unit_aliases`` is a mapping ``{printed name: full name}``
        (``{"县发改局": "县发展和改革局"}``) or the path of a TOML alias table, and fills each
        task unit's ``full_name``; ``limits`` is a mapping of resource limits for hostile
        files (``max_input_bytes``, ``max_part_bytes``, ``max_total_bytes``,
        ``max_xml_depth``, ``max_table_cells``, ``max_line_bytes``; the defaults are the
        CLI's). For bytes, ``name`` is the file's name or path: its
        extension helps detection, and it is recorded as ``source.path``. The GIL is
        released while Rust parses.
    ``parse_json(...)``
        The same arguments; the document as compact UTF-8 JSON ``bytes`` (one line, no
        final newline: the CLI's output without its newline), for callers who store or
        forward JSON as is.
    ``parse_many(paths, *, jobs=None, format=None, encoding=None, unit_aliases=None, limits=None)``
        An iterator of ``(path, document)`` pairs **in the order of** ``paths``, parsed in
        parallel on Rust threads with the GIL released. A file that fails is an item
        ``(path, error)`` whose ``error`` is a ``GongwenError`` instance (not raised); the
        others go on. At most about ``2 × jobs`` documents are held at once, however many
        paths, so memory stays flat. Dropping the iterator stops the batch.

Tasks (the rows of ``gongwen tasks``' CSV)
    ``tasks(paths_or_documents, *, jobs=None, errors="raise", format=None, encoding=None, unit_aliases=None, limits=None)``
        One dict per task, keys ``TASK_COLUMNS`` in order. Items are paths (parsed in
        parallel as by ``parse_many``) or documents (dicts from ``parse``). Values are
        typed: ``seq`` and ``attachment`` are ``int`` or ``None``; ``units_open``,
        ``units_inherited`` ``bool``; ``deadline_inherited`` ``bool`` or ``None``; dates
        ``"YYYY-MM-DD"`` strings; lists inside a cell (issuers, units, category labels,
        the section path) joined with ``"/"`` as in the CSV. The CSV's cell is the value
        with ``None`` → ``""`` and ``True``/``False`` → ``"true"``/``"false"``.
        ``errors="raise"`` raises the first file's error; ``errors="skip"`` leaves failed
        files out (use ``parse_many`` to see each one's error).
    ``tasks_frame(...)``, ``tasks_arrow(...)``
        The same rows as a pandas ``DataFrame`` (nullable ``Int64`` and ``boolean``
        columns) or a pyarrow ``Table`` (``TASK_ARROW_TYPES``). They need pandas or
        pyarrow installed (``pip install pandas pyarrow``) and raise ``ImportError``
        naming the package otherwise. ``task_arrow_schema()`` is the Table's schema.
    ``tasks_xlsx(paths, file, *, jobs=None, format=None, encoding=None, unit_aliases=None, limits=None)``
        The same rows as the workbook of ``gongwen tasks --xlsx``, written (atomically)
        to ``file`` by the same Rust writer: a 任务 sheet with the columns of
        ``TASK_COLUMNS`` under Chinese headers (frozen header, autofilter, dates as
        Excel dates, rows to review marked in a 复核 column and shaded) and a 文件 sheet
        with one row per input — a file that failed or is in a format gongwen does not
        read is a row there (已跳过 / 失败, with why), never an exception. ``paths`` are
        parsed in parallel with the GIL released, in constant memory however many. Only
        the output's errors raise (``OSError`` naming ``file``; ``ValueError`` when
        ``file`` is one of the inputs). Returns a summary dict: ``files``, ``tasks``,
        ``tasks_left_out`` and ``files_left_out`` (beyond Excel's 1,048,576 rows a sheet;
        a 说明 sheet then says so), ``cells_cut`` (cells cut to Excel's 32,767
        characters). Needs no Python package.

Threads
    Batch calls (``parse_many``, ``tasks``) use ``jobs`` worker threads; when ``jobs`` is
    None, the environment variable ``GONGWEN_THREADS``; when that is unset, one per core
    (``0`` also means one per core). In Spark or multiprocessing workers, set
    ``GONGWEN_THREADS=1`` and let the engine parallelize. A process forked while a batch
    runs (Spark and multiprocessing fork their workers) never hangs: the batch's iterator
    raises ``RuntimeError`` in the child, and new calls there work as usual.

Errors
    ``GongwenError`` (``.code``: the stable code of the CLI's batch reports, ``.path``,
    ``.message``; ``str()`` is the CLI's message) and its subclasses by kind:
    ``UnsupportedFormatError`` (and ``EncryptedError``), ``LimitExceededError``,
    ``CorruptFileError``, ``ReadError`` (also an ``OSError``), ``InvalidOptionError``
    (also a ``ValueError``). A Rust panic never crosses into Python: it is a
    ``GongwenError`` with the code ``panic``. Errors pickle, so they cross process
    boundaries.

Schema
    ``schema()`` the JSON Schema of the document (a dict), ``SCHEMA_VERSION``,
    ``GENERATOR`` (what ``source.generator`` records), ``__version__``.

Example::

    import gongwen

    doc = gongwen.parse("notice.docx")
    print(doc["doc_number"]["normalized"], doc["title"], len(doc["tasks"]))
    for path, result in gongwen.parse_many(paths, jobs=4):
        if isinstance(result, gongwen.GongwenError):
            print(path, result.code, result)
    frame = gongwen.tasks_frame(paths)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from . import _native
from ._errors import (
    CorruptFileError,
    EncryptedError,
    GongwenError,
    InvalidOptionError,
    LimitExceededError,
    ReadError,
    UnsupportedFormatError,
)

__all__ = [
    "parse",
    "parse_json",
    "parse_many",
    "tasks",
    "tasks_frame",
    "tasks_arrow",
    "task_arrow_schema",
    "tasks_xlsx",
    "schema",
    "GongwenError",
    "UnsupportedFormatError",
    "EncryptedError",
    "LimitExceededError",
    "CorruptFileError",
    "ReadError",
    "InvalidOptionError",
    "SCHEMA_VERSION",
    "GENERATOR",
    "TASK_COLUMNS",
    "TASK_ARROW_TYPES",
    "__version__",
]

__version__: str = _native.VERSION
SCHEMA_VERSION: str = _native.SCHEMA_VERSION
GENERATOR: str = _native.GENERATOR
TASK_COLUMNS: Tuple[str, ...] = tuple(_native.TASK_COLUMNS)

# The Arrow type of each task column (the others are strings).
TASK_ARROW_TYPES: Dict[str, str] = {
    **{c: "string" for c in TASK_COLUMNS},
    "seq": "int64",
    "attachment": "int64",
    "units_open": "bool",
    "units_inherited": "bool",
    "deadline_inherited": "bool",
}

_BYTES = (bytes, bytearray, memoryview)
PathLike = Union[str, "os.PathLike[str]"]


def _path(item: Any) -> str:
    """A path argument as str (os.PathLike and bytes paths included)."""
    try:
        return os.fsdecode(os.fspath(item))
    except TypeError:
        raise TypeError(
            f"expected a path (str or os.PathLike), not {type(item).__name__}"
        ) from None


_DEFAULT_OPTIONS = _native.Options()


def _options(
    format: Optional[str] = None,
    encoding: Optional[str] = None,
    unit_aliases: Any = None,
    limits: Optional[Mapping] = None,
) -> Any:
    if format is None and encoding is None and unit_aliases is None and limits is None:
        return _DEFAULT_OPTIONS
    if unit_aliases is not None and not isinstance(unit_aliases, Mapping):
        unit_aliases = _path(unit_aliases)
    return _native.Options(format, encoding, unit_aliases, limits)


def _call(source: Any, as_json: bool, name: Optional[str], options: Any) -> Any:
    if isinstance(source, _BYTES):
        data = source if isinstance(source, bytes) else bytes(source)
        fn = _native.parse_bytes_json if as_json else _native.parse_bytes
        return fn(data, name, options)
    if name is not None:
        raise TypeError("name= is for bytes; a path names itself")
    fn = _native.parse_path_json if as_json else _native.parse_path
    return fn(_path(source), options)


def parse(
    source: Union[PathLike, bytes, bytearray, memoryview],
    *,
    format: Optional[str] = None,
    encoding: Optional[str] = None,
    unit_aliases: Union[Mapping, PathLike, None] = None,
    limits: Optional[Mapping] = None,
    name: Optional[str] = None,
) -> Dict[str, Any]:
    """Parses one document (a path or its bytes) into a dict, the object of the CLI's
    JSON. Raises a GongwenError subclass when the file cannot be parsed."""
    return _call(source, False, name, _options(format, encoding, unit_aliases, limits))


def parse_json(
    source: Union[PathLike, bytes, bytearray, memoryview],
    *,
    format: Optional[str] = None,
    encoding: Optional[str] = None,
    unit_aliases: Union[Mapping, PathLike, None] = None,
    limits: Optional[Mapping] = None,
    name: Optional[str] = None,
) -> bytes:
    """Parses one document into compact UTF-8 JSON bytes (the CLI's output without its
    final newline)."""
    return _call(source, True, name, _options(format, encoding, unit_aliases, limits))


def _paths(paths: Iterable[PathLike]) -> List[str]:
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("expected an iterable of paths, not a single path: wrap it in a list")
    return [_path(p) for p in paths]


def parse_many(
    paths: Iterable[PathLike],
    *,
    jobs: Optional[int] = None,
    format: Optional[str] = None,
    encoding: Optional[str] = None,
    unit_aliases: Union[Mapping, PathLike, None] = None,
    limits: Optional[Mapping] = None,
) -> Iterator[Tuple[str, Union[Dict[str, Any], GongwenError]]]:
    """Parses many files in parallel; yields ``(path, document or GongwenError)`` in the
    order of ``paths``. A failed file is an item, never an exception."""
    _check_jobs(jobs)
    options = _options(format, encoding, unit_aliases, limits)
    return _native.parse_many(_paths(paths), jobs, options)


def _check_jobs(jobs: Optional[int]) -> None:
    if jobs is not None and (not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0):
        raise ValueError(f"jobs must be a whole number of threads (0: one per core), not {jobs!r}")


def tasks(
    paths_or_documents: Iterable[Union[PathLike, Mapping]],
    *,
    jobs: Optional[int] = None,
    errors: str = "raise",
    format: Optional[str] = None,
    encoding: Optional[str] = None,
    unit_aliases: Union[Mapping, PathLike, None] = None,
    limits: Optional[Mapping] = None,
) -> List[Dict[str, Any]]:
    """The rows of ``gongwen tasks``' CSV, one dict per task, typed (see the module
    docs). Items are paths (parsed in parallel) or documents from ``parse``."""
    if errors not in ("raise", "skip"):
        raise ValueError(f'errors must be "raise" or "skip", not {errors!r}')
    if isinstance(paths_or_documents, (str, bytes, os.PathLike, Mapping)):
        raise TypeError(
            "expected an iterable of paths or documents, not a single one: wrap it in a list"
        )
    _check_jobs(jobs)
    options = _options(format, encoding, unit_aliases, limits)
    items = [x if isinstance(x, Mapping) else _path(x) for x in paths_or_documents]
    paths = [x for x in items if isinstance(x, str)]
    batch = (
        _native.parse_many(paths, jobs, options, task_rows=True)
        if paths
        else iter(())
    )
    rows: List[Dict[str, Any]] = []
    for item in items:
        if isinstance(item, Mapping):
            rows.extend(_native.document_task_rows(item))
            continue
        _, result = next(batch)
        if isinstance(result, GongwenError):
            if errors == "raise":
                raise result
            continue
        rows.extend(result)
    return rows


def tasks_frame(
    paths_or_documents: Iterable[Union[PathLike, Mapping]], **kwargs: Any
) -> "pandas.DataFrame":  # noqa: F821
    """The rows of ``tasks()`` as a pandas DataFrame (columns ``TASK_COLUMNS``; ``seq``
    and ``attachment`` nullable ``Int64``, flags ``bool``/``boolean``). Needs pandas."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "gongwen.tasks_frame needs pandas: pip install pandas (or use gongwen.tasks)"
        ) from e
    rows = tasks(paths_or_documents, **kwargs)
    frame = pandas.DataFrame.from_records(rows, columns=list(TASK_COLUMNS))
    return frame.astype(
        {
            "seq": "Int64",
            "attachment": "Int64",
            "units_open": "bool",
            "units_inherited": "bool",
            "deadline_inherited": "boolean",
        }
    )


def tasks_arrow(
    paths_or_documents: Iterable[Union[PathLike, Mapping]], **kwargs: Any
) -> "pyarrow.Table":  # noqa: F821
    """The rows of ``tasks()`` as a pyarrow Table (types ``TASK_ARROW_TYPES``). Needs
    pyarrow."""
    try:
        import pyarrow
    except ImportError as e:
        raise ImportError(
            "gongwen.tasks_arrow needs pyarrow: pip install pyarrow (or use gongwen.tasks)"
        ) from e
    rows = tasks(paths_or_documents, **kwargs)
    return pyarrow.Table.from_pylist(rows, schema=task_arrow_schema())


def task_arrow_schema() -> "pyarrow.Schema":  # noqa: F821
    """The pyarrow schema of ``tasks_arrow`` (for Spark's mapInArrow and Parquet)."""
    import pyarrow

    return pyarrow.schema(
        [(c, pyarrow.type_for_alias(TASK_ARROW_TYPES[c])) for c in TASK_COLUMNS]
    )


def tasks_xlsx(
    paths: Iterable[PathLike],
    file: PathLike,
    *,
    jobs: Optional[int] = None,
    format: Optional[str] = None,
    encoding: Optional[str] = None,
    unit_aliases: Union[Mapping, PathLike, None] = None,
    limits: Optional[Mapping] = None,
) -> Dict[str, int]:
    """Writes the task ledger of ``paths`` to the .xlsx workbook ``file`` (the workbook of
    ``gongwen tasks --xlsx``; see the module docs) and returns its summary: ``files``,
    ``tasks``, ``tasks_left_out``, ``files_left_out``, ``cells_cut``."""
    _check_jobs(jobs)
    options = _options(format, encoding, unit_aliases, limits)
    inputs = _paths(paths)
    out = _path(file)
    _refuse_an_input(out, inputs)
    return _native.tasks_xlsx(inputs, out, jobs, options)


def _refuse_an_input(out: str, inputs: List[str]) -> None:
    """A workbook never replaces one of its inputs."""
    if not os.path.exists(out):
        return
    for path in inputs:
        try:
            same = os.path.samefile(out, path)
        except OSError:
            continue
        if same:
            raise ValueError(f"{out}: refusing to write the workbook over an input ({path})")


def schema() -> Dict[str, Any]:
    """The JSON Schema (2020-12) of the document, as a dict."""
    return _native.schema()
