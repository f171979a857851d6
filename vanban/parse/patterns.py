"""Regex text of the parser, as named constants (compiled where they are used).

Patterns marked *folded* run on ``fold(text)`` (lower case, no diacritics, "đ" -> "d"), the
others on the normalized text. Every quantifier is bounded and code segments are possessive,
so no pattern can backtrack catastrophically (issue #5, item 7); the symbol scan is one
anchored regex over the whole text (domain section 6).
"""

from __future__ import annotations

import re

from vanban.parse.tables import CUE_PHRASES, TYPE_ABBREVIATIONS, TYPE_WORDS

# --- normalisation ---------------------------------------------------------------------------

# Converter artefacts removed outright: markdown bold markers (sample 000 header "**ĐẢNG BỘ"),
# zero-width characters and soft hyphens.
NORMALIZE_REMOVALS = r"\*\*|[\u200b-\u200d\u2060\ufeff\u00ad]"

# Page furniture removed wherever it stands, with its line break: a gazette's running head
# ("24    CÔNG BÁO/Số 1135 + 1136/Ngày 27-12-2021", page number first or last), and a page
# number on its own line next to a form feed ("…số 12-NQ/ĐU ngày\n   2\n\f10/01/2023"), so a
# citation or date that runs on over the page break reads whole.
PAGE_FURNITURE = (
    r"(?m)^[ \t]{0,80}(?:\d{1,4}[ \t]{1,80})?C(?:ÔNG|ONG)[ \t]B(?:ÁO|AO)[ \t]{0,3}/[ \t]{0,3}S[ỐốOo]"
    r"[^\n\f]{0,60}(?:\n|\Z)"
    r"|(?m)^[ \t]{0,80}\d{1,4}[ \t]{0,80}(?:\n[ \t]{0,80}){0,3}\f|\f[ \t]{0,80}\d{1,4}[ \t]{0,80}\n"
)

# A page break inside a symbol cut at its hyphen ("Thông tư số 10/2021/TT-", page number and
# gazette running head, "BTNMT ngày …"; "24-", page number, "QĐ/TW"): after the line-final "-",
# the lines that only hold a page number and/or a "CÔNG BÁO" head (and blank lines), up to the
# continuation in capitals. Removed, leaving "TT-\nBTNMT", which the symbol grammar reads.
PAGE_BREAK_JUNK = (
    r"(?<=[\p{L}\d]-[ \t]{0,3}[\n\f])(?:[ \t]{0,80}[\n\f])*"
    r"(?:[ \t]{0,80}(?:\d{1,4}(?:[ \t]{1,80}CÔNG BÁO[^\n\f]{0,80})?|CÔNG BÁO[^\n\f]{0,80})"
    r"[ \t]{0,80}[\n\f](?:[ \t]{0,80}[\n\f])*){1,2}[ \t]{0,80}(?=[A-ZĐ])"
)

# A base letter with combining marks (NFD input, domain 5.1) or a decomposed Hangul syllable.
MARK_CLUSTER = r"\P{M}?\p{M}+|[\u1100-\u115f][\u1160-\u11a7][\u11a8-\u11ff]?"

# --- number-symbols (normalized text) --------------------------------------------------------

# Running number: "15", "0005", "30c" (sample 002), "270B", "12.1" (decimal suffix); OCR's "O"
# and "l" between digits ("2O87", "1l25") are read back as digits, and a leading "l" or "O"
# ("l0/2021/TT-BTNMT", "O8/2020/NQ-HĐND") per match (citations.find_mentions).
NUM = r"\d(?:\d|[Ol](?=\d)){0,4}(?:\.\d{1,2})?[a-zA-Z]?(?![\d])"

