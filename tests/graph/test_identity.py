"""Identity rules: one node per real document, terms, scopes, ambiguity sets, self-citations."""

from __future__ import annotations

import pytest

from tests.graph.conftest import cite, doc
from vanban.graph import build_graph, find_conflicts, lineage, resolve
from vanban.graph.identity import analyze_symbol
from vanban.errors import AmbiguousReference
from vanban.graph.localities import merged_into, normalize_locality


def nodes_for(graph, symbol: str) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True) if symbol in d["aliases"])


def test_two_04_nq_tu_of_different_provinces_stay_two_nodes():
    g = build_graph([
        doc("hn.txt", "07-CT/TU", date="2021-10-01", issuer="Ban Thường vụ Thành ủy Hà Nội",
            cites=[cite("04-NQ/TU", date="2021-05-31")]),
        doc("tn.txt", "12-CT/TU", date="2021-11-02", issuer="Ban Thường vụ Tỉnh ủy Thái Nguyên",
            cites=[cite("04-NQ/TU", date="2021-05-31")]),
    ])
    found = nodes_for(g, "04-NQ/TU")
    assert len(found) == 2
    assert {g.nodes[n]["locality"] for n in found} == {"Hà Nội", "Thái Nguyên"}


def two_terms() -> list:
    """Two provincial directives citing 18-NQ/TW of 2017 (khóa XII) and of 2022 (khóa XIII)."""
    return [
        doc("a.txt", "05-CT/TU", date="2018-03-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW", date="2017-10-25")]),
        doc("b.txt", "09-CT/TU", date="2022-09-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW", date="2022-06-16")]),
    ]


def test_18_nq_tw_of_two_terms_stay_two_nodes():
    g = build_graph(two_terms())
    found = nodes_for(g, "18-NQ/TW")
    assert [g.nodes[n]["term"] for n in found] == ["XII", "XIII"]


def test_an_undated_citation_fitting_both_terms_lands_in_an_ambiguity_set():
    g = build_graph([
        *two_terms(),
        doc("c.txt", "11-CT/TU", date="2023-01-05", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW")]),
    ])
    sets = [c for c in find_conflicts(g) if c.kind == "ambiguous"]
    assert len(sets) == 1
    assert sets[0].candidates == ["18-NQ/TW@XII", "18-NQ/TW@XIII"]
    assert sets[0].values[0].source == "c.txt"
    assert g.out_degree("11-CT/TU@Nam Định@2020-2025") == 0  # never silently merged
    with pytest.raises(AmbiguousReference) as err:
        resolve(g, "18-NQ/TW")
    assert err.value.candidates == ["18-NQ/TW@XII", "18-NQ/TW@XIII"]
    assert resolve(g, "18-NQ/TW ngày 16/6/2022") == "18-NQ/TW@XIII"


def test_an_undated_citation_fitting_one_node_is_attached_to_it():
    g = build_graph([
        doc("a.txt", "05-CT/TU", date="2018-03-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW", date="2017-10-25")]),
        doc("c.txt", "11-CT/TU", date="2019-01-05", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW")]),
    ])
    assert nodes_for(g, "18-NQ/TW") == ["18-NQ/TW@XII"]
    assert g.in_degree("18-NQ/TW@XII") == 2


def test_a_differing_date_within_one_term_is_one_node_with_a_conflict():
    g = build_graph([
        doc("a.txt", "05-CT/TU", date="2016-08-01", issuer="Tỉnh ủy Hải Dương",
            cites=[cite("114-KL/TW", date="2014-07-14")]),
        doc("b.txt", "07-CT/TU", date="2021-10-01", issuer="Thành ủy Hà Nội",
            cites=[cite("114-KL/TW", date="2015-07-14")]),
    ])
    assert nodes_for(g, "114-KL/TW") == ["114-KL/TW@XI"]
    (conflict,) = find_conflicts(g)
    assert conflict.field == "date"
    assert [(v.value, v.source) for v in conflict.values] == [
        ("2014-07-14", "a.txt"), ("2015-07-14", "b.txt")]


