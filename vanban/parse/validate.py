"""Validation flags on citations (issue #5 item 6). Flags never drop a citation.

* ``year_mismatch``: the date's year differs from the year in the symbol (``N/YYYY/…``);
* ``impossible_date``: the printed date does not exist (31/02/2015, month 13);
* ``after_citing``: the cited document is dated after the citing one;
* ``term_mismatch``: the year of a ``QHnn``/``UBTVQHnn`` symbol lies outside that term.
"""

from __future__ import annotations

import datetime as dt

from vanban.parse.citations import Mention
from vanban.parse.symbols import qh_term
from vanban.parse.tables import QH_TERMS


def flags_for(mention: Mention, citing_date: dt.date | None) -> list[str]:
    """The validation flags of one citation."""
    flags = []
    parts, date = mention.parts, mention.date
    if date is not None and parts.year and int(parts.year) != date.year:
        flags.append("year_mismatch")
    if mention.impossible_date:
        flags.append("impossible_date")
    if date is not None and citing_date is not None and date > citing_date:
        flags.append("after_citing")
    term = qh_term(parts)
    year = int(parts.year) if parts.year else (date.year if date else None)
    if term in QH_TERMS and year is not None:
        first, last = QH_TERMS[term]
        if not first <= year <= last:
            flags.append("term_mismatch")
    return flags