# One code segment: starts upper case and is code-like — a second capital or digit soon
# ("QĐi", "TTg", "CTr", "ThU", "V8", "UBTVQH11"), dots only between capitals ("V.III"), "&" in
# ministry codes ("KH&ĐT"); a single capital stands alone ("L-CTN"). "Ban", "Văn" are not codes.
SEG = (
    r"[A-ZĐ](?:(?=[A-ZĐ0-9&]|[a-z][A-ZĐ0-9]|\.[A-ZĐ0-9])"
    r"(?:[A-Za-zĐ0-9&]|\.(?=[A-ZĐ0-9]++(?!\p{Ll}))){1,24}+|(?![\p{L}\d]))"
)

# Hyphen between segments, tolerating OCR spacing ("175- QĐ/TW", "979/QĐ-CĐVX- ĐT"), a doubled
# stray mark ("13/CT- -TTg") and a hyphen at a line end (the rest maybe indented: a table cell).
DASH = r"(?:[ ]{0,3}-(?:[ ]{0,3}-)?[ ]{0,3}|[ ]{0,3}-\n[ ]{0,40})"
# A slash may end a line inside a long symbol ("41/2012/\nNĐ-CP"; a code can stand there only
# as the symbol's own continuation).
SLASH = r"[ ]{0,3}/[ ]{0,3}(?:\n[ ]{0,3})?"
# OCR reads "1" as "l" and "0" as "O" inside a year too ("14/20l2/TT-BNV", "18/2O23/QĐ-UBND"):
# read back as digits.
YEAR = r"(?:19|20|l9|2O)[\dlO][\dlO]"

# State shape NUMBER/[YEAR/]CODE[-CODE...][/UNIT]: "15/QĐ-UBND", "04/2015/NĐ-CP", "80/2015/QH13",
# "1206 /QĐ-HVTC", "863/QĐ-UB/TC", long joint symbols with up to 12 segments.
STATE = (
    rf"(?P<num>{NUM}){SLASH}(?:(?P<year>{YEAR}){SLASH})?"
    rf"(?P<code>{SEG}(?:{DASH}{SEG}){{0,11}}(?:/{SEG}){{0,2}})"
)

# Party (and pre-1992 state) shape NUMBER-TYPE/ISSUER: "25-NQ/TW", "665 - CT/ĐU", "41-LCT/HĐNN8",
# "367 - QĐ/TWĐTN-VP"; a line break after a hyphen ("45-CTr/TWĐTN-\nVP", "367 -\nQĐ/…").
# OCR may read every digit of a short Party number as a letter: "Ol-HD/TW", "lOl-QĐ/TW".
OCR_NUM = r"[Ol][\dOl]{0,3}(?=[ ]{0,3}-[ ]{0,3}[A-ZĐ])"
PARTY = rf"(?P<pnum>{NUM}|{OCR_NUM}){DASH}(?P<ptype>{SEG}){SLASH}(?P<piss>{SEG}(?:-\n?{SEG}){{0,4}}(?:/{SEG}){{0,2}})"

# Old space-separated forms, only with a known type code: "58 LCT/HĐNN", "84 QĐ/TWĐTN", and the
# Finance ministry's "76 TC/TCDN", "1062 TC/QĐ/CSTC" of the 1990s.
OLD = (rf"(?P<onum>\d{{1,5}})[ ]{{1,2}}(?P<otype>LCT|QĐ|TT|NQ|CT|NĐ|L|TC)[ ]{{0,2}}/[ ]{{0,2}}"
       rf"(?P<oiss>{SEG}(?:/{SEG}){{0,2}})")

# Council of Ministers decrees without a type: "370-HĐBT".
HDBT = r"(?P<hnum>\d{1,5})[ ]?-[ ]?(?P<hiss>HĐBT)"

# The one scan over the text. Not inside another code or number ("UBTVQH11", "2015/...", the
# year of a standard "QCVN 01:2020/BCT").
# Each shape is its own outer group, so ``match.lastgroup`` names the shape that matched.
SYMBOL = (
    rf"(?:(?<![\p{{Lu}}\d/.&\-])|(?<=\WO)|(?<=\AO))(?<!\d:)(?:(?P<party>{PARTY})|(?P<state>{STATE})|(?P<old>{OLD})|(?P<hdbt>{HDBT}))"
    r"(?![\p{L}\d])"
)

