"""Files as users have them: UTF-16 and UTF-32 without a BOM, a UTF-8 file with a damaged
byte, names that are not UTF-8, and a corpus folder holding links, pipes and folders that
are not articles: each read or reported with its reason, never a hang."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph import api
from claimgraph.cli import main
from claimgraph.errors import ArticleError
from claimgraph.ingest import decode, parse_article

TEXT = ("星河日报讯 2025年3月2日，分析师李明远表示，国产芯片的出货量同比增长了20%。\n"
        "他认为，明年的市场规模将达到300亿元。\n") * 3


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32"])
def test_utf16_and_utf32_are_told_by_their_shape(encoding):
    text, found = decode(TEXT.encode(encoding), "wide.txt")
    assert text == TEXT
    assert found.replace("_", "-").startswith(encoding[:6])


def test_a_few_bad_bytes_are_read_as_replacement_characters_with_a_warning():
    data = TEXT.encode("utf-8")
    cut = data.index("国产".encode()) + 1  # inside a character: its first byte stays, two go
    damaged = data[:cut] + b"\xff" + data[cut + 2:]
    a = parse_article(damaged, "damaged.txt")
    char = TEXT.index("国产")
    assert a.text == TEXT[:char] + "\ufffd\ufffd" + TEXT[char + 1:]
    assert a.encoding == "utf-8"
    assert len(a.warnings) == 1
    assert f"byte {cut - 1} (character {char})" in a.warnings[0] and "U+FFFD" in a.warnings[0]


def test_a_build_reports_the_warning_and_keeps_the_article(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "damaged.txt").write_bytes(TEXT.encode("utf-8")[:-1] + b"\xe4")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "damaged.txt" in result.stderr and "not UTF-8" in result.stderr
    assert result.stdout.startswith("1 articles")


def test_many_bad_bytes_in_utf8_are_refused_with_the_offset_not_garbled():
    data = bytearray(TEXT.encode("utf-8") * 4)
    lead = max(i for i in range(31) if data[i] & 0xC0 != 0x80)  # the damaged character starts here
    for i in range(30, len(data), 40):
        data[i] = 0xFF
    with pytest.raises(ArticleError) as caught:
        decode(bytes(data), "broken.txt")
    assert f"the first at byte {lead})" in caught.value.reason and "UTF-8 with more than 8 damaged" in caught.value.reason
    assert "GB18030" not in caught.value.reason


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXT, "utf-8")
    (corpus / "UPPER.TXT").write_text(TEXT.replace("李明远", "赵子墨"), "utf-8")
    os.symlink(corpus / "missing.txt", corpus / "broken.txt")
    os.symlink(corpus / "loop.txt", corpus / "loop.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "folder.txt").mkdir()
    (corpus / "folder.txt" / "inner.txt").write_text(TEXT.replace("李明远", "钱多多"), "utf-8")
    (corpus / "sub" / "locked").mkdir()
    (corpus / "sub" / "locked" / "hidden.txt").write_text(TEXT, "utf-8")
    return corpus


def test_every_path_passed_over_is_reported_with_its_reason(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    scandir = os.scandir

    def unreadable(path):  # chmod 000 does not stop root: refuse the folder here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", unreadable)
    done: list = []
    worker = threading.Thread(target=lambda: done.append(api.build(corpus, tmp_path / "kg")), daemon=True)
    worker.start()
    worker.join(timeout=120)
    if worker.is_alive():
        os.close(os.open(corpus / "pipe.txt", os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the build hangs on a named pipe")
    report = done[0]
    reasons = {Path(f.path).name: f.reason for f in report.failures}
    assert "broken symbolic link" in reasons["broken.txt"]
    assert "loops" in reasons["loop.txt"]
    assert "named pipe" in reasons["pipe.txt"]
    assert "cannot be listed" in reasons["locked"] and "Permission denied" in reasons["locked"]
    assert report.articles == 3  # a.txt, UPPER.TXT, folder.txt/inner.txt


@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_inspect_on_what_is_no_regular_file_answers_at_once(tmp_path, target):
    path = tmp_path / "pipe.txt" if target == "fifo" else Path(target)
    if target == "fifo":
        os.mkfifo(path)
    done: list = []
    worker = threading.Thread(target=lambda: done.append(CliRunner().invoke(main, ["inspect", str(path)])),
                              daemon=True)
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive() and target == "fifo":
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    assert not worker.is_alive(), "inspect hangs"
    assert done[0].exit_code == 1 and "not a regular file" in done[0].output


def test_a_file_name_that_is_not_utf8_is_built_and_reported(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (corpus / name).write_text(TEXT, "utf-8")
    (corpus / os.fsdecode(b"empty\xff.txt")).write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "kg")])
    assert result.exit_code == 1, result.output
    assert "empty\\xff.txt: is empty" in result.stderr and "please report" not in result.output
    assert result.stdout.startswith("1 articles")
    assert "caf\\\\xe9.txt" in (tmp_path / "kg" / "graph.nt").read_text("utf-8")


def test_inspect_shows_what_reading_could_not_keep(tmp_path):
    path = tmp_path / "damaged.txt"
    path.write_bytes(TEXT.encode("utf-8")[:-1] + b"\xe4")
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    assert "warning: damaged.txt: 1 damaged byte sequence(s)" in result.stderr


def test_two_files_that_would_share_an_article_id_are_both_kept_apart(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.TXT").write_text(TEXT, "utf-8")  # .TXT is read now: its id keeps the suffix …
    (corpus / "x.TXT.txt").write_text(TEXT, "utf-8")  # … which this file's id would clash with
    report = api.build(corpus, tmp_path / "kg")
    assert report.articles == 1
    assert [(Path(f.path).name, f.reason) for f in report.failures] == [
        ("x.TXT.txt", "would have the article id of x.TXT; rename one of them")]
