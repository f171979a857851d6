"""Provinces and cities of Việt Nam, old and new, and the normalisation of locality names.

The 34 provinces in use since the 2025 merger come from the maintained ``vietnam-provinces``
package. That package (2025.10) no longer carries the 63 names in use before the merger, yet
most documents in an archive were issued under them ("Tỉnh ủy Hải Dương", "UBND tỉnh Bắc Giang"),
so the names that disappeared are listed here with the province they joined (Nghị quyết
202/2025/QH15, in force 12 June 2025). A document keeps the locality named at its time:
Hải Dương stays Hải Dương; ``merged_into`` tells where it went.
"""

from __future__ import annotations

import functools
import unicodedata

import regex
from vietnam_provinces import Province

# Names of the 63 pre-2025 provinces that are not also a post-2025 name, with the post-2025
# province each joined. (The other 34 pre-2025 names live on; Thừa Thiên Huế became Huế.)
LEGACY_PROVINCES: dict[str, str] = {
    "Hà Giang": "Tuyên Quang",
    "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị",
    "Thừa Thiên Huế": "Huế",
    "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai",
    "Ninh Thuận": "Khánh Hòa",
    "Phú Yên": "Đắk Lắk",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Bình Dương": "TP. Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "TP. Hồ Chí Minh",
    "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau",
    "Kiên Giang": "An Giang",
}

# Other spellings seen in documents (folded form -> display name).
_ALIASES: dict[str, str] = {
    "tp hcm": "TP. Hồ Chí Minh",
    "tphcm": "TP. Hồ Chí Minh",
    "hcm": "TP. Hồ Chí Minh",
    "sai gon": "TP. Hồ Chí Minh",
    "thua thien hue": "Thừa Thiên Huế",
    "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "dac lac": "Đắk Lắk",
    "dak lak": "Đắk Lắk",
    "dac nong": "Đắk Nông",
}

_PREFIX = regex.compile(r"^(thành phố|tp\.?|tỉnh)\s+", regex.IGNORECASE)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and punctuation: "Hoà  Bình" and "Hòa Bình" -> "hoa binh"."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare).strip()


def _display(name: str) -> str:
    if name == "Thành phố Hồ Chí Minh":
        return "TP. Hồ Chí Minh"
    return _PREFIX.sub("", name)


@functools.cache
def province_names() -> dict[str, str]:
    """Folded name -> display name, for all 63 pre-2025 and 34 post-2025 provinces."""
    names = {fold(_display(p.name)): _display(p.name) for p in Province.iter_all()}
    names.update({fold(n): n for n in LEGACY_PROVINCES})
    names["ho chi minh"] = "TP. Hồ Chí Minh"
    names.update(_ALIASES)
    return names


@functools.cache
def _finder() -> regex.Pattern[str]:
    alternatives = sorted(province_names(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(" + "|".join(map(regex.escape, alternatives)) + r")(?![\p{L}\p{N}])")


@functools.lru_cache(maxsize=65536)
def normalize_locality(text: str | None) -> str | None:
    """The display name of the province a text names, or None (cached: archives repeat them).

    >>> normalize_locality("Thành phố Hồ Chí Minh"), normalize_locality("tỉnh Hải Dương")
    ('TP. Hồ Chí Minh', 'Hải Dương')
    """
    if not text:
        return None
    folded = fold(_PREFIX.sub("", text.strip()))
    exact = province_names().get(folded)
    if exact:
        return exact
    return find_locality(text)


@functools.lru_cache(maxsize=65536)
def find_locality(text: str | None) -> str | None:
    """The first province named anywhere inside ``text`` ("Thành ủy Hà Nội" -> "Hà Nội")."""
    if not text:
        return None
    match = _finder().search(fold(text))
    return province_names()[match.group(1)] if match else None


def merged_into(locality: str) -> str:
    """The post-2025 province a locality belongs to today (itself when it was not merged)."""
    return LEGACY_PROVINCES.get(locality, locality)
