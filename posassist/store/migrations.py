"""The schema, as append-only forward steps. Never edit a step that has shipped: add one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "posassist"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_cases(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            shop_name TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            terminal_type TEXT NOT NULL DEFAULT 'hardware',
            ownership TEXT NOT NULL DEFAULT 'leased',
            reason TEXT NOT NULL DEFAULT 'closing',
            fault_outcome TEXT NOT NULL DEFAULT 'repair',
            currency TEXT NOT NULL DEFAULT 'CNY',
            status TEXT NOT NULL DEFAULT 'in_progress',
            current_stage TEXT NOT NULL DEFAULT 'terminal',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Every other field of every stage: one row per (case, field key).
        CREATE TABLE case_values (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value,
            PRIMARY KEY (case_id, key)
        );
        CREATE TABLE checks (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            checked INTEGER NOT NULL,
            changed_at TEXT NOT NULL,
            PRIMARY KEY (case_id, key)
        );
        CREATE TABLE stage_marks (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            done_at TEXT NOT NULL,
            PRIMARY KEY (case_id, stage)
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            channel TEXT NOT NULL,
            person TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            follow_up TEXT
        );
        CREATE INDEX contacts_case ON contacts(case_id);
        CREATE TABLE fees (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            due_minor INTEGER NOT NULL DEFAULT 0,
            paid_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL,
            direction TEXT NOT NULL,
            on_date TEXT,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX fees_case ON fees(case_id);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            event TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX history_case ON history(case_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        """
    )


@migrations()
def m002_history_append_only(db: Database) -> None:
    # The dossier's chronology is built from the history: no row may change or vanish.
    db.executescript(
        """
        CREATE TRIGGER history_no_update BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        """
    )


@migrations()
def m003_evidence(db: Database) -> None:
    # Bytes live in `blobs` (one row per distinct file, shared between cases) so that
    # listing a case's evidence never reads them.
    db.executescript(
        """
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            stage TEXT NOT NULL,
            category TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            doc_date TEXT,
            original_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            size INTEGER NOT NULL,
            pages INTEGER NOT NULL DEFAULT 1,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            imported_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            removed_at TEXT
        );
        -- The same bytes are kept once per case: adding them again is a duplicate.
        CREATE UNIQUE INDEX evidence_case_file ON evidence(case_id, sha256);
        CREATE TABLE thumbnails (
            sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256),
            png BLOB NOT NULL
        );
        """
    )


@migrations()
def m004_pdf_fonts(db: Database) -> None:
    # What an evidence PDF's pages draw text with (evidence.pdf_fonts), found out once
    # when it is imported rather than at every export. Keyed by the bytes, like the
    # thumbnails; `version` says which analysis found it (another one finds out again).
    db.executescript(
        """
        CREATE TABLE pdf_fonts (
            sha256 TEXT PRIMARY KEY REFERENCES blobs(sha256),
            version INTEGER NOT NULL,
            facts TEXT NOT NULL
        );
        """
    )


@migrations()
def m005_statements(db: Database) -> None:
    # Statements (their masked bytes are evidence rows), their rows, and the settlement
    # check's findings. A row is kept once per case and source however many overlapping
    # statements bring it (row_key); a finding is kept once per key and never deleted:
    # one a later check no longer finds gets gone_at, one the owner explained its note.
    db.executescript(
        """
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id),
            source TEXT NOT NULL CHECK (source IN ('provider', 'bank')),
            original_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            layout TEXT NOT NULL,
            encoding TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL,
            first_date TEXT,
            last_date TEXT,
            rows_read INTEGER NOT NULL,
            rows_added INTEGER NOT NULL,
            rows_bad INTEGER NOT NULL,
            bad_rows TEXT NOT NULL DEFAULT '[]',
            masked_count INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX statements_case_file ON statements(case_id, sha256);
        CREATE TABLE statement_rows (
            id INTEGER PRIMARY KEY,
            statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL,
            source TEXT NOT NULL,
            line INTEGER NOT NULL,
            on_date TEXT NOT NULL,
            at_time TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL,
            fee_minor INTEGER,
            net_minor INTEGER,
            currency TEXT NOT NULL,
            amount_currency TEXT NOT NULL DEFAULT '',
            settled_on TEXT,
            card TEXT NOT NULL DEFAULT '',
            merchant_id TEXT NOT NULL DEFAULT '',
            terminal_id TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            batch TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            row_key TEXT NOT NULL
        );
        CREATE UNIQUE INDEX statement_rows_key ON statement_rows(case_id, source, row_key);
        CREATE INDEX statement_rows_statement ON statement_rows(statement_id);
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            code TEXT NOT NULL,
            on_date TEXT NOT NULL,
            until_date TEXT,
            owed_minor INTEGER NOT NULL,
            currency TEXT NOT NULL,
            rows TEXT NOT NULL,
            data TEXT NOT NULL,
            found_at TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            gone_at TEXT,
            explained_at TEXT,
            explained_note TEXT
        );
        CREATE UNIQUE INDEX findings_case_key ON findings(case_id, key);
        CREATE TRIGGER findings_no_delete BEFORE DELETE ON findings
        BEGIN SELECT RAISE(ABORT, 'findings are never deleted'); END;
        """
    )


