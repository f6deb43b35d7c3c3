"""A rolling backup is taken before every export, unless nothing changed since the last."""

from __future__ import annotations

import time
from pathlib import Path

from posassist.usecases.casefile import list_backups, open_case_file
from posassist.usecases.export import export_case


def test_an_export_backs_up_first_and_twice_in_a_row_once(tmp_path: Path):
    path = tmp_path / "posassist.sqlite3"
    with open_case_file(path) as case_file:
        case_id = case_file.add_demo_case()
    time.sleep(1.1)  # times are kept to the second
    export_case(path, case_id, tmp_path / "a.pdf", "en")
    export_case(path, case_id, tmp_path / "b.pdf", "en")
    first = list_backups(path)
    assert len(first) == 1 and first[0].cases == 1
    time.sleep(1.1)
    with open_case_file(path) as case_file:
        case_file.cases.set_value(case_id, "shop_name", "改过的店名")
    time.sleep(1.1)
    export_case(path, case_id, tmp_path / "c.pdf", "en")
    assert len(list_backups(path)) == 2
