"""Dates next to a citation or in a header, in every printed form (domain 1.6, 4.2).

"03/6/2013", "03-6-2013", "21.9.2000", "ngày 21 tháng 9 năm 2000", ", ngày 01-10-1997"; OCR
damage on the words ("ngảy", "thang", "nărn") is absorbed by matching on folded text.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from vanban.parse import fastre, patterns

_DATE_AFTER = fastre.compile(patterns.DATE_AFTER)

_OCR_DIGITS = str.maketrans("loO", "100")
MIN_YEAR = 1930
MAX_YEAR = 2100


@lru_cache(maxsize=4096)  # the same dates recur: the documents every text cites
def make_date(day: str | int, month: str | int, year: str | int) -> dt.date | None:
    """Return the date, or None when it does not exist (31/2, month 13, year out of range).

    OCR's "l" for "1" and "O" for "0" in the day, month or year ("ngày l6/6/2022", "14/4/20l6",
    "1O/8/2022") read as digits."""
    try:
        if isinstance(year, str) and not year.isdigit():  # "20l6", "2o23": OCR "l", "O"
            year = year.translate(_OCR_DIGITS)
        y = int(year)
        if isinstance(year, str) and len(year) == 2:  # "27/9/93" (DATE_NUM): 1930-2029
            y += 1900 if y >= 30 else 2000
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        if isinstance(day, str) and not (day + month).isdigit():
            day, month = day.translate(_OCR_DIGITS), month.translate(_OCR_DIGITS)
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


def match_date_after(folded: str, pos: int) -> regex.Match[str] | None:
    """Match a date standing right after ``pos`` ("ngày 03/6/2013", ", ngày 01-10-1997")."""
    return _DATE_AFTER.match(folded, pos)


def date_of(m: regex.Match[str]) -> tuple[dt.date | None, bool]:
    """The date of a ``DATE_AFTER`` match and whether it was impossible (e.g. 31/02/2015)."""
    if m.group("d"):
        parts = m.group("d", "m", "y")
    else:
        parts = m.group("wd", "wm", "wy")
    date = make_date(*parts)
    return date, date is None


def find_date(folded: str, pos: int) -> dt.date | None:
    """The valid date right after ``pos`` in folded text, or None."""
    m = match_date_after(folded, pos)
    return date_of(m)[0] if m else None
