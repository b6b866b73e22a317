"""Typed stub of gongwen (the documentation is the module docstring: help(gongwen))."""

import os
from typing import (
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    TypedDict,
    Union,
)

import pandas
import pyarrow

from ._errors import (
    CorruptFileError as CorruptFileError,
    EncryptedError as EncryptedError,
    GongwenError as GongwenError,
    InvalidOptionError as InvalidOptionError,
    LimitExceededError as LimitExceededError,
    ReadError as ReadError,
    UnsupportedFormatError as UnsupportedFormatError,
)

__version__: str
SCHEMA_VERSION: str
GENERATOR: str
TASK_COLUMNS: Tuple[str, ...]
TASK_ARROW_TYPES: Dict[str, str]

PathLike = Union[str, os.PathLike[str]]
Source = Union[PathLike, bytes, bytearray, memoryview]
Format = Literal["txt", "docx", "doc", "html"]
UnitAliases = Union[Mapping[str, str], PathLike]

# A document: the object of the CLI's JSON (see schemas/gongwen.schema.json, or schema()).
Document = Dict[str, Any]
# A task row: keys TASK_COLUMNS; values str, int, bool or None (see the module docs).
TaskRow = Dict[str, Union[str, int, bool, None]]

def parse(
    source: Source,
    *,
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
    name: Optional[str] = None,
) -> Document: ...
def parse_json(
    source: Source,
    *,
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
    name: Optional[str] = None,
) -> bytes: ...
def parse_many(
    paths: Iterable[PathLike],
    *,
    jobs: Optional[int] = None,
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
) -> Iterator[Tuple[str, Union[Document, GongwenError]]]: ...
def tasks(
    paths_or_documents: Iterable[Union[PathLike, Mapping[str, Any]]],
    *,
    jobs: Optional[int] = None,
    errors: Literal["raise", "skip"] = "raise",
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
) -> List[TaskRow]: ...
def tasks_frame(
    paths_or_documents: Iterable[Union[PathLike, Mapping[str, Any]]],
    *,
    jobs: Optional[int] = None,
    errors: Literal["raise", "skip"] = "raise",
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
) -> pandas.DataFrame: ...
def tasks_arrow(
    paths_or_documents: Iterable[Union[PathLike, Mapping[str, Any]]],
    *,
    jobs: Optional[int] = None,
    errors: Literal["raise", "skip"] = "raise",
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
) -> pyarrow.Table: ...
def task_arrow_schema() -> pyarrow.Schema: ...

class XlsxSummary(TypedDict):
    """What tasks_xlsx wrote, and what Excel's limits made it leave out."""

    files: int
    tasks: int
    tasks_left_out: int
    files_left_out: int
    cells_cut: int

def tasks_xlsx(
    paths: Iterable[PathLike],
    file: PathLike,
    *,
    jobs: Optional[int] = None,
    format: Optional[Format] = None,
    encoding: Optional[str] = None,
    unit_aliases: Optional[UnitAliases] = None,
    limits: Optional[Mapping[str, int]] = None,
) -> XlsxSummary: ...
def schema() -> Dict[str, Any]: ...
