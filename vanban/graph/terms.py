"""Terms (khóa / nhiệm kỳ): Party document numbers restart with each one.

Central Party bodies (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư and the central
committees, all ``…/TW``) number their documents per type for the whole term of the Central
Committee, from the day after one national congress closes to the close of the next. Local Party
committees hold their congresses some months earlier, level by level (grass-roots first, then
districts and blocs, then provinces), so their terms begin earlier in the same years.

The congress dates below are the closing days of the national congresses; the local boundaries
are approximate (one day per level, in the middle of that level's congress season) and only
decide which term an undisputed date falls in.
"""

from __future__ import annotations

import bisect
import datetime as dt

# Closing day of each national Party congress, and the term (khóa) it opened.
NATIONAL_CONGRESSES: tuple[tuple[dt.date, str], ...] = (
    (dt.date(1986, 12, 18), "VI"),
    (dt.date(1991, 6, 27), "VII"),
    (dt.date(1996, 7, 1), "VIII"),
    (dt.date(2001, 4, 22), "IX"),
    (dt.date(2006, 4, 25), "X"),
    (dt.date(2011, 1, 19), "XI"),
    (dt.date(2016, 1, 28), "XII"),
    (dt.date(2021, 2, 1), "XIII"),
    (dt.date(2026, 1, 23), "XIV"),
)

# Local congress seasons: (month, day) in each congress year (1995, 2000, …, 2025) after which a
# local committee of that level is taken to be in its new term.
LOCAL_BOUNDARY: dict[str, tuple[int, int]] = {
    "grassroots": (5, 1),  # Đảng ủy cơ sở, chi bộ (…/ĐU, …/CB)
    "district": (8, 1),  # Huyện ủy, Quận ủy, Thị ủy, Đảng ủy Khối (…/HU, …/QU, …/ĐUK)
    "province": (10, 15),  # Tỉnh ủy, Thành ủy (…/TU)
}

_STARTS = [d.toordinal() for d, _ in NATIONAL_CONGRESSES]
_ROMAN = {name for _, name in NATIONAL_CONGRESSES}


def central_term(date: dt.date) -> str | None:
    """The national term (Roman numeral) a central Party document of ``date`` belongs to.

    >>> central_term(dt.date(2013, 6, 3)), central_term(dt.date(2021, 1, 15))
    ('XI', 'XII')
    """
    i = bisect.bisect_right(_STARTS, date.toordinal() - 1) - 1
    return NATIONAL_CONGRESSES[i][1] if i >= 0 else None


def local_term(date: dt.date, level: str) -> str:
    """The local term of ``date`` as a year span, e.g. "2020-2025" (level: see LOCAL_BOUNDARY)."""
    month, day = LOCAL_BOUNDARY.get(level, LOCAL_BOUNDARY["province"])
    year = date.year - date.year % 5
    if date < dt.date(year, month, day):
        year -= 5
    return f"{year}-{year + 5}"


def normalize_term(text: str | None) -> str | None:
    """A term given in text ("khóa XI", "XI", "11") as the Roman numeral, or None."""
    if not text:
        return None
    word = text.strip().split()[-1].upper().strip(".,;()")
    if word in _ROMAN:
        return word
    if word.isdigit():
        numerals = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                    "XII", "XIII", "XIV", "XV"]
        n = int(word)
        return numerals[n] if 0 < n < len(numerals) and numerals[n] in _ROMAN else None
    return None
