"""`posassist letter CASE_ID --kind KIND -o FILE`: a letter made from a case (usecases.letters).

Exit 0 when written; 1 when the case lacks facts the letter needs (each one listed, in
the command's language, nothing written) or the file cannot be written; 2 for bad input
(no such case, a bad ID number, -o not a regular file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from posassist.cli.output import fail, not_a_file_to_write, say
from posassist.paths import database_path
from posassist.words import letters as letter_words
from posassist.words.messages import fill
from posassist.words.texts import translate


def _format(args: argparse.Namespace) -> str:
    """--format, else the output's suffix (.docx), else PDF."""
    if args.format:
        return args.format
    return "docx" if Path(args.output).suffix.lower() == ".docx" else "pdf"


def letter(directory: Path, args: argparse.Namespace) -> int:
    from posassist.domain.letters import Need
    from posassist.usecases.letters import MissingFacts, NoSuchCase, make_letter

    out = Path(args.output)
    refused = not_a_file_to_write(out)
    if refused:
        return fail(refused, 2)
    kind_name = letter_words.letter_kind(args.kind)
    try:
        result = make_letter(
            database_path(directory),
            args.case_id,
            args.kind,
            out,
            args.lang or "zh_CN",
            _format(args),
            args.id_number,
        )
    except NoSuchCase as error:
        message = translate("CommandLine", "there is no case %1 (see: posassist cases)")
        return fail(fill(message, error.case_id), 2)
    except MissingFacts as error:
        if any(m.code is Need.BAD_ID_NUMBER for m in error.missing):
            bad = [m for m in error.missing if m.code is Need.BAD_ID_NUMBER][0]
            return fail(f"--id-number: {letter_words.letter_missing(bad)}", 2)
        message = translate("CommandLine", "%1 cannot be made yet; the case still needs:")
        say("posassist: " + fill(message, kind_name), sys.stderr)
        for missing in error.missing:
            say(f"  - {letter_words.letter_missing(missing)}", sys.stderr)
        return 1
    except OSError as error:
        message = translate("CommandLine", "cannot write %1: %2")
        return fail(fill(message, out, error.strerror or str(error)))
    if result.pages is not None:
        template = translate("CommandLine", "%1: %2, %3 pages, evidence cited %4, fingerprint %5")
        say(
            fill(
                template, result.path, kind_name, result.pages, ", ".join(result.cited) or "-",
                result.fingerprint,
            )
        )  # fmt: skip
    else:
        template = translate(
            "CommandLine", "%1: %2 (Word document), evidence cited %3, fingerprint %4"
        )
        say(
            fill(
                template, result.path, kind_name, ", ".join(result.cited) or "-", result.fingerprint
            )
        )
    return 0
