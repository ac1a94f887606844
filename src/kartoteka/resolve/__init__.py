"""Resolution: surface forms of names → entities (block → score → cluster → judgements)."""

from .entities import NameRecord, ResolvedEntity, resolve_names

__all__ = ["NameRecord", "ResolvedEntity", "resolve_names"]
