"""What graph queries return: typed records a notebook user or the CLI can read and serialise."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

NodeKind = Literal["ingested", "cited"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NodeRecord(_Record):
    """One real document: ingested (we hold its text) or cited only (a stub)."""

    id: str = Field(description="Stable node id: symbol plus scope and term/year when needed.")
    symbol: str | None = Field(default=None, description="Number-symbol as printed.")
    doc_type: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    title: str | None = None
    term: str | None = Field(default=None, description="Party term (khóa) or local term span.")
    locality: str | None = Field(default=None, description="Province/city for local documents.")
    scope: str | None = Field(default=None, description="Body or locality a local symbol belongs to.")
    kind: NodeKind = "cited"
    sources: list[str] = Field(default_factory=list, description="Files holding the document.")
    aliases: list[str] = Field(default_factory=list, description="Every surface form seen.")
    mentions: int = Field(default=0, description="Citations that point at this document.")
    in_degree: int = 0
    out_degree: int = 0

    @property
    def label(self) -> str:
        """What to print for this node: its symbol, or its id when it has none."""
        return self.symbol or self.id


class Provenance(_Record):
    """Where one mention behind an edge stands."""

    file: str
    page: int = 1
    start: int | None = None
    end: int | None = None
    snippet: str = ""
    method: str = "text_layer"


class EdgeRecord(_Record):
    """Citing -> cited, for one relation, with every mention behind it."""

    source: str
    target: str
    relation: str
    mentions: int = 1
    date: dt.date | None = Field(default=None, description="The cited document's date as cited.")
    snippet: str = Field(default="", description="The first mention's text.")
    method: Literal["text_layer", "ocr", "mixed"] = "text_layer"
    confidence: float = 1.0
    provenance: list[Provenance] = Field(default_factory=list)


class ConflictValue(_Record):
    """One value of a disputed field, with where it was read."""

    value: str
    source: str
    page: int | None = None
    start: int | None = None
    end: int | None = None
    snippet: str = ""


class Conflict(_Record):
    """Contradictory facts about one document, or a citation that fits several documents.

    ``kind`` is ``value`` (different dates, issuers or types), ``flag`` (a parser validation
    flag) or ``ambiguous`` (a citation attached to an ambiguity set: ``candidates``).
    """

    node: str | None = None
    symbol: str
    field: str
    kind: Literal["value", "flag", "ambiguous"] = "value"
    values: list[ConflictValue] = Field(default_factory=list)
    candidates: list[str] = Field(default_factory=list)


class LineageTree(_Record):
    """A document and, recursively, the documents linked to it in one direction."""

    node: NodeRecord
    relation: str | None = Field(default=None, description="Relation to the parent (None at root).")
    relations: list[str] = Field(default_factory=list)
    mentions: int = 0
    cycle: bool = Field(default=False, description="Already on the path above: not expanded.")
    repeated: bool = Field(default=False, description="Expanded elsewhere in the tree.")
    children: list[LineageTree] = Field(default_factory=list)
    truncated: bool = Field(default=False, description="At the root: the size limit cut the tree.")

    def walk(self) -> list[LineageTree]:
        """Every subtree, root first (depth-first)."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


class GraphStats(_Record):
    """Counts of the graph (and of how it was built)."""

    nodes: int = 0
    edges: int = 0
    ingested: int = 0
    cited_only: int = 0
    mentions: int = 0
    self_citations: int = 0
    unresolved: int = Field(default=0, description="Citations left in ambiguity sets.")
    conflicts: int = 0
    ambiguities: int = 0
    relations: dict[str, int] = Field(default_factory=dict)
    fingerprint: str | None = None
    seconds: float = 0.0


class Lag(_Record):
    """How long after a document one of its implementers was issued."""

    node: NodeRecord
    days: int | None = Field(default=None, description="Implementer date minus document date.")
    depth: int = Field(default=1, description="1 = implements it directly.")
