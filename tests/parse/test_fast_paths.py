"""The parser's fast paths (issue #5 item 8) give exactly what the plain regex scans give.

Each fast path (``str.find`` instead of a regex over the whole text, a prefilter before a
regex, a trie instead of an alternation, one encoding for two character maps) is compared
with the straightforward version it replaces, on generated texts built from the characters
and words those scans care about.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.parse import clauses, header, patterns, stamps
from vanban.parse import lines as header_lines
from vanban.parse.normalize import _FOLD, _TRANSLATE, _in_bmp, normalize
from vanban.parse.tables import TYPE_WORDS

PIECES = [
    " ", "  ", "\n", "\n\n", "\t", "\x1c", "\u00a0", "a", "X", "1", "25", ".", "./.", "!", "?",
    ";", ":", ",", "-", "+", "*", "**", "•", "_", "(", "\u200b", "\u00ad", "\ufeff", "\u0301",
    "e\u0302", "Ð", "|", "–", "¹", "\U0001d400", "Đến", "ĐẾN", "số", "Ngày:", "lãnh đạo:",
    "Chỉ đạo:", "Xử lý chính", "Công văn đến", "nghi quyet", "Nghị quyết", "quyet dinh", "luat",
    "luat.", "luat_", "bo luat", "va", "cac", "a)", "1.", "ke hoach", "thong tu lien tich", "Hà",
    "Nam", "Hà Nam", "Nam Định", "Bắc Giang", "Bà Rịa - Vũng Tàu", "Quảng Ninh", "của", "Của",
    "CỦA", "Ban Chấp hành Trung ương", "và", "các", "Bộ Tài chính", "tại", "TẠI", "về", "ngày",
    "khóa", "Khoá", "BAN HÀNH", "Chương trình hành động", "Kế hoạch", "Luật", "Lệnh", "đã",
    "İ", "ĐẠO", "XỬ",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _normalize_reference(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Removals and mark clusters found by one regex scan, then ``str.translate``."""
    pattern = regex.compile(patterns.NORMALIZE_REMOVALS + "|" + patterns.MARK_CLUSTER)
    pieces, norm_points, src_points = [], [0], [0]
    last = out_len = 0
    for m in pattern.finditer(text):
        chunk = m.group()
        new = "" if chunk == "**" or unicodedata.category(chunk[0]) == "Cf" and len(chunk) == 1 \
            else unicodedata.normalize("NFC", chunk)
        if new == chunk:
            continue
        pieces.append(text[last:m.start()])
        out_len += m.start() - last
        norm_points.append(out_len)
        src_points.append(m.start())
        pieces.append(new)
        out_len += len(new)
        last = m.end()
        norm_points.append(out_len)
        src_points.append(last)
    pieces.append(text[last:])
    joined = "".join(c if c <= "\uffff" else _in_bmp(c) for c in "".join(pieces))
    return joined.translate(_TRANSLATE), tuple(norm_points), tuple(src_points)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 8))
def test_normalize_matches_the_regex_scan(text: str, repeat: int) -> None:
    text = text * repeat  # long enough (>= 256 characters) for the numpy maps too
    norm = normalize(text)
    assert (norm.text, norm._norm_points, norm._src_points) == _normalize_reference(text)
    assert norm.folded == norm.text.translate(_FOLD)


def _starts_item_reference(folded: str, pos: int) -> bool:
    m = re.compile(patterns.ITEM_START_PREFIX).match(folded, pos)
    at = m.end() if m else pos
    head = " ".join(folded[at:at + 30].split())
    first = head.split(" ", 1)[0]
    return any(head.startswith(k) and (len(head) == len(k) or not head[len(k)].isalnum())
               for k in (t.key for t in TYPE_WORDS) if k.split(" ")[0] == first)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 60))
