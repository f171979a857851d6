"""Synthetic corpora for the graph benchmark: realistic symbols, scopes, terms and some conflicts.

Writes parsed documents straight into a store's ``documents`` table (bulk insert of the same
JSON ``Store.save_document`` writes, with a tiny extraction), so that 100k documents with 1M
citations take seconds to make. The corpus imitates an archive: central Party documents per
term (``25-NQ/TW``), central state documents (``04/2015/NĐ-CP``, ``16/CT-TTg``, laws),
provincial Party and People's Committee documents of the 63 pre-2025 provinces (``07-CT/TU``,
``18/CT-UBND``), district and grass-roots ones (``15-NQ/HU``, ``665-CT/ĐU``). Each document cites
older ones, mostly above it and in its own province; some citations are undated, some carry a
wrong date (conflicts), some name documents that were never ingested (stubs).

    python bench/synth.py --docs 100000 --citations 1000000 --store /tmp/synth.sqlite
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from vanban.graph.localities import LEGACY_PROVINCES
from vanban.graph.terms import central_term, local_term
from vanban.store import open_store

PROVINCES = sorted({*LEGACY_PROVINCES, "Hà Nội", "Hải Phòng", "Cao Bằng", "Thái Nguyên",
                    "Nghệ An", "Thanh Hóa", "Lạng Sơn", "Quảng Ninh", "Sơn La", "Lào Cai",
                    "Tuyên Quang", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Hà Tĩnh",
                    "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Đắk Lắk",
                    "Lâm Đồng", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
                    "Cà Mau", "An Giang", "Điện Biên", "Lai Châu"} - {"Thừa Thiên Huế"})
DISTRICTS = ["Gia Lâm", "Đông Anh", "Thanh Trì", "Sóc Sơn", "Mê Linh", "Ba Vì", "Thạch Thất"]
PARTY_TYPES = [("NQ", "Nghị quyết"), ("CT", "Chỉ thị"), ("KL", "Kết luận"), ("QĐ", "Quyết định"),
               ("HD", "Hướng dẫn"), ("KH", "Kế hoạch"), ("CTr", "Chương trình")]
STATE_TYPES = [("QĐ", "Quyết định"), ("CT", "Chỉ thị"), ("KH", "Kế hoạch"), ("NQ", "Nghị quyết")]
RELATIONS = ["implements"] * 5 + ["based_on", "guides", "amends", "cites", "cites", "cites"]
START, END = dt.date(2001, 6, 1), dt.date(2025, 12, 31)


@dataclass
class Doc:
    symbol: str
    doc_type: str
    issuer: str
    date: dt.date
    level: int  # 0 central, 1 province, 2 district/grass-roots
    province: str | None = None
    cites: list[dict] = field(default_factory=list)


class Numbering:
    """Running numbers per series, restarting as the real ones do (term or year)."""

    def __init__(self) -> None:
        self.next: dict[tuple, int] = {}

    def take(self, series: tuple) -> int:
        n = self.next.get(series, 0) + 1
        self.next[series] = n
        return n


def _date(rng: random.Random) -> dt.date:
    return START + dt.timedelta(days=rng.randrange((END - START).days))


def _central(rng: random.Random, num: Numbering, date: dt.date) -> Doc:
    roll = rng.random()
    if roll < 0.4:
        code, name = rng.choice(PARTY_TYPES)
        n = num.take(("TW", code, central_term(date)))
        issuer = rng.choice(["Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"])
        return Doc(f"{n:02d}-{code}/TW", name, issuer, date, 0)
    if roll < 0.6:
        n = num.take(("NĐ", date.year))
        return Doc(f"{n:02d}/{date.year}/NĐ-CP", "Nghị định", "Chính phủ", date, 0)
    if roll < 0.85:
        code, name = rng.choice([("QĐ", "Quyết định"), ("CT", "Chỉ thị")])
        n = num.take(("TTg", code, date.year))
        return Doc(f"{n}/{code}-TTg", name, "Thủ tướng Chính phủ", date, 0)
    ministry = rng.choice(["BNV", "BTC", "BTP", "BGDĐT", "BYT"])
    n = num.take(("TT", ministry, date.year))
    return Doc(f"{n:02d}/{date.year}/TT-{ministry}", "Thông tư", f"Bộ {ministry}", date, 0)


def _local(rng: random.Random, num: Numbering, date: dt.date, level: int) -> Doc:
    province = rng.choice(PROVINCES)
    if level == 1 and rng.random() < 0.5:
        code, name = rng.choice(PARTY_TYPES)
        n = num.take(("TU", province, code, local_term(date, "province")))
        return Doc(f"{n:02d}-{code}/TU", name, f"Ban Thường vụ Tỉnh ủy {province}", date, 1,
                   province)
    if level == 1:
        code, name = rng.choice(STATE_TYPES)
        n = num.take(("UBND", province, code, date.year))
        return Doc(f"{n}/{code}-UBND", name, f"Ủy ban nhân dân tỉnh {province}", date, 1,
                   province)
    district = rng.choice(DISTRICTS)
    code, name = rng.choice(PARTY_TYPES)
    n = num.take(("HU", province, district, code, local_term(date, "district")))
    return Doc(f"{n:02d}-{code}/HU", name, f"Ban Thường vụ Huyện ủy {district}", date, 2,
               province)


def _population(rng: random.Random, total: int) -> list[Doc]:
    """``total`` documents in date order, each with its real (restarting) number."""
    num = Numbering()
    docs = []
    for _ in range(total):
        date = _date(rng)
        roll = rng.random()
        level = 0 if roll < 0.08 else (1 if roll < 0.5 else 2)
        docs.append(_central(rng, num, date) if level == 0 else _local(rng, num, date, level))
    docs.sort(key=lambda d: d.date)
    return docs


def _pick(rng: random.Random, pool: list[Doc], window: int = 3000) -> Doc | None:
    """A recent document of ``pool``, the most recent ones more likely."""
    if not pool:
        return None
    span = min(window, len(pool))
    return pool[len(pool) - 1 - int(span * rng.random() ** 2)]


def _citation(rng: random.Random, cited: Doc, relation: str) -> dict:
    date: dt.date | None = cited.date
    roll = rng.random()
    if roll < 0.03:
        date = None  # undated mention
    elif roll < 0.04:
        date = cited.date.replace(day=min(28, cited.date.day)) - dt.timedelta(days=rng.choice(
            [30, 61, 365]))  # a wrong date: a conflict (or, across a term, another document)
    issuer = cited.issuer if cited.level == 0 or rng.random() < 0.5 else None
    shown = f" ngày {date:%d/%m/%Y}" if date else ""
    text = f"{cited.doc_type} số {cited.symbol}{shown}" + (f" của {issuer}" if issuer else "")
    return {"symbol": cited.symbol, "doc_type": cited.doc_type,
            "date": date.isoformat() if date else None, "issuer": issuer, "term": None,
            "relation": relation, "text": text, "start": 0, "end": len(text), "page": 1,
            "scope": None, "flags": []}


def _cite(rng: random.Random, doc: Doc, n: int, pools: dict[str, list[Doc]],
          local: dict[str, list[Doc]]) -> None:
    for _ in range(n):
        roll = rng.random()
        if doc.level > 0 and roll < 0.45:
            cited = _pick(rng, local.get(doc.province or "", []), 400)
        elif roll < 0.1:
            cited = _pick(rng, pools["stubs"])
        else:
            cited = _pick(rng, pools["central"])
        if cited is not None and cited.symbol != doc.symbol:
            doc.cites.append(_citation(rng, cited, rng.choice(RELATIONS)))


def _parsed(doc: Doc, source: str) -> str:
    header = {"doc_type": doc.doc_type, "symbol": doc.symbol, "issuer": doc.issuer,
              "parent_issuer": None, "place": doc.province or "Hà Nội",
              "date": doc.date.isoformat(), "title": f"Về việc {doc.doc_type.lower()} số {doc.symbol}",
              "signer": None, "signer_position": None, "recipients": [], "locality": doc.province}
    return json.dumps({"source": source, "sha256": None, "kind": "official", "header": header,
                       "citations": doc.cites, "relations": [], "references": [],
                       "methods": ["text_layer"]}, ensure_ascii=False)


def generate(store_path: Path, docs: int, citations: int, seed: int = 4) -> dict[str, float]:
    """Write a synthetic corpus into a new store; return its counts and the seconds it took."""
    started = time.perf_counter()
    rng = random.Random(seed)
    everything = _population(rng, int(docs * 1.25))
    ingested = set(rng.sample(range(len(everything)), docs))
    pools: dict[str, list[Doc]] = {"central": [], "stubs": []}
    local: dict[str, list[Doc]] = {}
    avg = max(1, round(citations / docs))
    rows, total = [], 0
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    for i, doc in enumerate(everything):
        if i in ingested:
            _cite(rng, doc, rng.randint(max(1, avg - 4), avg + 4), pools, local)
            total += len(doc.cites)
            source = f"synth/{doc.level}/{i:07d}.txt"
            extracted = zlib.compress(json.dumps({"source": source, "pages": []}).encode())
            rows.append((f"{i:064x}", source, "text", "synth", "synth", 1, 0, len(doc.cites),
                         doc.symbol, extracted, _parsed(doc, source), now))
        (pools["central"] if doc.level == 0 else local.setdefault(doc.province or "", [])).append(doc)
        if i not in ingested:
            pools["stubs"].append(doc)
    with open_store(store_path) as store, store.transaction() as c:
        c.executemany("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        c.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?)",
                      ((r[1], r[0], 0, now) for r in rows))
    return {"documents": len(rows), "citations": total,
            "seconds": round(time.perf_counter() - started, 2)}


def main() -> None:
    """Command line: make one synthetic store."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--citations", type=int, default=100_000)
    ap.add_argument("--store", type=Path, default=Path("/tmp/vanban-synth.sqlite"))
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()
    if args.store.exists():
        args.store.unlink()
    print(json.dumps(generate(args.store, args.docs, args.citations, args.seed)))


if __name__ == "__main__":
    main()
