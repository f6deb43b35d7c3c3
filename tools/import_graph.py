"""Draw the import graph of posassist's layers (docs/architecture-imports.svg).

    .venv/bin/python -m tools.import_graph            # writes docs/architecture-imports.{dot,svg}

Reads the imports with grimp (which import-linter checks the contract with), folds them
to the top-level packages, and renders them with Graphviz's `dot` (Debian: graphviz).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["cli", "ui", "usecases", "words", "report", "evidence", "store", "domain"]


def package_edges() -> dict[tuple[str, str], int]:
    graph = grimp.build_graph("posassist", cache_dir=None)
    edges: dict[tuple[str, str], int] = {}
    for module in graph.modules:
        source = _layer(module)
        for imported in graph.find_modules_directly_imported_by(module):
            target = _layer(imported)
            if source and target and source != target:
                edges[(source, target)] = edges.get((source, target), 0) + 1
    return edges


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def dot(edges: dict[tuple[str, str], int]) -> str:
    lines = [
        "digraph posassist {",
        '  rankdir=TB; node [shape=box, style="rounded,filled", fillcolor="#eef3f8",'
        ' fontname="Helvetica"]; edge [color="#557799"];',
    ]
    for rank, layer in enumerate(LAYERS):
        lines.append(f'  {layer} [label="{layer}/", group=g{rank}];')
    for (source, target), count in sorted(edges.items()):
        lines.append(f'  {source} -> {target} [label="{count}", fontsize=9];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = dot(package_edges())
    out = ROOT / "docs" / "architecture-imports.dot"
    out.write_text(text)
    renderer = shutil.which("dot")  # Graphviz, a Debian package (not a Python tool)
    if renderer is None:
        print("wrote the .dot; install graphviz to render it", file=sys.stderr)
        return 1
    subprocess.run([renderer, "-Tsvg", str(out), "-o", str(out.with_suffix(".svg"))], check=True)
    subprocess.run([renderer, "-Tpng", str(out), "-o", str(out.with_suffix(".png"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