def test_starts_item_matches_the_word_comparison(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert clauses.starts_item(text, pos) == _starts_item_reference(text, pos)


def _boundaries_reference(text: str, folded: str, windows: list[tuple[int, int]]
                          ) -> tuple[list[int], list[int]]:
    sentence_end = regex.compile(patterns.SENTENCE_END)
    semicolon = regex.compile(patterns.SEMICOLON)
    line_break = regex.compile(patterns.LINE_BREAK)
    ends, soft = [], []
    for lo, hi in windows:
        for m in sentence_end.finditer(text, lo, hi):
            if clauses._list_mark(text, m.start()):
                continue
            if text[m.end():m.end() + 1] == "\n" and clauses._next_item(folded, m.end()):
                soft.append(m.end())
            else:
                ends.append(m.end())
        for m in semicolon.finditer(text, lo, hi):
            if not clauses.starts_item(folded, m.end()):
                ends.append(m.end())
            elif m.group() == ";":
                soft.append(m.end())
        for m in line_break.finditer(text, lo, hi):
            if clauses._wrapped(text, m.start(), m.end()):
                continue
            if not clauses.starts_item(folded, m.end()) or text[max(0, m.start() - 1)] in ".!?" \
                    and not clauses._next_item(folded, m.start()):
                ends.append(m.end())
    return sorted(set(ends)), sorted(soft)


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.integers(0, 200), max_size=6))
def test_boundaries_match_the_regex_scans(text: str, cuts: list[int]) -> None:
    norm = normalize(text)
    marks = sorted({min(c, len(norm.text)) for c in cuts} | {0, len(norm.text)})
    windows = list(zip(marks[::2], marks[1::2])) or [(0, len(norm.text))]
    soft: list[int] = []
    ends = clauses.find_boundaries(norm, windows, soft)
    assert (ends, sorted(soft)) == _boundaries_reference(norm.text, norm.folded, windows)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_province_count_and_stamps_match_the_regex_scans(text: str) -> None:
    norm = normalize(text)
    counts = Counter(m.group() for m in header._PROVINCE_RE.finditer(norm.text))
    expected = counts.most_common(1)[0][0] if counts else None
    assert header._body_locality(norm) == expected
    for line in norm.text.split("\n"):
        stamp = stamps.STAMP.search(line) is not None or stamps.DATE_LABEL.match(line) is not None
        assert stamps.is_stamp(line) == stamp
    lines = header_lines.header_lines(norm.text, 0, header.HEADER_LINES)
    candidates = stamps.stamp_candidates(lines)
    assert all(i in candidates for i, line in enumerate(lines)
               if len(line.text) <= header_lines.LONG_LINE and stamps.is_stamp(line.text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "Số: 12/UBND   CÔNG VĂN ĐẾN", "x" * 140, "ĐẾN " * 40]),
                max_size=80).map("".join))
def test_stamp_lines_match_the_walk_over_every_line(text: str) -> None:
    """The candidate lines (short ones with ":" or a stamp word) give the stamps and blanked
    columns that trying every line gives."""
    norm = normalize(text)
    fast = header_lines.header_lines(norm.text, 0, header.HEADER_LINES)
    plain = header_lines.header_lines(norm.text, 0, header.HEADER_LINES)
    assert stamps.stamp_lines(fast) == stamps.stamp_lines(plain, range(len(plain)))
    assert [line.text for line in fast] == [line.text for line in plain]


def _issuer_after_reference() -> regex.Pattern[str]:
    """``patterns.ISSUER_AFTER`` with its stop words as one flat alternation."""
    from vanban.parse.tables import TYPE_WORDS

    types = patterns.TYPE_ALT_VI + "|" + "|".join(t.key.replace(" ", r"\s{1,3}") for t in TYPE_WORDS)
    stop = (
        "|".join(w.replace(" ", r"\s+")
                 for w in patterns._STOP_WORDS + patterns._STOP_WORDS_FOLDED)
        + r"|và(?=\s+(?:" + types + r"|các|của|\w+\s+(?:" + types + r")))"
        + r"|các\s+(?:" + types + r")|" + types
    )
    return regex.compile(
        r"(?i)\s{0,3}(?:,\s{0,2})?(?:của|cua)\s{1,3}(?P<iss>(?:(?!(?:" + stop + r")(?!\w))"
        r"[^\W\d_]{1,12}(?:[ \t]{1,2}|(?=[,;.:()\"\u201c\u201d\n*]|\Z))){1,14})"
    )


