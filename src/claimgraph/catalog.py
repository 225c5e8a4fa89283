"""The entity catalog: canonical entities as TOML data, and lookups by name.

A default catalog ships inside the package (``data/catalog.toml``), with a gazetteer of
well-known names in the same format (``data/gazetteer.toml``); a user extends or
overrides them with their own files (``corpus/entities.toml``, ``--catalog FILE``), whose
entries replace the default's entry of the same key field by field.

    [nvidia]
    type = "Organization"
    zh = "英伟达"
    en = "NVIDIA"
    aliases = ["Nvidia", "英伟达公司", "輝達"]
    wikidata = "Q182477"
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from .catalog_file import read_entities
from .models import Entity

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


def gazetteer_path() -> Path:
    return Path(str(resources.files("claimgraph") / "data" / "gazetteer.toml"))


def load_catalog(extra: Iterable[Path] = (), gazetteer: bool = True) -> Catalog:
    """The packaged catalog and gazetteer (well-known names no sentence structure reveals;
    left out with ``gazetteer=False``), then each file of ``extra`` merged over them in
    order; raises CatalogError listing every problem with its file, line and entry
    (catalog_file.py)."""
    packaged = (default_catalog_path(), gazetteer_path()) if gazetteer else (default_catalog_path(),)
    return Catalog(read_entities((*packaged, *extra)))
