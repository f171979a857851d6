"""Test helpers shipped with vanban: factories for expected parser output.

Users writing their own fixtures can build expected citations the same way the project's
tables do::

    from vanban.testing import citation
    citation("25-NQ/TW", "Nghị quyết", "2013-06-03", "implements")
"""

from __future__ import annotations

from vanban.testing.factories import citation, reference

__all__ = ["citation", "reference"]
