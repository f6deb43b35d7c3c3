"""The command line, run as a separate process like a support script would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ)
    env.pop("POSASSIST_DATA_DIR", None)
    # The messages these tests read are the English ones (a C locale, as CI's).
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(variable, None)
    env["LANG"] = "C.UTF-8"
    if env_dir is not None:
        env["POSASSIST_DATA_DIR"] = str(env_dir)
    # Run from a folder without the source tree, so that the installed package (with
    # its built-in resources) is the one imported, as for a user.
    return subprocess.run(
        [sys.executable, "-m", "posassist", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent,
    )


def test_new_case_then_list(tmp_path: Path):
    created = run(
        "new-case",
        "--data-dir",
        str(tmp_path),
        "--shop",
        "老王家常菜馆",
        "--provider",
        "某支付",
        "--terminal-type",
        "mobile",
        "--reason",
        "switching",
    )
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    assert case_id.isdigit()
    listed = run("cases", "--data-dir", str(tmp_path))
    assert listed.returncode == 0
    lines = listed.stdout.strip().splitlines()
    assert lines[0].split("\t")[:6] == ["id", "shop", "provider", "terminal", "status", "progress"]
    row = lines[1].split("\t")
    assert row[:3] == [case_id, "老王家常菜馆", "某支付"]
    assert row[3].startswith("mobile")
    assert row[4] == "in_progress"
    assert row[5] == "0/9"


def test_demo_case_and_environment_data_dir(tmp_path: Path):
    demo = run("demo-case", env_dir=tmp_path)
    assert demo.returncode == 0, demo.stderr
    listed = run("cases", env_dir=tmp_path)
    row = listed.stdout.strip().splitlines()[1].split("\t")
    assert row[1] == "老王家常菜馆"
    assert row[5] == "5/9"
    assert "follow_up" in row[6]  # the promised call-back; the application stage is done
    assert (tmp_path / "posassist.sqlite3").exists()


def test_bad_arguments_exit_2_with_a_message(tmp_path: Path):
    bad = run(
        "new-case",
        "--data-dir",
        str(tmp_path),
        "--shop",
        "A",
        "--provider",
        "B",
        "--terminal-type",
        "fax",
        "--reason",
        "closing",
    )
    assert bad.returncode == 2
    assert "--terminal-type" in bad.stderr and "fax" in bad.stderr
    missing = run("new-case", "--data-dir", str(tmp_path), "--shop", "A")
    assert missing.returncode == 2
    assert "--provider" in missing.stderr
    empty = run(
        "new-case",
        "--data-dir",
        str(tmp_path),
        "--shop",
        " ",
        "--provider",
        "B",
        "--terminal-type",
        "hardware",
        "--reason",
        "closing",
    )
    assert empty.returncode == 2
    assert "must not be empty" in empty.stderr
    assert (
        not (tmp_path / "posassist.sqlite3").exists()
        or "2" not in run("cases", "--data-dir", str(tmp_path)).stdout.splitlines()[1:]
    )


def test_a_newer_file_is_refused_on_the_command_line(tmp_path: Path):
    from posassist.store.database import open_database

    db = open_database(tmp_path / "posassist.sqlite3")
    db["_sqlite_migrations"].insert(
        {"migration_set": "posassist", "name": "m999", "applied_at": "x"}
    )
    db.close()
    result = run("cases", "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "newer POS Assist" in result.stderr
    assert "Traceback" not in result.stderr


def test_attach_prints_one_line_per_file_and_fails_on_a_refusal(tmp_path: Path):
    from corpus import corpus_file

    good = corpus_file("receipts", "mindee__receipt.jpg")
    bad = corpus_file("bad-images", "pillow__truncated_image.png")
    case_id = run("demo-case", "--data-dir", str(tmp_path)).stdout.strip()
    first = run(
        "attach",
        case_id,
        str(good),
        "--data-dir",
        str(tmp_path),
        "--stage",
        "money",
        "--category",
        "fee_receipt",
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == f"{good}: stored"
    second = run("attach", case_id, str(good), str(bad), "--data-dir", str(tmp_path))
    assert second.returncode == 1
    lines = second.stdout.strip().splitlines()
    assert lines[0] == f"{good}: duplicate"
    assert lines[1].startswith(f"{bad}: refused: ")
    missing = run("attach", "99", str(good), "--data-dir", str(tmp_path))
    assert missing.returncode == 2
    assert "no case 99" in missing.stderr


def _case_with_a_slip(tmp_path: Path) -> Path:
    from PIL import Image

    slip = tmp_path / "slip.jpg"
    Image.new("RGB", (600, 900), "white").save(slip, quality=90)
    assert run("demo-case", "--data-dir", str(tmp_path)).returncode == 0
    attached = run("attach", "1", str(slip), "--data-dir", str(tmp_path))
    assert attached.returncode == 0, attached.stdout + attached.stderr
    return slip


def test_export_in_english_loads_no_qt_and_in_chinese_speaks_chinese(tmp_path: Path):
    """The English export names its language itself: no QtCore (0.1 s of start-up);
    the Chinese one reads the app's catalogue."""
    import shutil

    _case_with_a_slip(tmp_path)
    out = tmp_path / "en.pdf"
    probe = (
        "import sys\n"
        "from posassist.cli import main\n"
        f"code = main(['export', '1', '-o', {str(out)!r}, '--lang', 'en',"
        f" '--data-dir', {str(tmp_path)!r}])\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
        "sys.exit(code)\n"
    )
    english = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent,
    )
    assert english.returncode == 0, english.stderr
    assert english.stdout.strip().splitlines()[-1] == "no qt"
    chinese = run("export", "1", "-o", str(tmp_path / "zh.pdf"), "--data-dir", str(tmp_path))
    assert chinese.returncode == 0, chinese.stderr
    # pdftotext is Debian's (poppler-utils, .ci/system-packages), not a Python package's.
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) must be installed"
    texts = {}
    for name in ("en", "zh"):
        texts[name] = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(tmp_path / f"{name}.pdf"), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    assert "Evidence index" in texts["en"] and "证据目录" not in texts["en"]
    assert "证据目录" in texts["zh"] and "Evidence index" not in texts["zh"]


def test_export_of_a_damaged_store_says_so_and_writes_nothing(tmp_path: Path):
    import sqlite3

    _case_with_a_slip(tmp_path)
    with sqlite3.connect(tmp_path / "posassist.sqlite3") as db:
        db.execute("UPDATE blobs SET data = CAST(zeroblob(length(data)) AS BLOB)")
    out = tmp_path / "out.pdf"
    result = run("export", "1", "-o", str(out), "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert "E-01 slip.jpg" in result.stderr  # which item, not only which hash
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.pdf")]
