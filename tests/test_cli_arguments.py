"""Every argument a user can type gets a clear message (exit 2) and never a traceback;
the command line speaks the language of --lang, else the system's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def run(*args: str | bytes, lang: str = "C.UTF-8", cwd: Path = HERE) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.pop("POSASSIST_DATA_DIR", None)
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "posassist", *args],
        capture_output=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode("utf-8", "replace")


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8", "replace")


def test_data_dir_before_the_command_is_the_one_used(tmp_path: Path):
    here, default = tmp_path / "here", tmp_path / "home"
    env_home = {"HOME": str(default)}
    made = subprocess.run(
        [sys.executable, "-m", "posassist", "--data-dir", str(here), "new-case", "--shop", "店",
         "--provider", "某支付", "--terminal-type", "hardware", "--reason", "closing"],
        capture_output=True, text=True, timeout=60, cwd=HERE,
        env={**{k: v for k, v in os.environ.items() if k != "POSASSIST_DATA_DIR"}, **env_home},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert (here / "posassist.sqlite3").is_file()
    assert not (default / ".local" / "share" / "POSAssist").exists()
    listed = run("--data-dir", str(here), "cases")
    assert "店" in out(listed)


@pytest.mark.parametrize("case_id", ["99999999999999999999999999", "-1", "0", "x1"])
def test_a_case_id_sqlite_cannot_hold_or_not_a_number_is_refused(tmp_path: Path, case_id):
    result = run("attach", case_id, str(HERE / "conftest.py"), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in err(result) and "Error" not in err(result)
    assert "CASE_ID" in err(result) and case_id in err(result)


def test_a_file_name_that_is_not_text_is_stored_and_shown_as_given(tmp_path: Path):
    from corpus import corpus_file

    folder = tmp_path / "files"
    folder.mkdir()
    odd = os.fsencode(folder) + b"/\xe9t\xe9-\xff.jpg"
    with open(odd, "wb") as copy:
        copy.write(corpus_file("receipts", "mindee__receipt.jpg").read_bytes())
    bad = corpus_file("bad-images", "pillow__truncated_image.png")
    data = tmp_path / "data"
    assert run("demo-case", "--data-dir", str(data)).returncode == 0
    result = run("attach", "1", odd, str(bad), "--data-dir", str(data))
    assert result.returncode == 1, err(result)  # the truncated picture is refused
    assert "Traceback" not in err(result)
    lines = result.stdout.splitlines()
    assert lines[0] == odd + b": stored"  # the bytes as the file system gave them
    assert lines[1].startswith(os.fsencode(bad) + b": refused: ")
    from posassist.store.database import open_database

    db = open_database(data / "posassist.sqlite3")
    names = [row[0] for row in db.execute("SELECT original_name FROM evidence").fetchall()]
    db.close()
    assert "\\xe9t\\xe9-\\xff.jpg" in names


def test_export_refuses_a_device_or_folder_as_its_output(tmp_path: Path):
    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    for target in ("/dev/null", str(tmp_path)):
        before = os.stat(target)
        result = run("export", "1", "-o", target, "--data-dir", str(tmp_path), "--lang", "en")
        assert result.returncode == 2, err(result)
        assert "not a regular file" in err(result) and target in err(result)
        after = os.stat(target)
        assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)


def test_export_into_a_read_only_folder_names_the_file_asked_for(tmp_path: Path):
    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    # Root writes into any folder of a normal file system, not into /proc.
    target = Path("/proc/d.pdf") if os.geteuid() == 0 else locked / "d.pdf"
    try:
        result = run("export", "1", "-o", str(target), "--data-dir", str(tmp_path))
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1, err(result)
    assert str(target) in err(result) and ".part" not in err(result)
    assert "Traceback" not in err(result)


def test_bad_arguments_are_worded_in_chinese_under_a_chinese_locale(tmp_path: Path):
    result = run("attach", "abc", "x.jpg", "--data-dir", str(tmp_path), lang="zh_CN.UTF-8")
    assert result.returncode == 2
    assert "不是事项编号" in err(result) and "用法" in err(result)
    missing = run("new-case", "--shop", "店", "--data-dir", str(tmp_path), lang="zh_CN.UTF-8")
    assert missing.returncode == 2 and "缺少以下参数" in err(missing)
    english = run("attach", "abc", "x.jpg", "--data-dir", str(tmp_path), "--lang", "en",
                  lang="zh_CN.UTF-8")  # fmt: skip
    assert "not a case id" in err(english) and "usage" in err(english)


def test_messages_follow_lang_else_the_system(tmp_path: Path):
    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    chinese = run("cases", "--data-dir", str(tmp_path), lang="zh_CN.UTF-8")
    assert out(chinese).splitlines()[0].split("\t")[:2] == ["编号", "店铺"]
    english = run("--lang", "en", "cases", "--data-dir", str(tmp_path), lang="zh_CN.UTF-8")
    assert out(english).splitlines()[0].startswith("id\tshop")
    verify = run("verify", str(tmp_path / "none.pdf"), lang="zh_CN.UTF-8")
    assert verify.returncode == 2 and "文件不存在" in out(verify)
    export = run("export", "1", "-o", str(tmp_path / "d.pdf"), "--data-dir", str(tmp_path),
                 lang="zh_CN.UTF-8")  # fmt: skip
    assert export.returncode == 0, err(export)
    assert "证据档案" in out(export)


def test_a_missing_case_on_export_is_worded_in_the_command_language(tmp_path: Path):
    result = run("export", "7", "-o", str(tmp_path / "d.pdf"), "--data-dir", str(tmp_path),
                 "--lang", "en")  # fmt: skip
    assert result.returncode == 2
    assert "there is no case 7" in err(result) and "Traceback" not in err(result)


def _values(data: Path) -> dict[str, str]:
    from posassist.store.database import open_database

    db = open_database(data / "posassist.sqlite3")
    try:
        found = dict(db.execute("SELECT key, value FROM case_values WHERE case_id = 1").fetchall())
        found["shop_name"] = db.execute("SELECT shop_name FROM cases WHERE id = 1").fetchone()[0]
        return found
    finally:
        db.close()


def test_set_checks_every_value_then_writes_them_all_with_what_they_imply(tmp_path: Path):
    assert run("new-case", "--data-dir", str(tmp_path), "--shop", "店", "--provider", "某",
               "--terminal-type", "hardware", "--reason", "closing").returncode == 0  # fmt: skip
    result = run("set", "1", "closed_on=2026-10-31", "bank_last4=6222 0212 3456 7890",
                 "amount_to_settle=¥1,234.50", "--data-dir", str(tmp_path))  # fmt: skip
    assert result.returncode == 0, err(result)
    assert out(result).splitlines() == [
        "closed_on=2026-10-31",
        "bank_last4=7890",
        "amount_to_settle=1,234.50",
    ]
    values = _values(tmp_path)
    assert values["closed_on"] == "2026-10-31" and values["bank_last4"] == "7890"
    assert values["watch_until"]  # the watch follows from the closing date, as in the window


def test_set_refuses_an_unknown_key_or_a_bad_value_and_writes_nothing(tmp_path: Path):
    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    before = _values(tmp_path)
    for pair in (
        "no_such_field=1",
        "closed_on=31/10/2026",
        "terminal_type=fax",
        "amount_to_settle=12.345",
        "bank_last4=12",
        "all_settled=maybe",
        "nokeyvalue",
    ):
        result = run("set", "1", "shop_name=Changed", pair, "--data-dir", str(tmp_path))
        assert result.returncode == 2, (pair, err(result))
        assert "Traceback" not in err(result) and pair.split("=")[0] in err(result)
    assert _values(tmp_path) == before


def test_set_shortens_a_card_number_typed_into_a_text_field(tmp_path: Path):
    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    card = "4111111111111111"
    result = run("set", "1", f"shop_name=店 {card}", "--data-dir", str(tmp_path))
    assert result.returncode == 0 and "first 6 and last 4" in err(result)
    assert _values(tmp_path)["shop_name"] == "店 411111******1111"
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("posassist.sqlite3*"))
    assert card.encode() not in raw


def test_a_read_only_case_file_is_worded_not_a_traceback(tmp_path: Path, monkeypatch):
    """A write refused by SQLite ('attempt to write a readonly database', as on a
    read-only mount) comes out as a sentence naming the case file."""
    import sqlite3

    from posassist.cli import case_commands
    from posassist.cli import main as cli_main  # main(), the function

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    monkeypatch.setattr(case_commands, "_open", refuse)
    monkeypatch.setenv("LANG", "C.UTF-8")
    import io
    from contextlib import redirect_stderr

    stderr = io.StringIO()
    with redirect_stderr(stderr):
        status = cli_main(["cases", "--data-dir", str(tmp_path), "--lang", "en"])
    assert status == 1
    text = stderr.getvalue()
    assert "cannot be written" in text and str(tmp_path / "posassist.sqlite3") in text
    assert "Traceback" not in text