_ISSUER_REFERENCE = _issuer_after_reference()
_ISSUER_AFTER = regex.compile(patterns.ISSUER_AFTER)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_issuer_stop_trie_matches_the_alternation(text: str) -> None:
    text = "của " + text
    got, want = _ISSUER_AFTER.match(text), _ISSUER_REFERENCE.match(text)
    assert (got and got.span("iss")) == (want and want.span("iss"))


def test_dense_cues_and_citations_parse_in_linear_time() -> None:
    """Each citation preceded by a cue and text that is no filler, with no clause boundary:
    the governing-cue walk once went back over every earlier cue (cubic: 80 KB took a
    minute). Now it jumps over cues that cannot govern; 80 KB takes a fraction of a second."""
    import time

    from vanban.parse import parse_document

    text = "".join(f"thực hiện A {i}/QĐ-UB xyz hết hiệu lực " for i in range(1, 2001))
    started = time.perf_counter()
    parsed = parse_document(text)
    assert time.perf_counter() - started < 10
    assert len(parsed.citations) == 2000


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + [
    "thu hai, 13/5/2024", "Thứ Hai, 13/5/2024", "chu nhat , 1/1/2020", "Hà Nội, ngày 22 tháng 9 năm 2014",
    "ha noi , ngay 3 thang 4 narn 2018", "\n  ", "*_ ", "Số: 12", "số 5", "Luật số 3", "> số6",
]), max_size=40).map("".join), st.integers(0, 400))
def test_line_start_search_matches_the_regex_search(text: str, end: int) -> None:
    from vanban.parse.scan import search_lines

    folded = normalize(text).folded
    end = min(end, len(folded))
    for pattern in (header._BYLINE, header._HEADER_DATE):
        got, want = search_lines(pattern, folded, 0, end), pattern.search(folded, 0, end)
        assert (got and got.span()) == (want and want.span())
    text = normalize(text).text[:end]
    got, want = search_lines(header._NUMBER, text), header._NUMBER.search(text)
    assert (got and got.span()) == (want and want.span())


def _collective_signature_reference(tail: list[str]) -> tuple[str, bool] | None:
    """The "T/M <BODY>" signature line tried on every cleaned tail line."""
    for raw in reversed(tail[-header.SIGNER_LINES:]):
        m = header._TM_LINE.match(header_lines.clean_line(raw))
        if m is not None and header_lines.is_caps(m.group("body")):
            return " ".join(header.fold(m.group("body")).split()), False
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    [*PIECES, "T/M", "TM", "TM.", "T\\*M", "T/\\*M", "\\*", "**T/M ", "BỘ CHÍNH TRỊ", "T", "M", "/"]),
    max_size=40).map("".join))
def test_collective_signature_prefilter_matches_every_line(text: str) -> None:
    tail = text.split("\n")
    assert header._collective_named([], -1, tail) == _collective_signature_reference(tail)


def _signer_reference(lines: list[str]) -> tuple[str | None, str | None]:
    """The signature block read from the whole tail cleaned up front."""
    tail = [header_lines.clean_line(line) for line in lines[-header.SIGNER_LINES:]]
    for k in range(len(tail) - 1, -1, -1):
        text = tail[k]
        if not text or text.startswith("(") or "[" in text:
            continue
        if not header._NAME.match(text) or text.endswith((";", ",", ".")):
            return None, None
        position = None
        for above in reversed(tail[max(0, k - 8):k]):
            if above and header_lines.is_caps(above) and not header._SIGN_MARK.match(above):
                position = header.org_case(above) if len(above) > 2 else above
                break
        return text, position
    return None, None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "\n", "\n", "\n", "  ", "**", "(Đã ký)", "[", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM.", "BÍ THƯ",
    "Nguyễn Văn A", "Trần Thị B", ";", ".", "x", "\\*", "Ư", "#", "> ",
]), max_size=80).map("".join))
def test_signer_with_lazy_cleaning_matches_the_whole_tail(text: str) -> None:
    lines = text.split("\n")
    assert header._signer(lines) == _signer_reference(lines)