def test_state_numbers_without_a_year_restart_every_year():
    g = build_graph([
        doc("a.txt", "05-CT/TU", date="2017-01-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("16/CT-TTg", date="2016-05-16"), cite("16/CT-TTg", date="2020-03-31")]),
    ])
    assert nodes_for(g, "16/CT-TTg") == ["16/CT-TTg@2016", "16/CT-TTg@2020"]


def test_local_scope_comes_from_the_citation_issuer_before_the_citing_document():
    g = build_graph([
        doc("a.txt", "05-CT/TU", date="2019-01-01", issuer="Tỉnh ủy Hải Dương",
            cites=[cite("04-NQ/TU", date="2018-05-31", issuer="Thành ủy Hà Nội"),
                   cite("12-NQ/TU", date="2018-06-01")]),
    ])
    assert g.nodes["04-NQ/TU@Hà Nội@2015-2020"]["locality"] == "Hà Nội"
    assert g.nodes["12-NQ/TU@Hải Dương@2015-2020"]["locality"] == "Hải Dương"


def test_bloc_symbols_are_scoped_to_their_bloc():
    g = build_graph([
        doc("a.txt", "10-CT/ĐU", date="2014-01-01", issuer="Đảng ủy Văn phòng Chính phủ",
            cites=[cite("16-CTr/ĐUK", date="2013-08-18",
                        issuer="Đảng ủy Khối các cơ quan Trung ương")]),
        doc("b.txt", None, date="2014-05-01",
            cites=[cite("16-CTr/ĐUK", date="2013-08-18",
                        issuer="Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương"),
                   cite("16-CTr/ĐUK", date="2013-02-01",
                        issuer="Đảng ủy Khối Doanh nghiệp Trung ương")]),
    ])
    assert len(nodes_for(g, "16-CTr/ĐUK")) == 2
    assert find_conflicts(g) == []  # the two phrasings of one bloc do not conflict


def test_the_document_own_number_is_never_an_edge():
    g = build_graph([doc("a.txt", "07-CT/TU", date="2021-10-01", issuer="Thành ủy Hà Nội",
                         cites=[cite("07-CT/TU", date="2021-10-01")])])
    assert g.number_of_edges() == 0
    assert g.graph["stats"]["self_citations"] == 1


def test_a_document_without_number_is_named_by_its_file():
    g = build_graph([doc("dir/004_x.txt", None, issuer="Ban Thường vụ Tỉnh ủy",
                         locality="Thái Nguyên", cites=[cite("18/2000/CT-TTg",
                                                             date="2000-09-21")])])
    assert "004_x" in g
    assert g.nodes["004_x"]["kind"] == "ingested"
    assert resolve(g, "004_x.txt") == "004_x"
    assert [t.node.id for t in lineage(g, "18/2000/CT-TTg").walk()] == ["18/2000/CT-TTg", "004_x"]


def test_ids_do_not_depend_on_input_order():
    docs = [
        doc("a.txt", "05-CT/TU", date="2018-03-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW", date="2017-10-25"), cite("4-NQ/TU", date="2016-01-02")]),
        doc("c.txt", "11-CT/TU", date="2019-01-05", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW"), cite("04-NQ/TU", date="2016-01-02")]),
    ]
    forward, backward = build_graph(docs), build_graph(docs[::-1])
    assert sorted(forward.nodes) == sorted(backward.nodes)
    assert sorted(forward.edges(keys=True)) == sorted(backward.edges(keys=True))


@pytest.mark.parametrize(("typed", "expected"), [
    ("TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"),
    ("tỉnh Hải Dương", "Hải Dương"),
    ("Hải Dương", "Hải Dương"),
    ("Ủy ban nhân dân tỉnh Hoà Bình", "Hòa Bình"),  # old-style tone placement
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Đảng ủy Văn phòng Chính phủ", None),
])
def test_locality_names_are_normalised(typed, expected):
    assert normalize_locality(typed) == expected


def test_legacy_provinces_know_where_they_went():
    assert merged_into("Hải Dương") == "Hải Phòng"
    assert merged_into("Hà Nội") == "Hà Nội"


