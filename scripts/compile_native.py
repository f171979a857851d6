"""Compile the parser's and the graph builder's hot modules with mypyc (``vanban/_native.py``).

    python scripts/compile_native.py           # compile into vanban/_native/ (unless current)
    python scripts/compile_native.py --clean   # remove the compiled modules

The sources are copied to a temporary directory and compiled there, so that nothing is written
beside them; the binaries and a manifest of the sources' hashes then replace ``vanban/_native/``
in one rename. ``scripts/bootstrap.sh`` runs this after installing; when it fails (no C
compiler, no mypy) vanban runs the same modules as plain Python.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban._native import (  # noqa: E402  (stdlib-only module: nothing compiled is loaded)
    LIB_DIR, MANIFEST, MODULES, NATIVE_DIR, PACKAGE, build_tag, digest, source_of,
    why_not_current)

_SETUP = """
from mypyc.build import mypycify
from setuptools import setup

setup(name="vanban-native", ext_modules=mypycify(
    {paths!r} + ["--ignore-missing-imports", "--follow-imports=silent"],
    opt_level="3", group_name="vanban_native"))
"""


def compile_all(out: Path = NATIVE_DIR) -> float:
    """Compile :data:`MODULES` into ``out``; returns the seconds it took."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="vanban-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(PACKAGE, work / "vanban",
                        ignore=shutil.ignore_patterns("__pycache__", "_native", "*.so"))
        hashes = {m: digest(source_of(m)) for m in MODULES}
        paths = [str(Path(*m.split(".")).with_suffix(".py")) for m in MODULES]
        (work / "setup.py").write_text(_SETUP.format(paths=paths), encoding="utf-8")
        env = dict(os.environ, MYPY_CACHE_DIR=str(work / ".mypy_cache"))
        subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=work,
                       env=env, check=True, stdout=subprocess.DEVNULL)
        staged = work / "_native"
        tag = build_tag()
        for module in MODULES:
            parts = module.split(".")
            built = work.joinpath(*parts[:-1], parts[-1] + tag)
            target = staged.joinpath(*parts[1:-1], parts[-1] + tag)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(built, target)
        lib = staged / LIB_DIR.relative_to(NATIVE_DIR)
        lib.mkdir(parents=True)
        for shared in work.glob(f"*__mypyc{tag}"):
            shutil.move(shared, lib / shared.name)
        (staged / MANIFEST.relative_to(NATIVE_DIR)).write_text(
            json.dumps({"tag": tag, "sources": hashes}, indent=1), encoding="utf-8")
        old = out.with_name(out.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        shutil.move(staged, out)
        shutil.rmtree(old, ignore_errors=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--force", action="store_true", help="compile even when current")
    args = parser.parse_args()
    if args.clean:
        shutil.rmtree(NATIVE_DIR, ignore_errors=True)
        print(f"removed {NATIVE_DIR}")
        return 0
    if not args.force and why_not_current() is None:
        print(f"compiled modules in {NATIVE_DIR} are current")
        return 0
    try:
        seconds = compile_all()
    except (subprocess.CalledProcessError, OSError) as exc:
        print(f"compile_native: not compiled ({exc}); vanban runs as plain Python",
              file=sys.stderr)
        return 1
    print(f"compiled {len(MODULES)} modules into {NATIVE_DIR} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
