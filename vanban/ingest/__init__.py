"""Ingestion: turn one input file into an :class:`~vanban.models.ExtractedDocument`, and run
that over folders (``batch``). ``extract.extract_text`` is the per-file entry point."""
