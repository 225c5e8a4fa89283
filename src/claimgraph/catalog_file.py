"""Catalog files checked as they are read: each ``[key]`` table against a pydantic model,
then the merged catalog as a whole. Every problem is reported with the file, the line
and the entry, all of a catalog's problems at once.

Per table (a user file may override a single field of a packaged entry):
  type     one of the entity types;
  zh, en   strings, neither blank nor padded with white space nor holding control characters;
  aliases  a list of such strings (a string where the list belongs is an error, not a
           list of its characters);
  wikidata a Wikidata item id, matched in full (Q42, not "Q42\\n" or Q042).
After merging: every entry has a type and a zh or an en label (what the export labels it
with), and no name (label or alias, compared the way the matcher compares them: folded
to simplified, ASCII, lower case, without spaces) belongs to two entries.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Literal

import opencc
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from .errors import CatalogError
from .files import FileRefused, display_path, read_regular
from .models import Entity, EntityType

__all__ = ["CatalogEntry", "read_entities"]

_MAX_BYTES = 50_000_000  # a catalog larger than this is not one
_QID = re.compile(r"Q[1-9][0-9]*")
_TYPES = ", ".join(t.value for t in EntityType)
_HEADER = re.compile(r"""^\s*\[\s*(?P<key>"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*\]\s*(?:#.*)?$""")
_SHOWN = 30  # problems listed in one error


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("is blank")
    if value != value.strip():
        raise ValueError("has white space at an end; write it without")
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d" for ch in value):
        raise ValueError("holds a control or invisible formatting character; remove it")
    return value


def _qid(value: str) -> str:
    if not _QID.fullmatch(value):
        raise ValueError(f"wikidata = {value!r} is not a Wikidata id such as \"Q95\"")
    return value


Name = Annotated[str, AfterValidator(_name)]


class CatalogEntry(BaseModel):
    """One ``[key]`` table as written; every field may be left out (an override)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    type: Literal[tuple(t.value for t in EntityType)] | None = None  # type: ignore[valid-type]
    zh: Name | None = None
    en: Name | None = None
    aliases: list[Name] | None = None
    wikidata: Annotated[str, AfterValidator(_qid)] | None = None


class _Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    text: str  # the file's text, for line numbers

    def line(self, key: str, field: str | None = None) -> int:
        return _line(self.text, key, field)

    def where(self, key: str, field: str | None = None) -> str:
        return f"{self.file}:{self.line(key, field)}: [{key}]"


def read_entities(paths: Iterable[Path]) -> list[Entity]:
    """The entities of the catalog files merged in order (a later file's fields replace an
    earlier file's for the same key), sorted by key; CatalogError lists every problem."""
    merged: dict[str, dict] = {}
    origin: dict[tuple[str, str], _Source] = {}  # (key, field) -> the file that set it; (key, "") its table
    problems: list[str] = []
    for path in paths:
        source, tables = _parse(path)
        for key, table in tables.items():
            if not isinstance(table, dict):
                problems.append(f"{source.file}:{source.line(key)}: {key} must be a table, e.g. [{key}] "
                                "with type, zh, en, aliases")
                continue
            try:
                entry = CatalogEntry.model_validate(table)
            except ValidationError as err:
                problems.extend(_explain(err, source, key, table))
                continue
            fields = entry.model_dump(exclude_none=True)
            merged.setdefault(key, {}).update(fields)
            origin.setdefault((key, ""), source)
            for field in fields:
                origin[(key, field)] = source
    entities = []
    for key, entry in sorted(merged.items()):
        source = origin[(key, "")]
        if not key.strip():
            problems.append(f"{source.file}:{source.line(key)}: a table with a blank name; give it a key, e.g. [zhang_san]")
        elif "type" not in entry:
            problems.append(f"{source.where(key)} has no type; add type = one of {_TYPES}")
        elif not entry.get("zh") and not entry.get("en"):
            problems.append(f"{source.where(key)} has neither zh nor en, so it has no label; "
                            "add zh = \"…\" (its Chinese name) or en = \"…\"")
        else:
            entities.append(Entity(key=key, type=EntityType(entry["type"]), label_zh=entry.get("zh"),
                                   label_en=entry.get("en"), aliases=tuple(entry.get("aliases", ())),
                                   wikidata=entry.get("wikidata"), confirmed=True))
    problems.extend(_shared_names(merged, origin))
    if problems:
        shown = "\n  ".join(problems[:_SHOWN])
        more = f"\n  … and {len(problems) - _SHOWN} more" if len(problems) > _SHOWN else ""
        raise CatalogError(f"the entity catalog has {len(problems)} problem(s):\n  {shown}{more}")
    return entities


def _parse(path: Path) -> tuple[_Source, dict]:
    try:
        text = read_regular(path, _MAX_BYTES).decode("utf-8")
    except FileRefused as err:
        raise CatalogError(f"catalog {err}") from err
    except UnicodeDecodeError as err:
        raise CatalogError(f"{display_path(path)}: catalog is not UTF-8 (byte {err.start}); save it as UTF-8") from err
    try:
        return _Source(file=display_path(path), text=text), tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise CatalogError(f"{display_path(path)}: not valid TOML ({err})") from err


def _explain(err: ValidationError, source: _Source, key: str, table: dict) -> list[str]:
    """One line per pydantic error, in the words of the catalog format."""
    lines = []
    for problem in err.errors():
        field = str(problem["loc"][0])
        where = f"{source.file}:{source.line(key, field)}: [{key}]"
        value = problem.get("input")
        name = field + "".join(f"[{i + 1}]" for i in problem["loc"][1:] if isinstance(i, int))
        kind = problem["type"]
        if kind == "extra_forbidden":
            lines.append(f"{where} has an unknown field {field}; allowed are {', '.join(CatalogEntry.model_fields)}")
        elif kind == "literal_error":
            lines.append(f"{where} type = {value!r} is not an entity type; write type = one of {_TYPES}")
        elif kind in ("list_type", "tuple_type"):
            lines.append(f"{where} {name} must be a list of names, e.g. {field} = [\"…\"] (it is {_what(value)})")
        elif kind == "string_type":
            lines.append(f"{where} {name} must be a string in quotes, e.g. {field} = \"…\" (it is {_what(value)})")
        elif kind == "value_error":
            message = str(problem["ctx"]["error"])
            lines.append(f"{where} {message}" if field == "wikidata" else f"{where} {name} {message}")
        else:
            lines.append(f"{where} {name}: {problem['msg']}")
    return lines


def _what(value: object) -> str:
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false", dict: "a table",
            list: "a list"}.get(type(value), type(value).__name__)


def _shared_names(merged: dict[str, dict], origin: dict[tuple[str, str], _Source]) -> list[str]:
    """A problem for every name that two entries share, as the matcher compares names."""
    t2s = opencc.OpenCC("t2s")
    owner: dict[str, tuple[str, str, str]] = {}  # folded name -> (key, field, name)
    problems = []
    for key, entry in sorted(merged.items()):
        names = [(f, entry[f]) for f in ("zh", "en") if entry.get(f)] + [("aliases", a) for a in entry.get("aliases", ())]
        for field, name in names:
            folded = "".join(t2s.convert(unicodedata.normalize("NFKC", name)).lower().split())
            first = owner.setdefault(folded, (key, field, name))
            if first[0] != key:
                a, b = origin[(first[0], first[1])], origin[(key, field)]
                problems.append(f"{a.where(first[0], first[1])} and {b.where(key, field)} share the name "
                                f"{first[2]!r}{'' if name == first[2] else f' / {name!r}'}; a name must denote one "
                                "entity: remove it from one (an entry of the packaged catalog is changed by a table "
                                "of the same key in your file)")
    return problems


def _line(text: str, key: str, field: str | None) -> int:
    """The line (from 1) of ``field`` in table ``[key]``, or of the table, or of a top-level
    ``key = …``; 1 when it cannot be found."""
    table_line = None
    for number, line in enumerate(text.split("\n"), 1):
        header = _HEADER.match(line)
        if header:
            if table_line is not None:
                break
            if _unquote(header["key"]) == key:
                table_line = number
                if field is None:
                    return number
            continue
        if re.match(rf"\s*(?:{re.escape(field or key)}|\"{re.escape(field or key)}\")\s*=", line):
            if field is None or table_line is not None:
                return number
    return table_line or 1


def _unquote(key: str) -> str:
    if key[:1] == '"':
        try:
            return tomllib.loads(f"k = {key}")["k"]
        except tomllib.TOMLDecodeError:
            return key
    return key.strip("'")
