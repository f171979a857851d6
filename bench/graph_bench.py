"""Graph benchmark: build, persist, lineage (warm and cold CLI), export and peak memory.

    python bench/graph_bench.py                                   # quick: 10k docs, 100k citations
    python bench/graph_bench.py --docs 100000 --citations 1000000 # issue #4 scale

Each phase runs in its own process (so that its peak memory is its own) on a synthetic store
made by ``bench/synth.py``; the figures printed are measured in this run.
Targets on 1M citations (issue #4): build <= 10 s, lineage <= 50 ms warm, cold CLI <= 2 s,
peak <= 2 GB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children (workers)."""
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def phase_refresh(store_path: Path) -> dict:
    """Read the store's documents, build the graph, write the graph tables.

    As ``refresh`` does, documents are streamed into the builder (never all held at once), so
    reading and building interleave: ``read_s`` is a separate pass that only reads and decodes
    the documents, and ``build_s`` is the streamed read + build minus that pass. On a large
    store both passes decode in worker processes (``vanban.graph.readpool``) that overlap the
    build, so ``read_build_s`` (wall) is the figure to compare; ``read_build_cpu_s`` adds the
    workers' CPU to the main process's. ``peak_total_mb`` is the main process's peak plus
    ``WORKERS`` times the largest worker's (an upper bound of the sum at any moment).
    """
    from vanban.graph.assemble import paused_gc
    from vanban.graph.build import build_data
    from vanban.graph.persist import _parsed_views, write_graph
    from vanban.graph.readpool import WORKERS
    from vanban.store import open_store

    with open_store(store_path) as store, paused_gc():
        t0 = time.perf_counter()
        for _ in _parsed_views(store):
            pass
        t1 = time.perf_counter()
        c1 = _cpu()
        data = build_data(_parsed_views(store))
        t2 = time.perf_counter()
        c2 = _cpu()
        data.stats.fingerprint = store.documents_fingerprint()
        t3 = time.perf_counter()
        write_graph(store, data)
        t4 = time.perf_counter()
    s = data.stats
    read = t1 - t0
    worker_mb = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return {"read_s": round(read, 2), "build_s": round(t2 - t1 - read, 2),
            "read_build_s": round(t2 - t1, 2), "fingerprint_s": round(t3 - t2, 2),
            "persist_s": round(t4 - t3, 2), "refresh_s": round(t2 - t1 + t4 - t2, 2),
            "nodes": s.nodes, "edges": s.edges, "mentions": s.mentions, "conflicts": s.conflicts,
            "ambiguity_sets": s.ambiguities, "peak_mb": _peak_mb(),
            "read_build_cpu_s": round(sum(c2) - sum(c1), 2),
            "read_build_worker_cpu_s": round(c2[1] - c1[1], 2),
            "peak_worker_mb": worker_mb, "peak_total_mb": round(_peak_mb() + WORKERS * worker_mb, 1)}


def phase_networkx(store_path: Path) -> dict:
    """build_graph in memory (the networkx MultiDiGraph), from the same documents."""
    from vanban.graph.assemble import to_networkx
    from vanban.graph.build import build_data
    from vanban.graph.persist import _parsed_views
    from vanban.store import open_store

    with open_store(store_path) as store:
        t0 = time.perf_counter()
        data = build_data(_parsed_views(store))
        t1 = time.perf_counter()
    graph = to_networkx(data)
    t2 = time.perf_counter()
    return {"read_build_s": round(t1 - t0, 2), "to_networkx_s": round(t2 - t1, 2),
            "nodes": graph.number_of_nodes(), "peak_mb": _peak_mb()}


def _refs(store_path: Path, n: int, seed: int = 7) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(store_path)
    ids = [r[0] for r in conn.execute("SELECT id FROM graph_nodes WHERE in_degree > 0")]
    conn.close()
    return random.Random(seed).sample(ids, min(n, len(ids)))


def _timed(store, refs: list[str], **kwargs) -> dict:
    from vanban.graph.queries import lineage

    times, sizes = [], []
    for ref in refs:
        t0 = time.perf_counter()
        tree = lineage(store, ref, **kwargs)
        times.append((time.perf_counter() - t0) * 1000)
        sizes.append(len(tree.walk()))
        del tree  # freeing a large tree is not the next query's time
    times.sort()
    return {"median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
            "max_ms": round(times[-1], 1), "median_nodes": statistics.median(sizes),
            "max_nodes": max(sizes)}