# What a user types on the command line (parse_reference): any case, either shape.
REFERENCE_SYMBOL = (
    r"(?P<num>\d{1,5}(?:\.\d{1,2})?[a-z]?)\s*(?P<sep>[-/])\s*(?:(?P<year>(?:19|20)\d{2})\s*/\s*)?"
    r"(?P<rest>[^\W\d_][\w&.]*(?:\s*[-/]\s*[\w&.]+){0,11})"
)

# --- type words, "số", cues (folded text) ----------------------------------------------------

TYPE_ALT = "|".join(t.key.replace(" ", r"\s{1,3}") for t in TYPE_WORDS)
"""Alternation of folded type words, longest first."""

# A type word directly before the number: "Nghị quyết số 25-NQ/TW", "Kết luận 03-KL/TW",
# "Nghị quyết số: 326/2016/UBTVQH14", "số31-QĐ/TW", "Nghị quyết số\n326/…", "các Quyết định số".
# "pháp luật" is not the type word "Luật".
TYPE_BEFORE = (
    rf"(?<![\w])(?P<plural>cac[ \t]+|nhung[ \t]+)?(?P<type>(?<!phap )(?:{TYPE_ALT}))"
    r"(?P<so>\s{1,3}so\s{0,2}:?\s{0,3}|\s{1,3}so(?=\d)|\s{1,3})\Z"
)

# "số" directly before the number with something between the type word and it:
# "Luật Bảo vệ môi trường số 72/2020/QH14", "Quyết định của Bộ Chính trị số 31-QĐ/TW".
SO_BEFORE = r"(?<![\w])so\s{0,2}:?\s{0,3}\Z"

# The last type word in a short stretch before "số" (searched in reverse).
TYPE_WORD = rf"(?<![\w])(?P<type>(?<!phap )(?:{TYPE_ALT}))(?![\w])"

# Printed abbreviation as the type word (normalized text, case-sensitive): "NĐ 30/2020/NĐ-CP".
ABBR_BEFORE = (
    r"(?<![\w])(?P<abbr>" + "|".join(sorted(TYPE_ABBREVIATIONS, key=len, reverse=True))
    + r")[ \t]{1,2}(?:số[ \t]*)?\Z"
)

# Separator between two items of an enumeration: ", ", " và ", "; ", " hoặc ", ", và ".
ENUM_SEPARATOR = r"\s{0,3}(?:[,;]\s{0,3}(?:va\s{1,3}|hoac\s{1,3})?|va\s{1,3}|hoac\s{1,3})(?:so\s{0,2}:?\s{0,2})?\Z"

# --- dates (folded text) ---------------------------------------------------------------------

# Older documents print two-digit years: "Nghị định số 64/CP ngày 27/9/93" (dates.make_date).
DATE_NUM = r"(?P<d>[\dl][\dlo]?|o\d)[ ]{0,2}(?P<sep>[/.\-])[ ]{0,2}(?P<m>[\dl][\dlo]?|o\d)[ ]{0,2}(?P=sep)[ ]{0,2}(?P<y>(?:19|20|l9|2o)[\dlo][\dlo](?![\dlo])|\d{4}(?!\d)|\d{2}(?![\d/]))"
# Spelled out, OCR-tolerant: "ngày 21 tháng 9 năm 2000", "thang", "nărn" (folded "narn").
DATE_WORDS = (
    r"(?P<wd>[\dl][\dlo]?|o\d)\s{1,3}thang\s{1,3}(?P<wm>[\dl][\dlo]?|o\d)\s{1,3}na(?:m|rn)\s{1,3}(?P<wy>(?:19|20|l9|2o)[\dlo][\dlo]|\d{4})(?![\dlo])"
)
# Date right after a symbol: "… ngày 03/6/2013", ", ngày 01-10-1997" (comma, Party style),
# "ngày 21 tháng 9 năm 2000", "(ngày 21.9.2000)", "ban hành ngày …", "ký ngày …", and the date
# an enumeration shares: "… và 22/2017/QĐ-UBND cùng ngày 05/6/2017" (OCR "l" for "1": "l6/6").
DATE_AFTER = (
    r"\s{0,3}(?:,\s{0,2}|\(\s{0,2})?(?:(?:ban\s+hanh|ky|cung)\s+)?nga[yv]\s{0,2}:?\s{0,8}"
    rf"(?:{DATE_NUM}|{DATE_WORDS})"
)