SYMBOL_PIECES = [
    "1", "25", "12345", ".12", "a", "B", " ", "   ", "-", " - ", "-\n", "/", " / ", "\n", ".", "&",
    "NQ", "QĐ", "TW", "ĐU", "CP", "NĐ", "HĐBT", "UBTVQH14", "KH&ĐT", "V.III", "L", "CTN", "TTg",
    "QĐi", "ABCDEFGHIJKLMNOPQRSTUVWXY", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "2015", "Ban", "số ", "x",
    "Nghị quyết số ", "ngày 03/6/2013", "LCT", "HĐNN8", "Đ",
]


SYMBOL_HEADS = st.tuples(
    st.sampled_from(["1", "12345", "12345.12a", "7b", "x1", "/1", "A1"]),
    st.sampled_from(["-", " - ", "   -   -   ", "-\n", "/", " / ", "   /   ", " ", "  ", "-  "]),
    st.sampled_from(["NQ", "QĐ", "ABCDEFGHIJKLMNOPQRSTUVWXY", "ABCDEFGHIJKLMNOPQRSTU", "HĐBT", "LCT",
                     "2015", "TTg", "V.III", "KH&ĐT", "Ban"]),
    st.sampled_from(["/", "   /   ", "-", "-HĐBT", " ", ""]),
    st.sampled_from(["TW", "ĐU", "NĐ-CP", "HĐNN8", "UBND-VX", "QH14", ""]),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(SYMBOL_HEADS, st.sampled_from(SYMBOL_PIECES)), max_size=30).map("".join))
def test_symbol_scan_from_slashes_matches_the_full_scan(text: str) -> None:
    from vanban.parse.citations import SYMBOL_SCAN, find_symbols, symbols_near
    from vanban.parse.scan import positions

    text = normalize(text).text
    want = [m.span() for m in SYMBOL_SCAN.finditer(text)]
    assert [m.span() for m in find_symbols(text)] == want
    marks = sorted(positions(text, "/", 0, len(text)) + [
        m.start() for m in regex.finditer("(?=HĐBT)", text)])
    assert [m.span() for m in symbols_near(text, marks)] == want  # (short texts: dense marks)


def test_symbol_scan_reaches_the_longest_symbol_heads() -> None:
    """The longest number, hyphen and type code before the "/" still start a match."""
    from vanban.parse.citations import SLASH_REACH, SYMBOL_SCAN, find_symbols

    head = "12345.12a   -   -   ABCDEFGHIJKLMNOPQRSTUVWXY   "
    assert len(head) == SLASH_REACH
    for text in (f"x {head}/TW y", f"{head}/TW", "số 370 - HĐBT", "58  LCT  /HĐNN",
                 "99999.99Z   /2015/NĐ-CP"):
        want = [m.span() for m in SYMBOL_SCAN.finditer(text)]
        assert want, text
        assert [m.span() for m in find_symbols(text + " " * 100 * len(text))] == want


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 8), st.integers(0, 40))
def test_fold_maps_character_by_character(text: str, repeat: int, cut: int) -> None:
    """The header folds a prefix of a line instead of the line ("cua ", "luu", "v/v" tests) and
    looks for "," before folding: both rest on ``fold`` mapping each character on its own."""
    from vanban.parse.normalize import fold

    text = text * repeat  # long enough (>= 256 characters) for the numpy maps too
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(text[:cut]) == folded[:cut]
    assert fold(text[cut:]) == folded[cut:]
    assert ("," in folded) == ("," in text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "\n", "bb", "x" * 200, "\n\n", "Số: 12"]), max_size=60)
       .map("".join), st.integers(0, 3000), st.sampled_from([None, 1, 2, 5, 40]))
def test_raw_lines_match_the_walk_over_line_breaks(text: str, start: int, limit: int | None) -> None:
    """The bounded split gives the first ``limit`` lines of the rest of the text."""
    from vanban.parse.lines import raw_lines

    start = min(start, len(text))
    assert raw_lines(text, start, limit) == text[start:].split("\n")[:limit]