def phase_lineage(store_path: Path, samples: int) -> dict:
    """Warm lineage over random cited documents, answered from the store's tables.

    Three query shapes: up (all relations, all depths), down to depth 2 (all relations), down
    along "implements" (all depths); plus down with every relation and every depth on a few
    documents, whose trees can hold a large part of a dense synthetic archive; and both
    full-depth shapes with ``max_nodes=1000``.
    """
    from vanban.graph.queries import lineage
    from vanban.store import open_store

    refs = _refs(store_path, samples)
    with open_store(store_path) as store:
        lineage(store, refs[0], depth=1)  # warm: connection, page cache, staleness check
        return {
            "refs": len(refs),
            "up_all": _timed(store, refs, direction="up"),
            "down_depth2": _timed(store, refs, direction="down", depth=2),
            "down_implements": _timed(store, refs, direction="down", relations=["implements"]),
            "down_all_20": _timed(store, refs[:20], direction="down"),
            "up_all_max_1000": _timed(store, refs, direction="up", max_nodes=1000),
            "down_all_max_1000_20": _timed(store, refs[:20], direction="down", max_nodes=1000),
            "peak_mb": _peak_mb(),
        }


def phase_cli(store_path: Path, runs: int) -> dict:
    """Cold `python -m vanban.cli lineage REF --store …` as a subprocess."""
    refs = _refs(store_path, runs, seed=11)
    times = []
    for ref in refs:
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "vanban.cli", "lineage", ref, "--store",
                               str(store_path), "--format", "json"],
                              capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if done.returncode != 0:
            return {"error": done.stderr[-500:]}
    return {"runs": len(times), "cold_median_s": round(statistics.median(times), 2),
            "cold_max_s": round(max(times), 2)}


def phase_export(store_path: Path, out: Path) -> dict:
    """load_graph from the store, then GraphML, GEXF, JSON and CSV of the whole graph."""
    from vanban.graph import export_graph, load_graph

    t0 = time.perf_counter()
    graph = load_graph(store_path)
    result = {"load_graph_s": round(time.perf_counter() - t0, 2)}
    for fmt in ("graphml", "json", "csv", "gexf"):
        t0 = time.perf_counter()
        export_graph(graph, out / f"g.{fmt}", fmt)  # type: ignore[arg-type]
        result[f"{fmt}_s"] = round(time.perf_counter() - t0, 2)
    result["peak_mb"] = _peak_mb()
    return result


def _run(phase: str, store: Path, *extra: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--phase", phase, "--store", str(store),
                           *extra], capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr[-800:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Run every phase and print one JSON line per phase plus a summary against the targets."""
    ap = argparse.ArgumentParser(description="vanban graph benchmark")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--citations", type=int, default=100_000)
    ap.add_argument("--store", type=Path, default=None, help="Reuse or create this store.")
    ap.add_argument("--samples", type=int, default=300, help="Lineage queries to time.")
    ap.add_argument("--skip-export", action="store_true")
    ap.add_argument("--phases", default="refresh,networkx,lineage,cli,export",
                    help="Comma-separated phases to run (on an existing --store).")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        sys.path.insert(0, str(HERE))
        fn = {"refresh": lambda: phase_refresh(args.store),
              "networkx": lambda: phase_networkx(args.store),
              "lineage": lambda: phase_lineage(args.store, args.samples),
              "cli": lambda: phase_cli(args.store, 5),
              "export": lambda: phase_export(args.store, Path(tempfile.mkdtemp()))}[args.phase]
        print(json.dumps(fn()))
        return
    store = args.store or Path(tempfile.mkdtemp()) / "synth.sqlite"
    results = {}
    if not store.exists():
        sys.path.insert(0, str(HERE))
        from synth import generate

        results["synth"] = generate(store, args.docs, args.citations)
        print("synth", json.dumps(results["synth"]), flush=True)
    phases = [p for p in args.phases.split(",") if not (args.skip_export and p == "export")]
    if "refresh" not in phases:  # the other phases read a current graph
        from vanban.graph.persist import is_current
        from vanban.store import open_store

        with open_store(store) as db:
            if not is_current(db):
                phases.insert(0, "refresh")
    for phase in phases:
        results[phase] = _run(phase, store, "--samples", str(args.samples))
        print(phase, json.dumps(results[phase]), flush=True)
    r, lin, cli = (results.get(k, {}) for k in ("refresh", "lineage", "cli"))
    depth2 = lin.get("down_depth2", {})
    print(f"\nsummary at {r.get('mentions')} citations: read + build {r.get('read_build_s')} s "
          f"wall, {r.get('read_build_cpu_s')} s CPU with the readers' "
          f"(a read-only pass: {r.get('read_s')} s), "
          f"persist {r.get('persist_s')} s, "
          f"lineage warm (down, depth 2) median {depth2.get('median_ms')} ms / "
          f"p95 {depth2.get('p95_ms')} ms, cold CLI {cli.get('cold_median_s')} s, "
          f"peak build {r.get('peak_mb')} MB (with workers <= {r.get('peak_total_mb')} MB); "
          f"hot modules {'compiled (mypyc)' if _native_status()[0] else 'plain Python'}")


def _native_status() -> tuple[bool, str]:
    sys.path.insert(0, str(HERE.parent))
    from vanban import _native

    return _native.status()


if __name__ == "__main__":
    main()