# A date opening the sentence that issues or sends the cited document, the issuer between:
# "Ngày 09/10/2024, Văn phòng Chính phủ có Văn bản số 2785/VPCP-V.III …", "Ngày 05 tháng 3
# năm 2024, Bộ Tài chính đã ban hành Thông tư số …" (folded, searched up to the type word).
DATE_BEFORE = (
    rf"(?:\A|(?<=[.;:!?\n]))\s{{0,3}}(?:\d{{1,2}}[.)]\s{{1,3}})?nga[yv]\s{{1,3}}(?:{DATE_NUM}|{DATE_WORDS})"
    r"\s{0,2},\s{1,3}[^.;:!?\n\d]{1,90}?\s(?:da\s{1,3})?(?:co|ban\s{1,3}hanh|gui|ky)\s{1,3}\Z"
)

# A table row's own column for the date, no "ngày": "15/2016/NQ-HĐND    08/12/2016" (layout
# text), "| 15/2016/NQ-HĐND | 08/12/2016 |" (markdown); same line only.
DATE_COLUMN = rf"[ \t]{{1,40}}(?:\|[ \t]{{0,8}})?(?:{DATE_NUM})|[ \t]{{0,8}}\|[ \t]{{0,8}}(?:{DATE_NUM})"

# --- issuer phrase, term, title (folded text) ------------------------------------------------

TYPE_ALT_VI = "|".join(t.name.replace(" ", r"\s{1,3}") for t in TYPE_WORDS)
"""Alternation of the type words as printed (case-insensitive use), longest first."""

