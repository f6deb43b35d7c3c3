"""The evidence search over the contents of CSV and text files (a statement's rows), as
they are, whatever their encoding: real statements of the corpus (an Alipay export in
GB18030, a UTF-16 CSV), on a real case file, in the window and below it."""

from __future__ import annotations

from corpus import corpus_file
from drag import drop
from test_evidence_gui import open_new_case
from test_evidence_reading_gui import open_on_step, visible_names, wait_for_search

ALIPAY = ("statements", "deg__example-alipay-records.csv")
UTF16 = ("statements", "csvkit__test_utf16_little.csv")


def case_with_files(tmp_path, *files, stage: str = "backup") -> tuple:
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.evidence import attach

    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部"})
    db.close()
    attach(path, case_id, list(files), stage)
    return path, case_id


def test_a_statement_s_row_is_found_by_its_amount_and_its_words(tmp_path):
    from posassist.usecases import evidence_search
    from posassist.usecases.evidence_search import search_evidence

    alipay, utf16 = corpus_file(*ALIPAY), corpus_file(*UTF16)
    path, case_id = case_with_files(tmp_path, alipay, utf16)
    (found,) = search_evidence(path, case_id, "222228.50")
    assert found.in_file and not found.in_name and found.box == ()
    assert found.line.startswith("2023-01-18 10:17:29 ,转账红包 ,xxxx ,")  # padding as one space
    assert len(found.line) <= evidence_search.LINE_CHARS
    # Chinese words of a GB18030 file, spaces and width aside; a UTF-16 file's cell.
    assert [m.in_file for m in search_evidence(path, case_id, "交通银行信用卡（7449）")] == [True]
    (cell,) = search_evidence(path, case_id, "ʤ")
    assert cell.in_file and cell.line == "4,5,ʤ"
    assert search_evidence(path, case_id, "没有这个词") == []
    # The name still counts, and then the contents are not claimed.
    (by_name,) = search_evidence(path, case_id, "alipay")
    assert by_name.in_name and not by_name.in_file


def test_the_contents_are_decoded_once_and_the_kept_ones_have_a_limit(tmp_path, monkeypatch):
    from posassist.evidence import text
    from posassist.usecases import evidence_search
    from posassist.usecases.evidence_search import search_evidence

    path, case_id = case_with_files(tmp_path, corpus_file(*ALIPAY), corpus_file(*UTF16))
    evidence_search._cache.clear()
    decoded: list[int] = []
    real = text.decode_text
    monkeypatch.setattr(text, "decode_text", lambda data: decoded.append(len(data)) or real(data))
    for query in ("2023", "20230", "202302"):
        search_evidence(path, case_id, query)
    assert len(decoded) == 2  # each file once, on the first search
    monkeypatch.setattr(evidence_search, "CONTENTS_CACHE_CHARS", 100)
    evidence_search._cache.clear()
    search_evidence(path, case_id, "2023")
    assert len(evidence_search._cache) <= 1  # the large one is not kept
    assert len(search_evidence(path, case_id, "222228.50")) == 1  # and is still searched


def test_the_window_finds_a_statement_by_a_row_and_says_it_was_in_the_file(gui, qtbot, monkeypatch):
    from posassist.ui import dialogs

    reports: list = []
    monkeypatch.setattr(dialogs, "show_import_report", lambda *a: reports.append(a))
    window, panel = open_new_case(gui, qtbot, "money")
    with qtbot.waitSignal(panel.importer.finished, timeout=30_000):
        drop(panel, [corpus_file(*ALIPAY)])
    wait_for_search(qtbot, panel, "222228.50")
    assert visible_names(panel) == [ALIPAY[1]]
    panel.list.setCurrentRow(0)
    found = panel.details.found
    assert found.isVisible()
    assert found.text().startswith("Found in the file: “2023-01-18 10:17:29 ,转账红包 ,xxxx")
    assert not reports, "a statement attached is no problem to report"


def test_the_first_search_of_a_large_statement_never_stalls_the_window(gui, qtbot, tmp_path):
    """A 5 MB statement (the corpus's Alipay rows repeated, generated here): decoding and
    folding it for its first search happens on the search's thread, in pieces."""
    from event_loop import event_loop_gaps

    from posassist.usecases import evidence_search

    rows = corpus_file(*ALIPAY).read_bytes()
    large = tmp_path / "large-statement.csv"
    large.write_bytes(rows * (5_000_000 // len(rows)) + "合计,999999.99\n".encode("gb18030"))
    case_file = gui.data_dir / "posassist.sqlite3"
    _path, case_id = case_with_files(gui.data_dir, large, stage="money")
    assert _path == case_file
    evidence_search._cache.clear()
    panel = open_on_step(gui.start(), qtbot, case_id, "money")
    with event_loop_gaps() as gaps:
        wait_for_search(qtbot, panel, "999999.99")
        assert visible_names(panel) == ["large-statement.csv"]
    stall = max(gaps)
    print(f"longest stall on the first search of a 5 MB statement: {stall * 1000:.0f} ms")
    assert stall < 0.100, f"the event loop stalled for {stall * 1000:.0f} ms"
