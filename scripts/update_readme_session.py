"""Re-run the README's terminal session and paste its real output between the markers.

Run from the repo root, in the venv: ``python scripts/update_readme_session.py``. It ingests
data/raw into a temporary store, so the committed session is always what the code prints.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [
    "vanban ingest data/raw --no-progress",
    "vanban lineage 25-NQ/TW --down",
    "vanban lineage 07-CT/TU --up --depth 1",
    "vanban cited-by 18/2000/CT-TTg",
    "vanban implementers 25-NQ/TW",
    "vanban conflicts",
    "vanban export --format graphml -o data/processed/vanban.graphml",
]


def session(store: Path) -> str:
    """Run every command against ``store`` and return the transcript."""
    env_store = ["--store", str(store)]
    lines = []
    for command in COMMANDS:
        args = shlex.split(command)
        run = [sys.executable, "-m", "vanban.cli", *args[1:], *env_store]
        env = {**os.environ, "COLUMNS": "120"}  # the width of a terminal the README is read on
        out = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=False, env=env)
        lines.append(f"$ {command}")
        lines.append((out.stdout + out.stderr).rstrip())
        lines.append("")
    return "\n".join(lines).replace(str(store), "data/processed/vanban.sqlite")


def main() -> None:
    """Rewrite the session block of README.md."""
    with tempfile.TemporaryDirectory() as tmp:
        text = session(Path(tmp) / "vanban.sqlite")
    readme = ROOT / "README.md"
    block = f"<!-- session:start -->\n```text\n{text.rstrip()}\n```\n<!-- session:end -->"
    new = re.sub(r"<!-- session:start -->.*?<!-- session:end -->", lambda _: block,
                 readme.read_text(encoding="utf-8"), flags=re.S)
    readme.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
