"""Linking: mentions of one real event across sources → events with consensus and disputes."""

from .consensus import consensus
from .events import LinkMention, link_mentions

__all__ = ["LinkMention", "consensus", "link_mentions"]
