"""A user's catalog file is checked when it is loaded: types, blank names, duplicate names,
Wikidata ids, incomplete entries; every message names the file, the line and the entry."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from claimgraph.catalog import default_catalog_path, load_catalog
from claimgraph.errors import CatalogError


def _load(tmp_path: Path, body: str, name: str = "entities.toml"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return load_catalog([path]), path


@pytest.mark.parametrize("body, line, message", [
    ('[zsf]\ntype = "Person"\nzh = "张三丰"\naliases = "张君宝"\n', 4,
     r'\[zsf\] aliases must be a list of names, e\.g\. aliases = \["…"\] \(it is a string\)'),
    ('[zsf]\ntype = "Person"\nzh = "   "\n', 3, r"\[zsf\] zh is blank"),
    ('[zsf]\ntype = "Person"\nzh = "张三丰"\naliases = ["张君宝", ""]\n', 4, r"\[zsf\] aliases\[2\] is blank"),
    ('[zsf]\ntype = "Person"\nzh = " 张三丰"\n', 3, r"\[zsf\] zh has white space at an end"),
    ('[zsf]\ntype = "Person"\nzh = 42\n', 3, r"\[zsf\] zh must be a string in quotes.*\(it is an integer\)"),
    ('[zsf]\ntype = "Person"\nzh = "张三丰"\nwikidata = "Q42\\n"\n', 4, r"wikidata = 'Q42\\n' is not a Wikidata id"),
    ('[zsf]\ntype = "Person"\nzh = "张三丰"\nwikidata = "Q042"\n', 4, r"is not a Wikidata id"),
    ('\n[zsf]\ntype = "Persona"\nzh = "张三丰"\n', 3, r"\[zsf\] type = 'Persona' is not an entity type; write type = one of Person, Organization"),
    ('[zsf]\nzh = "张三丰"\n', 1, r"\[zsf\] has no type; add type = one of Person"),
    ('[zsf]\ntype = "Person"\naliases = ["张君宝"]\n', 1, r"\[zsf\] has neither zh nor en.*add zh = \"…\""),
    ('[zsf]\ntype = "Person"\nzh = "张三丰"\nlabel = "x"\n', 4, r"\[zsf\] has an unknown field label; allowed are"),
    ('title = "my entities"\n[zsf]\ntype = "Person"\nzh = "张三丰"\n', 1, r"title must be a table"),
], ids=["string for a list", "blank name", "blank alias", "padded name", "number for a string", "wikidata newline",
        "wikidata leading zero", "unknown type", "no type", "aliases without zh or en", "unknown field",
        "top-level value"])
def test_a_bad_entry_is_named_with_file_and_line(tmp_path, body, line, message):
    with pytest.raises(CatalogError, match=message) as caught:
        _load(tmp_path, body)
    assert f"{tmp_path / 'entities.toml'}:{line}: " in str(caught.value)


def test_two_entries_sharing_a_name_are_both_named(tmp_path):
    body = ('[zsf]\ntype = "Person"\nzh = "张三丰"\n\n'
            '[zjb]\ntype = "Person"\nzh = "张君宝"\naliases = ["張三豐"]\n')
    with pytest.raises(CatalogError) as caught:
        _load(tmp_path, body)
    message = str(caught.value)
    assert f"{tmp_path / 'entities.toml'}:3: [zsf]" in message and f"{tmp_path / 'entities.toml'}:8: [zjb]" in message
    assert "张三丰" in message and "張三豐" in message


def test_a_name_the_packaged_catalog_gives_another_entry_is_refused_with_both(tmp_path):
    with pytest.raises(CatalogError) as caught:
        _load(tmp_path, '[my_nvidia]\ntype = "Organization"\nen = "nvidia"\n')
    message = str(caught.value)
    assert f"{tmp_path / 'entities.toml'}:3: [my_nvidia]" in message
    assert f"{default_catalog_path()}:" in message and "[nvidia]" in message


def test_every_problem_of_a_file_is_listed_at_once(tmp_path):
    body = '[a]\ntype = "Person"\nzh = ""\n\n[b]\ntype = "Thing"\nzh = "乙"\n'
    with pytest.raises(CatalogError) as caught:
        _load(tmp_path, body)
    assert ":3: [a] zh is blank" in str(caught.value) and ":6: [b] type = 'Thing' is not" in str(caught.value)


def test_a_good_file_still_loads_and_overrides(tmp_path):
    catalog, _ = _load(tmp_path, '[nvidia]\naliases = ["老黄家"]\n\n["星河 AI"]\ntype = "Organization"\n'
                                 'zh = "星河智能"\naliases = [\n  "星河AI",\n]\nwikidata = "Q95123"\n')
    assert catalog.get("nvidia").aliases == ("老黄家",) and catalog.get("nvidia").label_zh == "英伟达"
    assert catalog.get("星河 AI").aliases == ("星河AI",) and catalog.get("星河 AI").wikidata == "Q95123"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_catalog_that_is_no_regular_file_is_refused_without_waiting(tmp_path, kind):
    if kind == "fifo":
        path = tmp_path / "entities.toml"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(_catch(path)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive() and kind == "fifo":  # let the blocked reader go: a writer opens and closes
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    assert not worker.is_alive(), "load_catalog hangs"
    assert isinstance(result[0], CatalogError) and "not a regular file" in str(result[0]) and str(path) in str(result[0])


def _catch(path: Path):
    try:
        load_catalog([path])
    except CatalogError as err:
        return err
    return None
