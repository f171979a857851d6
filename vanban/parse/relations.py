"""Relations from cue words: how the citing document uses each cited one, and embedded relations.

One scan finds every cue (domain 4.6, issue #5 item 5). A cue governs the citations of the
clause it introduces (:mod:`vanban.parse.clauses` finds where clauses end: "quán triệt … cụ thể
là: A, B, C và D" — all implements). The nearest cue wins, so "theo quy định tại", "theo nội dung", "phù hợp với" turn an
earlier action verb into a plain citation. A cue standing right after a cited document and
right before another one states a relation between the two ("Chương trình hành động số
16-CTr/ĐUK … thực hiện Nghị quyết số 25-NQ/TW"): an embedded relation, not the citing
document's own. A monitoring verb before the cue ("giám sát … thực hiện", "kiểm tra việc thực
hiện") makes the citation plain: the document checks others' implementation, it does not
implement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from vanban.parse import fastre, patterns
from vanban.parse.citations import Mention, type_ending
from vanban.parse.clauses import find_boundaries
from vanban.parse.normalize import Normalized
from vanban.parse.tables import CUE_PHRASES

_CUES = re.compile(patterns.CUES)
# After "huong dan", the one cue that is also a type word, a number, "này" (anaphora: "Hướng
# dẫn này") or "liên ngành" makes it the type word.
_NUMBERED = re.compile(r"\s{0,3}(?:so\b|:|\d|nay\b|lien\s{1,3}nganh\b)")
_KINDS = {" ".join(k.replace(",", " ").split()): v[0] for k, v in CUE_PHRASES.items()}
CUE_WINDOW = 600
"""How far before a citation a cue may stand (unless another citation of the clause is closer)."""
POST_WINDOW = 100
_FILLER = fastre.compile(patterns.CUE_FILLER)
_NAMED_LAW_ENUM = fastre.compile(patterns.NAMED_LAW_ENUM_GAP)
_EMBEDDED_GAP = fastre.compile(patterns.EMBEDDED_GAP)
_ACTED_ON = ("replaces", "amends", "repeals")
_FITTING = re.compile(r"[^.;:\n]{0,160}?\bcho\s{1,3}phu\s{1,3}hop\b")
"""Embedded relations after which the citing document no longer stands on the inner document."""

PRIORITY = ("replaces", "repeals", "amends", "guides", "based_on", "implements", "cites")
"""Strongest first: the relation kept when one document is cited several ways."""

_MONITOR_REACH = 40
_POST_REACH = 80


class Cue(NamedTuple):
    """A cue word in the text (normalized offsets; a named tuple: a document has dozens)."""

    start: int
    end: int
    kind: str
    """A relation, or "plain", "monitor", "passive:<relation>", "post:<relation>"."""


@dataclass(frozen=True)
class Embedded:
    """A relation stated between two cited documents."""

    source: Mention
    target: Mention
    relation: str


@lru_cache(maxsize=1024)
def _kind(matched: str) -> str:
    return _KINDS[" ".join(matched.replace(",", " ").split())]


def find_cues(folded: str, windows: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Every cue word (in the given windows, default the whole text), in text order."""
    cues = []
    for lo, hi in windows if windows is not None else [(0, len(folded))]:
        for m in _CUES.finditer(folded, lo, hi):
            start = m.start()
            if start and (folded[start - 1].isalnum()):
                continue
            if folded[start] == "h" and m.group().split() == ["huong", "dan"] \
                    and _NUMBERED.match(folded, m.end()):
                continue  # "Hướng dẫn số 36-HD/BTGTW": the type word, not the verb
            cues.append(Cue(start, m.end(), _kind(m.group())))
    return cues