def _words_trie(phrases: list[list[str]]) -> str:
    """Regex text for phrases given as token lists (literal lower-case words, and the regex
    separators ``\\s+``/``\\s{1,3}`` between them), factored as a trie. Only for places where
    the order of the alternatives does not matter (a negative look-ahead under ``(?i)``): it
    tries a few branches per position instead of every phrase (twice as fast)."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for token in phrase:
            for item in ([token] if token.startswith("\\") else [re.escape(c) for c in token]):
                node = node.setdefault(item, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [item + emit(sub) for item, sub in sorted(node.items()) if item]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return emit(tree)


def _tokens(phrase: str, sep: str) -> list[str]:
    words = phrase.lower().split(" ")
    return [t for w in words for t in (sep, w)][1:]


_STOP_WORDS = (
    "về", "ban hành", "quy định", "hướng dẫn", "sửa đổi", "thực hiện", "triển khai", "nhằm", "để",
    "tại", "theo", "hết", "kể", "bị", "thay thế", "bãi bỏ", "hủy bỏ", "chấm dứt", "cùng", "gửi",
    "phổ biến", "yêu cầu", "ngày", "số", "khóa", "khoá", "ký", "thông qua", "phê duyệt",
    "công bố", "đối với", "trong", "từ", "đến", "năm", "là", "có", "đã", "được", "những",
    "cho phù hợp",
)
# The same words typed without diacritics ("cua Chinh phu ve cong tac van thu"), where that
# cannot end a body's name: not "tai" (Bộ Tài chính), "tu" (Tư pháp), "nam" (Nam Định), "da".
_STOP_WORDS_FOLDED = (
    "ve", "ban hanh", "quy dinh", "huong dan", "sua doi", "thuc hien", "trien khai", "nham",
    "thay the", "bai bo", "huy bo", "cham dut", "pho bien", "yeu cau", "ngay", "khoa",
    "thong qua", "phe duyet", "cong bo", "doi voi", "duoc", "cho phu hop",
)
_TYPE_TOKENS = [_tokens(t.name, r"\s{1,3}") for t in TYPE_WORDS] \
    + [_tokens(t.key, r"\s{1,3}") for t in TYPE_WORDS]
# Words that end an issuer phrase (the title or the next clause begins); normalized text,
# case-insensitive, so "tại" stops but "Bộ Tài chính" does not: the stop words, "và" before a
# document or another body, "các" + a type word, a type word.
_ISSUER_STOP = (
    _words_trie([_tokens(w, r"\s+") for w in _STOP_WORDS + _STOP_WORDS_FOLDED] + _TYPE_TOKENS
                + [["các", r"\s+", *t] for t in _TYPE_TOKENS])
    + r"|và(?=\s+(?:" + TYPE_ALT_VI + "|" + TYPE_ALT + r"|các|của|\w+\s+(?:" + TYPE_ALT_VI + "|"
    + TYPE_ALT + r")))"  # (a type word with or without its diacritics: "và Ke hoach số …")
)
# "của <issuer>" after the symbol/date: "của Ban Chấp hành Trung ương khóa XI", "của Hội nghị
# lần thứ sáu Ban Chấp hành Trung ương Đảng" (normalized text).
ISSUER_AFTER = (
    r"(?i)\s{0,3}(?:,\s{0,2})?(?:của|cua)\s{1,3}(?P<iss>(?:(?!(?:" + _ISSUER_STOP + r")(?!\w))"
    r"[^\W\d_]{1,12}(?:[ \t]{1,2}|(?=[,;.:()\"\u201c\u201d\n*]|\Z))){1,14})"
)
# "của <issuer>" inside the stretch between a type word and "số".
ISSUER_BETWEEN = r"\s{1,3}cua\s{1,3}(?P<iss>[^\W\d_][\w \t]{1,80}?)\s{1,3}\Z"
# Term: "khóa XI", "(khóa X)", "(Khóa XI)", "khoá XII", "khóa XI, XII".
TERM_AFTER = r"\s{0,3}(?:,\s{0,2})?\(?\s{0,2}khoa\s{1,3}(?P<term>[ivxl]{1,6})(?![\w])\s{0,2}\)?"

# --- cue words for relations (folded text) ---------------------------------------------------

def trie(phrases: list[str], *, escape: bool = False) -> str:
    """Regex text matching any of ``phrases`` (folded words), factored as a trie for speed;
    a space matches any run of 1-3 whitespace characters and "," an optional comma. With
    ``escape`` every character stands for itself (literal phrases)."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(re.escape(ch) if escape else _atom(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return emit(tree)


def _atom(ch: str) -> str:
    return {" ": r"\s{1,3}", ",": ",?"}.get(ch, ch)


# Every cue phrase of ``tables.CUE_PHRASES`` (folded text, stdlib ``re``); the caller checks the
# word start and looks the kind up by the phrase with whitespace collapsed.
CUES = r"(?:" + trie(sorted(CUE_PHRASES)) + r")(?![a-z0-9])"

# Words allowed between a cue and the citation it governs ("thực hiện nghiêm túc, có hiệu quả
# Chỉ thị …", "sửa đổi, bổ sung một số điều của Nghị định …", "việc thực hiện các Nghị quyết").
CUE_FILLER = (
    r"(?:[\s,]|tot|nghiem(?:\s+tuc)?|co\s+hieu\s+qua|hieu\s+qua|day\s+du|kip\s+thoi|sau\s+rong"
    r"|dong\s+bo|thong\s+nhat|triet\s+de|sau\s+sac|viec|cac|noi\s+dung|tinh\s+than|mot\s+so"
    r"|dieu(?:\s+\d+[a-z]?)?|khoan(?:\s+\d+)?|diem(?:\s+[a-z])?|muc(?:\s+[\divx]+)?|cua|nhung"
    r"|ket\s+qua|va|quy\s+dinh"
    r"|tai|theo|boi|toan\s+bo|mot\s+phan){0,12}\Z"
)