@pytest.mark.parametrize(("symbol", "family", "scope"), [
    ("25-NQ/TW", "party", None),          # term-numbered, central
    ("04-NQ/TU", "party", "province"),    # Tỉnh/Thành ủy
    ("15-NQ/HU", "party", "district"),
    ("665-CT/ĐU", "party", "body"),
    ("18/2000/CT-TTg", "fixed", None),    # year in the symbol
    ("97/QH14", "fixed", None),           # term in the symbol
    ("16/CT-TTg", "annual", None),        # restarts every 1 January
    ("18/CT-UBND", "annual", "province"),
    ("13/2016/QĐ-UBND", "fixed", "province"),
    ("41-LCT/HĐNN8", "fixed", None),      # pre-1992 state law in Party shape
])
def test_symbol_families(symbol, family, scope):
    info = analyze_symbol(symbol)
    assert (info.family, info.scope_kind) == (family, scope)


def test_a_stated_scope_is_the_scope_whatever_the_citing_document():
    from vanban.graph.identity import Context, scope_for, stated_scope

    contexts = [Context(), Context("TU", "Nam Định", "Nam Định", "2020-01-01"),
                Context("HU", "Hà Nội/gia lâm", "Hà Nội"), Context("ĐU", "khối x", "Huế"),
                Context("UBND", "Hải Dương", "Hải Dương")]
    symbols = ["04-NQ/TU", "15-NQ/HU", "665-CT/ĐU", "18/CT-UBND", "25-NQ/TW", "12/2015/NĐ-CP"]
    texts = [None, "tỉnh Hải Dương", "Huyện ủy Gia Lâm", "Đảng ủy Khối Doanh nghiệp", "Hà Nội"]
    issuers = [None, "Ban Thường vụ Tỉnh ủy Nam Định", "Huyện ủy Đông Anh, thành phố Hà Nội",
               "Ban Thường vụ Đảng ủy Khối X", "Ủy ban nhân dân tỉnh Thái Bình"]
    stated = 0
    for symbol in symbols:
        info = analyze_symbol(symbol)
        for text in texts:
            for issuer in issuers:
                scope = stated_scope(info, text, issuer)
                if scope is not None:
                    stated += 1
                    assert all(scope_for(info, text, issuer, ctx) == scope for ctx in contexts)
    assert stated > 20


def test_a_parser_flag_on_a_citation_is_a_flag_conflict_with_its_mention():
    g = build_graph([
        doc("a.txt", "05-CT/TU", date="2018-03-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW", date="2017-10-25", flags=["date_after_document"])]),
        doc("b.txt", "06-CT/TU", date="2018-04-01", issuer="Tỉnh ủy Nam Định",
            cites=[cite("18-NQ/TW", date="2017-10-25")]),
    ])
    flags = [c for c in find_conflicts(g) if c.kind == "flag"]
    assert [(c.node, c.field, [v.source for v in c.values]) for c in flags] == [
        ("18-NQ/TW@XII", "date_after_document", ["a.txt"])]


def _department_letter(parent: str, place: str, number: str) -> str:
    """A district office's letter citing its province's department plan "45/KH-SGDĐT"."""
    return (
        f"{parent}                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO              Độc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}/SGDĐT-GDTrH          {place}, ngày 05 tháng 3 năm 2021\n"
        "V/v triển khai kế hoạch tuyển sinh\n\n"
        "Tiếp tục thực hiện Kế hoạch số 45/KH-SGDĐT ngày 10/01/2021 về tuyển sinh lớp 10.\n"
    )


def test_a_department_symbol_of_two_provinces_stays_two_nodes():
    """Every province has a Sở Giáo dục và Đào tạo: its "45/KH-SGDĐT" is scoped to the province
    the citing letter's header names (its parent body "UBND TỈNH …")."""
    from vanban.parse import parse_document

    docs = [parse_document(_department_letter("UBND TỈNH QUẢNG NAM", "Quảng Nam", "120"),
                           source="qn.txt"),
            parse_document(_department_letter("UBND TỈNH NGHỆ AN", "Nghệ An", "388"),
                           source="na.txt")]
    assert [d.header.locality for d in docs] == ["Quảng Nam", "Nghệ An"]
    g = build_graph(docs)
    found = nodes_for(g, "45/KH-SGDĐT")
    assert len(found) == 2
    assert {g.nodes[n]["locality"] for n in found} == {"Quảng Nam", "Nghệ An"}
