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


def phase_refresh(store_path: Path) -> dict:
    """Read the store's documents, build the graph, write the graph tables."""
    from vanban.graph.build import build_data
    from vanban.graph.persist import _parsed_views, write_graph
    from vanban.store import open_store

    with open_store(store_path) as store:
        t0 = time.perf_counter()
        views = list(_parsed_views(store))
        t1 = time.perf_counter()
        data = build_data(views)
        t2 = time.perf_counter()
        data.stats.fingerprint = store.documents_fingerprint()
        t3 = time.perf_counter()
        write_graph(store, data)
        t4 = time.perf_counter()
    s = data.stats
    return {"read_s": round(t1 - t0, 2), "build_s": round(t2 - t1, 2),
            "fingerprint_s": round(t3 - t2, 2), "persist_s": round(t4 - t3, 2),
            "nodes": s.nodes, "edges": s.edges, "mentions": s.mentions, "conflicts": s.conflicts,
            "ambiguity_sets": s.ambiguities, "peak_mb": _peak_mb()}


def phase_networkx(store_path: Path) -> dict:
    """build_graph in memory (the networkx MultiDiGraph), from the same documents."""
    from vanban.graph.assemble import to_networkx
    from vanban.graph.build import build_data
    from vanban.graph.persist import _parsed_views
    from vanban.store import open_store

    with open_store(store_path) as store:
        views = list(_parsed_views(store))
    t0 = time.perf_counter()
    data = build_data(views)
    t1 = time.perf_counter()
    graph = to_networkx(data)
    t2 = time.perf_counter()
    return {"build_s": round(t1 - t0, 2), "to_networkx_s": round(t2 - t1, 2),
            "nodes": graph.number_of_nodes(), "peak_mb": _peak_mb()}


def _refs(store_path: Path, n: int, seed: int = 7) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(store_path)
    ids = [r[0] for r in conn.execute("SELECT id FROM graph_nodes WHERE in_degree > 0")]
    conn.close()
    return random.Random(seed).sample(ids, min(n, len(ids)))


def phase_lineage(store_path: Path, samples: int) -> dict:
    """Warm lineage (down, all depths) over random cited documents, from the store's tables."""
    from vanban.graph.queries import lineage
    from vanban.store import open_store

    refs = _refs(store_path, samples)
    with open_store(store_path) as store:
        lineage(store, refs[0])  # warm: connection, page cache, staleness check
        times, sizes = [], []
        for ref in refs:
            t0 = time.perf_counter()
            tree = lineage(store, ref, direction="down")
            times.append((time.perf_counter() - t0) * 1000)
            sizes.append(len(tree.walk()))
        up = []
        for ref in refs[:100]:
            t0 = time.perf_counter()
            lineage(store, ref, direction="up")
            up.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"refs": len(refs), "down_median_ms": round(statistics.median(times), 2),
            "down_p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
            "down_max_ms": round(times[-1], 1), "tree_median": statistics.median(sizes),
            "tree_max": max(sizes), "up_median_ms": round(statistics.median(up), 2),
            "peak_mb": _peak_mb()}


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
    for phase in ("refresh", "networkx", "lineage", "cli", *(() if args.skip_export else ("export",))):
        results[phase] = _run(phase, store, "--samples", str(args.samples))
        print(phase, json.dumps(results[phase]), flush=True)
    r, lin, cli = results["refresh"], results["lineage"], results["cli"]
    print(f"\nsummary at {r.get('mentions')} citations: build {r.get('build_s')} s "
          f"(+ read {r.get('read_s')} s), persist {r.get('persist_s')} s, "
          f"lineage warm median {lin.get('down_median_ms')} ms / p95 {lin.get('down_p95_ms')} ms, "
          f"cold CLI {cli.get('cold_median_s')} s, peak build {r.get('peak_mb')} MB")


if __name__ == "__main__":
    main()