# What may stand between a cited document and a cue that makes it the subject of an embedded
# relation: its date, issuer, term and title ("16-CTr/ĐUK ngày 18-8-2013 thực hiện …",
# "04-NQ/ĐUK về “…”, nhằm cụ thể hóa việc thực hiện …").
EMBEDDED_GAP = (
    r"[^.;:!?]{0,400}?(?:[\"\u201d][\s*]{0,3})?(?:,\s{0,2})?(?:(?:nham|de)\s{1,3})?"
    r"(?:(?:cu\s+the\s+hoa|tiep\s+tuc)\s{1,3})?(?:viec\s{1,3})?\Z"
)

# Between a title verb of a cited document and a later citation: the verb's first object is a
# law named without a number, and the citation continues that list ("Thông tư số 78/2021/TT-BTC
# … hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị định
# số 123/2020/NĐ-CP"): the citation is inside that document's title (folded text).
NAMED_LAW_ENUM_GAP = (
    r"\s{1,3}(?:mot\s+so\s+dieu(?:,?\s+khoan)?\s+)?(?:cua\s+)?(?:bo\s+luat|luat|phap\s+lenh"
    r"|hien\s+phap)\s[^.;:!?\"\u201c\u201d/\n]{1,120}?\s{0,3}(?:,|\s(?:va|,\s*va))\s{1,3}\Z"
)

# --- clause boundaries (normalized text) -----------------------------------------------------

# Sentence end: ". " / "./." / "!" / "?" before a capital, digit, list mark or text end; or a
# line break before a capital/list mark when the line ended with terminal punctuation.
SENTENCE_END = (  # (three fixed-width look-behinds: "TP.", "Th.", "Thg." end no sentence)
    r"(?<![A-ZĐ])(?<![A-ZĐ]\p{Ll})(?<![A-ZĐ]\p{Ll}\p{Ll})[.!?](?:/\.)?"
    r"(?=\s+[\p{Lu}\d\-+•*(]|\s*\Z)"
)
SENTENCE_END_CHARS = ".!?"
"""The characters a ``SENTENCE_END`` match starts with (the scan jumps to them)."""
# ";" or ":" — a boundary unless an enumeration item (a type word) follows.
SEMICOLON = r"[;:]"
SEMICOLON_CHARS = ";:"
# A paragraph/line break followed by a capital, a digit or a list mark (starts with "\n").
LINE_BREAK = r"\n\s*(?=[\p{Lu}\d\-+•*])"
# List marks and "và"/"các" before an enumeration item (folded, stdlib ``re``).
# An item may name the part first ("+ khoản 3 Điều 5 và Điều 9 Quy định …", "+ điểm b khoản 2
# Điều 4 Quyết định số …" under "Bãi bỏ:").
ITEM_START_PREFIX = (
    r"[\s\-+•*]{0,6}(?:(?:[a-z][.)]|\d{1,2}[.)\-])\s{1,3})?(?:va\s{1,3}|cac\s{1,3}|nhung\s{1,3})?"
    r"(?:(?:diem|khoan|dieu|muc)\s{1,3}[\da-z]{1,3},?\s{1,3}(?:va\s{1,3})?){0,4}(?:cua\s{1,3})?"
)

# --- header (normalized text, line by line) --------------------------------------------------

