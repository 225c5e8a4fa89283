"""The entity catalog: canonical entities as TOML data, and lookups by name.

A default catalog ships inside the package (``data/catalog.toml``); a user extends or
overrides it with their own files (``corpus/entities.toml``, ``--catalog FILE``), whose
entries replace the default's entry of the same key field by field.

    [nvidia]
    type = "Organization"
    zh = "英伟达"
    en = "NVIDIA"
    aliases = ["Nvidia", "英伟达公司", "輝達"]
    wikidata = "Q182477"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from pydantic import ValidationError

from .errors import CatalogError
from .models import Entity, EntityType

_FIELDS = {"type", "zh", "en", "aliases", "wikidata"}
_QID = re.compile(r"^Q[1-9]\d*$")
USER_CATALOG_NAME = "entities.toml"


class Catalog:
    """Canonical entities by key, and every name that denotes one."""

    def __init__(self, entities: Iterable[Entity]):
        self._by_key: Mapping[str, Entity] = MappingProxyType({e.key: e for e in entities})

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._by_key.values())

    def get(self, key: str) -> Entity | None:
        return self._by_key.get(key)

    def names(self) -> Iterator[tuple[str, str]]:
        """(name, key) for every label and alias, in a stable order."""
        for key in sorted(self._by_key):
            entity = self._by_key[key]
            for name in (entity.label_zh, entity.label_en, *entity.aliases):
                if name:
                    yield name, key


def default_catalog_path() -> Path:
    return Path(str(resources.files("claimgraph") / "data" / "catalog.toml"))


def load_catalog(extra: Iterable[Path] = ()) -> Catalog:
    """The packaged catalog, then each file of ``extra`` merged over it in order."""
    raw: dict[str, dict] = {}
    for path in (default_catalog_path(), *extra):
        for key, entry in _read(path).items():
            raw[key] = {**raw.get(key, {}), **entry}
    entities = []
    for key, entry in sorted(raw.items()):
        try:
            entities.append(Entity(
                key=key, type=EntityType(entry["type"]), label_zh=entry.get("zh"), label_en=entry.get("en"),
                aliases=tuple(entry.get("aliases", ())), wikidata=entry.get("wikidata"), confirmed=True))
        except (KeyError, ValueError, ValidationError) as err:
            types = ", ".join(t.value for t in EntityType)
            raise CatalogError(f"catalog entry [{key}] is invalid ({err}); it needs type = one of {types}") from err
    return Catalog(entities)


def _read(path: Path) -> dict[str, dict]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogError(f"{path}: cannot be read ({err})") from err
    except tomllib.TOMLDecodeError as err:
        raise CatalogError(f"{path}: not valid TOML ({err})") from err
    for key, entry in data.items():
        if not isinstance(entry, dict):
            raise CatalogError(f"{path}: `{key}` must be a table, e.g. [{key}] with type, zh, en, aliases")
        unknown = set(entry) - _FIELDS
        if unknown:
            raise CatalogError(f"{path}: [{key}] has unknown field(s) {sorted(unknown)}; "
                               f"allowed are {sorted(_FIELDS)}")
        qid = entry.get("wikidata")
        if qid is not None and not _QID.match(str(qid)):
            raise CatalogError(f"{path}: [{key}] wikidata = {qid!r} is not a Wikidata id such as \"Q95\"")
    return data