@migrations()
def m006_case_deletions(db: Database) -> None:
    # A case created by mistake may be deleted, and the deletion is recorded here. History
    # stays append-only: its rows may only go with their case, while that case's deletion
    # row is still open (finished_at NULL), which store/deletion.py opens and closes
    # inside the one transaction that deletes the case. The record itself is never
    # changed or removed once finished.
    db.executescript(
        """
        CREATE TABLE deletions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL,
            shop_name TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            deleted_at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            evidence_items INTEGER NOT NULL DEFAULT 0,
            history_lines INTEGER NOT NULL DEFAULT 0,
            blobs_freed INTEGER NOT NULL DEFAULT 0,
            bytes_freed INTEGER NOT NULL DEFAULT 0,
            finished_at TEXT
        );
        DROP TRIGGER history_no_delete;
        CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        WHEN NOT EXISTS (
            SELECT 1 FROM deletions WHERE case_id = OLD.case_id AND finished_at IS NULL
        )
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
        CREATE TRIGGER deletions_no_delete BEFORE DELETE ON deletions
        BEGIN SELECT RAISE(ABORT, 'the record of deletions is append-only'); END;
        CREATE TRIGGER deletions_finish_once BEFORE UPDATE ON deletions
        WHEN OLD.finished_at IS NOT NULL OR NEW.finished_at IS NULL
            OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id
            OR NEW.shop_name IS NOT OLD.shop_name OR NEW.provider IS NOT OLD.provider
            OR NEW.created_at IS NOT OLD.created_at OR NEW.deleted_at IS NOT OLD.deleted_at
            OR NEW.actor IS NOT OLD.actor OR NEW.evidence_items IS NOT OLD.evidence_items
            OR NEW.history_lines IS NOT OLD.history_lines
        BEGIN SELECT RAISE(ABORT, 'the record of deletions is append-only'); END;
        """
    )


@migrations()
def m007_findings_go_with_their_case(db: Database) -> None:
    # Findings are never deleted, except with their case while its deletion is in
    # progress (the rule m006 gives history).
    db.executescript(
        """
        DROP TRIGGER findings_no_delete;
        CREATE TRIGGER findings_no_delete BEFORE DELETE ON findings
        WHEN NOT EXISTS (
            SELECT 1 FROM deletions WHERE case_id = OLD.case_id AND finished_at IS NULL
        )
        BEGIN SELECT RAISE(ABORT, 'findings are never deleted'); END;
        """
    )


@migrations()
def m008_recognised_text(db: Database) -> None:
    # The text recognised on an original's pages (evidence.ocr), beside it and never in it:
    # keyed by the bytes and by the engine and its version (its wheel carries the models),
    # so another engine or version reads again while this one's result is kept. `pages` is
    # the lines with their boxes and confidences as JSON; `text` all lines, for search;
    # `problem` why the file could not be read (then it is not tried again by this version).
    db.executescript(
        """
        CREATE TABLE recognised_text (
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            engine TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            recognised_at TEXT NOT NULL,
            pages TEXT NOT NULL,
            text TEXT NOT NULL,
            problem TEXT,
            PRIMARY KEY (sha256, engine, engine_version)
        );
        """
    )


@migrations()
def m009_complaints(db: Database) -> None:
    # The complaint log beside the contact log: where, when, the ticket, what was asked
    # and the answer. Self-contained: it needs nothing from any step after m007.
    db.executescript(
        """
        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            filed_on TEXT NOT NULL,
            place TEXT NOT NULL,
            place_note TEXT NOT NULL DEFAULT '',
            ticket TEXT NOT NULL DEFAULT '',
            request TEXT NOT NULL DEFAULT '',
            promised_on TEXT,
            answer TEXT NOT NULL DEFAULT '',
            answered_on TEXT
        );
        CREATE INDEX complaints_case ON complaints(case_id);
        """
    )


@migrations()
def m010_evidence_amount(db: Database) -> None:
    # The amount a slip or receipt shows, as the owner typed or accepted it from what was
    # read on it (domain.slip): integer minor units and its currency, NULL when not given.
    # The slip cross-check (domain.settlement) matches it against the statement rows.
    db.executescript(
        """
        ALTER TABLE evidence ADD COLUMN amount_minor INTEGER;
        ALTER TABLE evidence ADD COLUMN amount_currency TEXT;
        """
    )


KNOWN = tuple(m.name for m in migrations._migrations)