# Number line: "Số: 18 /CT-UBND", "Số 665 - CT/ĐU", "Số:5123/BTC-NSNN", "Luật số: 45/2019/QH14".
HEADER_NUMBER = (
    r"(?im)^[ \t>*#]*(?:(?:bộ[ \t]+)?luật[ \t]+)?s[ốôo6ổồộ][ \t]*:?[ \t]*(?=\d|[lo]\d)"
)
# Received stamps: "CÔNG VĂN ĐẾN Số: …", "Số đến: 1530", "ĐẾN Số:..... Ngày: 22/9/2014".
STAMP = r"(?i)(?:số\s*đến|đến\s*số|công\s*văn\s*đến|văn\s*đến|^\s*đến\b|lãnh\s*đạo\s*:|chỉ\s*đạo\s*:|xử\s*lý\s*chính)"
# Place and date line (folded): "Hà Nội, ngày 22 tháng 9 năm 2014", OCR "ngảy", "thang", "nărn".
HEADER_DATE = (
    r"(?im)^[ \t*_]*(?P<place>[^\W\d_][^,\n\d]{1,48}?)\s{0,2},\s{0,3}nga[yv]\s{1,3}(?P<d>[\dl][\dlo]?|o\d)"
    r"\s{1,3}thang\s{1,3}(?P<m>[\dl][\dlo]?|o\d)\s{1,3}na(?:m|rn)\s{1,3}(?P<y>(?:19|20|l9|2o)[\dlo]{2}|\d{4})"
)
# Article byline: "Thứ Hai, 13/5/2024" (folded).
BYLINE = (
    r"(?im)^\s*(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
)
# A "Theo …" source line at the end of an article.
ARTICLE_SOURCE = r"(?m)^\s*(?:theo|nguon)\s*:?\s+\S"

# --- unresolved references -------------------------------------------------------------------

# A number right after a word and a space, not part of a symbol, date or range (folded); the
# caller checks that the word before is a type word ("Nghị quyết 18", "các Nghị quyết số 79",
# "Thông tư 64/2017") — "Chỉ thị 18/2000/CT-TTg" and "giai đoạn 2011-2015" fail here. The first
# digit comes before the look-behind so the scan can skip to digits (twice as fast).
NUMBER_ONLY_REFERENCE = (
    r"[0-9](?<=[a-z:] [0-9])[0-9]{0,4}[a-z]?(?:/(?:19|20)[0-9]{2})?"
    r"(?![0-9a-z/-]|[.,][0-9a-z]|[ ]{0,2}[-/][ ]{0,2}[a-z0-9])"
)
# What makes such a number a quantity, not a document: "Kế hoạch 5 năm", "Chương trình 135 xã".
NOT_A_NUMBER_REFERENCE = (
    r"\s{1,3}(?:nam|thang|ngay|nhiem|giai|trieu|ty|%|lan|nguoi|diem|muc|nhom|noi|xa|huyen|tinh)\b"
)
# Named references (normalized text, capitalised type word): "Nghị quyết Trung ương 4 (khóa
# XI, XII)", "Nghị quyết Hội nghị Trung ương 7", "Luật Đất đai năm 2024", "Bộ luật Hình sự 2015".
NAMED_REFERENCE = (
    r"(?<![\w])(?:(?P<type>Nghị quyết)\s+(?:Hội nghị\s+)?(?:lần thứ\s+\w+\s+)?(?:Ban Chấp hành\s+)?"
    r"Trung ương\s+(?:Đảng\s+)?(?P<num>\d{1,2}|[IVX]{1,5})(?:\s*\(?\s*kh[oó][aá]\s+[IVXL]{1,5}"
    r"(?:\s*,\s*[IVXL]{1,5})*\s*\)?)?"
    r"|(?P<type>Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s+(?:năm\s+(?P<num>\d{4})|\p{Lu}\p{Ll}*"
    r"(?:[ ](?!(?:năm|số|ngày|của|và|được|đã|theo|tại|về|thì|là|có|quy|để|trong|nhằm)\b)\p{L}+){0,7}"
    r"(?:[ ]+(?:năm[ ]+)?(?:19|20)\d{2})?))"
)