def cue_windows(mentions: list[Mention], size: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Merged stretches where cues matter (before each citation and just after it), and the
    cut points where a stretch was bounded by ``CUE_WINDOW`` rather than by a citation."""
    spans, cuts = [], []
    prev_end = 0
    for m in mentions:
        lo = max(prev_end, m.left - CUE_WINDOW, 0)
        if lo > prev_end:
            cuts.append(lo)
        spans.append((lo, m.left))
        spans.append((m.end, min(size, m.tail_end + POST_WINDOW)))
        prev_end = m.end
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged, cuts


def assign_relations(norm: Normalized, mentions: list[Mention], *, article: bool = False
                     ) -> list[Embedded]:
    """Set ``relation`` on every mention; return the embedded relations."""
    folded = norm.folded
    windows, cuts = cue_windows(mentions, len(folded))
    cues = find_cues(folded, windows)
    cue_starts = [c.start for c in cues]
    soft: list[int] = []
    bounds = _kept(sorted(set(find_boundaries(norm, windows, soft) + cuts)), mentions, cues,
                   folded)
    soft.sort()
    embedded: list[Embedded] = []
    last_relation: dict[int, str] = {}  # id(target) -> relation of the last embedded record

    def embed(record: Embedded) -> None:
        embedded.append(record)
        last_relation[id(record.target)] = record.relation

    sources: dict[int, Mention] = {}
    walk = _Walk(folded, cues, cue_starts, mentions, norm.text)
    for i, mention in enumerate(mentions):
        clause = bounds[bisect_right(bounds, mention.left) - 1] if bounds and bounds[0] <= mention.left else 0
        prev = mention.enum_prev
        if prev is not None and not _cue_between(cues, cue_starts, prev.end, mention.left):
            mention.relation = prev.relation
            if id(prev) in sources:
                carried = sources[id(prev)]
                sources[id(mention)] = carried
                embed(Embedded(carried, mention, last_relation.get(id(prev), "cites")))
            continue
        soft_start = _soft_start(soft, mentions, i)
        found = _govern(walk, i, max(clause, soft_start))
        if found is None and soft_start > clause:  # "Căn cứ Điều lệ Đảng; Quy định số …": a
            basis = _govern(walk, i, clause)          # preamble's "Căn cứ" reaches every item
            found = basis if basis is not None and basis == ("based_on", None) else None
        if found is None:
            continue
        relation, source = found
        if source is None:
            mention.relation = relation
            continue
        # Inside a clause the document implements or is based on, the document stands on the
        # inner one too ("Thực hiện Chương trình … thực hiện Nghị quyết …").
        # A document the inner one replaces, amends or repeals is no longer what it stands on
        # ("Thực hiện Quyết định số 1374 … (thay thế Quyết định số 905 …)").
        # An agent named in the passive ("… (được sửa đổi, bổ sung bởi Nghị định số …)") acts
        # on the source: a document implementing the source only mentions it, one resting on
        # it rests on the amended text ("Căn cứ Luật … được sửa đổi, bổ sung bởi Luật số …").
        passive = relation.startswith("passive:")
        mention.relation = source.relation if (
            source.relation == "based_on" or source.relation == "implements" and not passive
        ) and relation not in _ACTED_ON else "cites"
        if relation.startswith("passive:"):
            embed(Embedded(mention, source, relation.split(":")[1]))
        else:
            sources[id(mention)] = source
            embed(Embedded(source, mention, relation))
    _list_items(folded, cues, mentions)
    _post_cues(folded, cues, mentions, bounds)
    for mention in mentions:
        if mention.relation in _ACTED_ON and _FITTING.match(folded, mention.end):
            mention.relation = "cites"  # "… thay thế Nghị quyết số … cho phù hợp": a task
    if article:
        for mention in mentions:
            mention.relation = "cites"
    return embedded


_ITEM_MARK = re.compile(r"\n[ \t]{0,8}(?:\d{1,2}[.)\-]|[a-z][.)]|[\-+•*])[ \t]{1,3}(?:cac[ \t]{1,3})?")
_HEAD_LINE = 160
_ITEM_LINES = 60


def _list_items(folded: str, cues: list[Cue], mentions: list[Mention]) -> None:
    """A verb whose line ends in a colon heads the list under it ("Tổ chức học tập, quán triệt,
    triển khai thực hiện các văn bản sau:" then "1- Nghị quyết số …", "2- …"): the document that
    opens each item, and the enumeration it starts, take the verb's relation when nothing in
    its own item gave one. The list ends at a line without a mark after a finished sentence."""
    lefts = [m.left for m in mentions]
    for k, cue in enumerate(cues):
        if cue.kind in ("plain", "monitor") or ":" in cue.kind:
            continue
        eol = folded.find("\n", cue.end, cue.end + _HEAD_LINE)
        if eol < 0 or not folded[cue.end:eol].rstrip().endswith(":") \
                or any(ch in folded[cue.end:eol].rstrip()[:-1] for ch in ".;:") \
                or k + 1 < len(cues) and cues[k + 1].start < eol:
            continue
        line_start = folded.rfind("\n", 0, cue.start) + 1
        pos, lines = eol, 0
        while pos >= 0 and lines < _ITEM_LINES:
            mark = _ITEM_MARK.match(folded, pos)
            if mark is not None:
                j = bisect_left(lefts, mark.end())
                if j < len(mentions) and mentions[j].left - mark.end() <= 2 \
                        and mentions[j].relation == "cites":
                    relation = _doc_relation(folded, cues, k, line_start, mentions[j].left)
                    for m in mentions[j:]:
                        if m is not mentions[j] and m.enum_prev is None:
                            break
                        m.relation = relation
            elif folded[:pos].rstrip(" \t")[-1:] in ".!?:;":
                break  # a new paragraph after a finished sentence: the list is over
            pos = folded.find("\n", pos + 1)
            lines += 1


def _kept(bounds: list[int], mentions: list[Mention], cues: list[Cue], folded: str) -> list[int]:
    """The boundaries that end a clause: none inside a citation ("… và số\n14/2015/QĐ-UBND",
    "ngày\n30 tháng 10 năm 2020"), none between a verb and the colon or line break that opens
    its list ("Bãi bỏ:\n+ khoản 3 Điều 5 … Quyết định số …")."""
    dropped: set[int] = set()
    for m in mentions:
        k = bisect_right(bounds, m.left)
        while k < len(bounds) and bounds[k] < m.end:
            dropped.add(bounds[k])
            k += 1
    for cue in cues:
        if cue.kind in ("plain", "monitor") or ":" in cue.kind:
            continue
        at = cue.end
        while at < len(folded) and folded[at] == " ":
            at += 1
        if folded[at:at + 1] != ":":
            continue
        k, end = bisect_right(bounds, cue.end), at + 1
        while end < len(folded) and folded[end].isspace():
            end += 1
        while k < len(bounds) and bounds[k] <= end:
            dropped.add(bounds[k])
            k += 1
    return [b for b in bounds if b not in dropped] if dropped else bounds


def _soft_start(soft: list[int], mentions: list[Mention], i: int) -> int:
    """The last soft ";" before ``mentions[i]`` that no cited document precedes in its clause
    ("… thực hiện tốt cải cách hành chính; Quyết định số …": the cue does not reach)."""
    k = bisect_right(soft, mentions[i].left) - 1
    recent = mentions[max(0, i - 8):i]
    while k >= 0:
        s = soft[k]
        prev_soft = soft[k - 1] if k > 0 else -1
        if not any(prev_soft <= m.start < s for m in recent):
            return s
        k -= 1
    return 0


class _Walk:
    """What :func:`_govern` looks up, computed once per document: the cues, their starts, the
    last non-"post:" cue at or before each one, and the running maximum of the lefts."""

    def __init__(self, folded: str, cues: list[Cue], starts: list[int], mentions: list[Mention],
                 text: str) -> None:
        self.folded, self.cues, self.starts, self.mentions = folded, cues, starts, mentions
        self.text = text
        self.max_left = list(accumulate((m.left for m in mentions), max))
        self.not_post: list[int] = []
        last = -1
        for k, cue in enumerate(cues):
            if not cue.kind.startswith("post:"):
                last = k
            self.not_post.append(last)

    def first_in_clause(self, i: int, clause: int) -> int:
        """The first mention before ``i`` that starts in the clause (``i`` if none): the lefts'
        running maximum first reaches ``clause`` there."""
        return bisect_left(self.max_left, clause, 0, i)

    def subject(self, i: int, cue: Cue, clause: int) -> Mention | None:
        """The last mention before ``i`` that ends before ``cue`` and starts in the clause."""
        for j in range(i - 1, -1, -1):
            if self.max_left[j] < clause:
                return None
            m = self.mentions[j]
            if m.end <= cue.start and m.left >= clause:
                return m
        return None


def _cue_between(cues: list[Cue], starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(starts, lo)
    return k < len(cues) and cues[k].start < hi


_HARD = "/-"
"""Characters ``patterns.CUE_FILLER`` never matches: a cue with one of them between it and a
citation cannot govern it through the filler rule (every symbol holds one)."""


def _govern(walk: _Walk, i: int, clause: int) -> tuple[str, Mention | None] | None:
    """The governing cue of ``mentions[i]``: (relation, embedded source or None), or None.

    Walking back from the citation, the first cue that has no cited document before it in the
    clause, or only filler words between it and the citation, governs. Linear overall: the
    walk jumps over "post:" cues and over the cues that both have a document before them and
    a symbol character (``_HARD``) after them (none of those can govern).
    """
    folded, cues, mention = walk.folded, walk.cues, walk.mentions[i]
    first = walk.first_in_clause(i, clause)
    no_subject_before = walk.mentions[first].end if first < i else len(folded) + 1
    hard = max(folded.rfind(c, clause, mention.left) for c in _HARD)
    k = bisect_left(walk.starts, mention.left) - 1
    while k >= 0:
        k = walk.not_post[k]
        if k < 0 or cues[k].start < clause:
            break
        cue = cues[k]
        if cue.end > mention.left:
            k -= 1
            continue
        if cue.start < no_subject_before:  # no cited document before the cue in the clause
            return _doc_relation(folded, cues, k, clause, mention.left), None
        if cue.end <= hard:  # a document before it, no filler path after it: skip them all
            k = bisect_left(walk.starts, no_subject_before) - 1
            continue
        subject = walk.subject(i, cue, clause)
        if subject is None or _FILLER.fullmatch(folded, cue.end, mention.left):
            if subject is not None and not _coordinated(folded, cue.start) \
                    and _EMBEDDED_GAP.fullmatch(folded, subject.end, cue.start) \
                    and not _named_subject(walk.text, subject.end, cue.start):
                if cue.kind in ("plain", "monitor"):
                    return "cites", None
                return cue.kind, subject
            return _doc_relation(folded, cues, k, clause, mention.left), None
        if cue.kind not in ("plain", "monitor") and not cue.kind.startswith("passive:") \
                and _NAMED_LAW_ENUM.fullmatch(folded, cue.end, mention.left) \
                and _EMBEDDED_GAP.fullmatch(folded, subject.end, cue.start):
            return cue.kind, subject  # inside the subject's title: "… hướng dẫn Luật A, B"
        k -= 1
    return None


_SUBJECT_REACH = 60


def _named_subject(text: str, lo: int, cue_start: int) -> bool:
    """Whether a body named after the last comma is the verb's subject ("Thực hiện Văn bản số
    2471/BLĐTBXH-BHXH …, Bảo hiểm xã hội Việt Nam hướng dẫn …"): the relation is then that
    body's (the citing document's), not one stated by the document before the comma."""
    comma = text.rfind(",", lo, cue_start)
    if comma < 0 or cue_start - comma > _SUBJECT_REACH:
        return False
    head = text[comma + 1:cue_start].lstrip()
    return head[:1].isupper() and not any(ch.isdigit() for ch in head)


def _coordinated(folded: str, cue_start: int) -> bool:
    """Whether "và" or "đồng thời" joins the cue to what came before: a second verb of the
    citing document ("… thay thế Quyết định số 356/QĐ-UBND … và bãi bỏ khoản 2 Điều 1 Quyết
    định số 88/QĐ-UBND"), not a relation stated by the document before it."""
    words = folded[max(0, cue_start - 16):cue_start].replace(",", " ").split()
    return bool(words) and (words[-1] == "va" or words[-2:] == ["dong", "thoi"])


def _doc_relation(folded: str, cues: list[Cue], k: int, clause: int, left: int) -> str:
    """The citing document's relation from cue ``k`` (governing a citation at ``left``),
    checking for a monitoring verb before it and for "theo" after an action verb."""
    cue = cues[k]
    if cue.kind in ("plain", "monitor"):
        return "cites"
    if cue.kind.startswith("passive:"):
        return "cites"
    if k > 0:
        prev = cues[k - 1]
        if prev.kind == "monitor" and prev.start >= clause and cue.start - prev.end <= _MONITOR_REACH:
            return "cites"
    if cue.kind == "implements" and _follows_rule(folded, cue.end, left):
        return "cites"
    if cue.kind in ("guides", "amends", "replaces", "repeals") and _theo_before(folded, cue.end, left):
        return "cites"
    if cue.kind in ("replaces", "amends", "repeals") and _other_actor(folded, cue.start):
        return "cites"
    return cue.kind


_THEO_REACH = 40


def _follows_rule(folded: str, lo: int, hi: int) -> bool:
    """Whether the word "theo" comes soon after an action verb and before the citation:
    "thực hiện theo hướng dẫn tại Thông tư …", "thực hiện đúng quy trình theo Quy định …". The
    cited document is then a rule the action follows, not the document being implemented."""
    at = folded.find("theo", lo, min(hi, lo + _THEO_REACH))
    while at >= 0:
        if not folded[at - 1].isalnum() and not folded[at + 4:at + 5].isalnum():
            return True
        at = folded.find("theo", at + 4, min(hi, lo + _THEO_REACH))
    return False


_THEO_BEFORE = 16
_FUTURE = ("se", "du kien", "de nghi", "de xuat",
           # a task or a report, not the act itself: "tham mưu sửa đổi Quyết định số …", "rà
           # soát, sửa đổi …", "khi sửa đổi …", "lãnh đạo việc sửa đổi …"; and a past act of
           # another document: "Nghị định 33 đã thay thế các Nghị định số …"
           "tham muu", "nghien cuu", "ra soat", "kien nghi", "khi", "viec", "da")
_DRAFTING = ("ban hanh", "trinh", "du thao", "xay dung", "soan thao")


def _theo_before(folded: str, lo: int, left: int) -> bool:
    """Whether "theo" stands right before the citation ("hướng dẫn các địa phương nâng cấp hệ
    thống theo Thông tư số …", "bổ sung chuẩn mực theo tinh thần Quy định số …"): the guidance
    or amendment follows that document, it does not act on it. (Not for "thực hiện": "thực hiện
    Chương trình … theo Nghị quyết số 30c/NQ-CP" implements it, as the gold file reads it.)"""
    at = folded.rfind("theo", max(lo, left - _THEO_BEFORE), left)
    return at >= 0 and not folded[at - 1].isalnum() and not folded[at + 4:at + 5].isalnum() \
        and not folded.endswith("kem ", 0, at)  # "ban hành kèm theo Quyết định số …": the annex


def _other_actor(folded: str, cue_start: int) -> bool:
    """Whether a replacement, amendment or repeal is another document's, still to come: a
    document to be issued or drafted right before the verb on the same line ("trình ban hành
    nghị quyết thay thế Nghị quyết số …", "dự thảo Quyết định sửa đổi …"), or "sẽ", "dự kiến",
    "đề nghị" ("Quyết định phê duyệt sẽ thay thế Quyết định số …"). A type word alone is the
    document's own title ("Nghị định sửa đổi, bổ sung một số điều của Nghị định số …")."""
    line_start = folded.rfind("\n", max(0, cue_start - 40), cue_start) + 1
    tail = " ".join(folded[max(line_start, cue_start - 40):cue_start].replace(",", " ").split())
    if _ends_with_word(tail, _FUTURE):
        return True
    tail = tail.removesuffix(" moi")  # "ban hành Nghị quyết mới thay thế …"
    typed = type_ending(tail)
    if typed is not None and tail[:len(tail) - typed[1]].rstrip().endswith("."):
        return True  # "… trong tình hình mới. Nghị quyết thay thế Nghị quyết số …": the one named
    return typed is not None and _ends_with_word(tail[:len(tail) - typed[1]].rstrip(), _DRAFTING)


def _ends_with_word(tail: str, words: tuple[str, ...]) -> bool:
    return any(tail.endswith(w) and (len(tail) == len(w) or tail[-len(w) - 1] == " ")
               for w in words)


_AGENT = (["boi"], ["bang"], ["theo"], ["tai"])


def _post_cues(folded: str, cues: list[Cue], mentions: list[Mention], bounds: list[int]) -> None:
    """Cues that follow what they act on: "Quyết định số … hết hiệu lực", "… bị bãi bỏ"."""
    ends = [m.tail_end for m in mentions]
    for cue in cues:
        if not (cue.kind.startswith("post:") or cue.kind.startswith("passive:")):
            continue
        if cue.kind.startswith("passive:") and folded[cue.end:cue.end + 8].split()[:1] in _AGENT:
            continue  # "… được thay thế bởi Nghị quyết số …": another document acts on it
        if folded.startswith("da ", cue.start) or folded.endswith("da ", 0, cue.start):
            continue  # "… số 100/2015/QH13 (đã được sửa đổi, bổ sung năm 2017)", "… đã hết
            # hiệu lực theo thời hạn": done before, no act of the citing document
        j = bisect_right(ends, cue.start) - 1
        if j < 0 or cue.start - mentions[j].tail_end > _POST_REACH:
            continue
        k = bisect_right(bounds, mentions[j].tail_end)
        if k < len(bounds) and bounds[k] <= cue.start:
            continue
        if j + 1 < len(mentions) and mentions[j + 1].left < cue.end + _POST_REACH and \
                _FILLER.fullmatch(folded, cue.end, mentions[j + 1].left):
            continue
        relation = cue.kind.split(":")[1]
        target: Mention | None = mentions[j]
        while target is not None:
            target.relation = relation
            target = target.enum_prev


def strongest(relations: list[str]) -> str:
    """The strongest of several relations to one document (see ``PRIORITY``)."""
    return min(relations, key=PRIORITY.index) if relations else "cites"
