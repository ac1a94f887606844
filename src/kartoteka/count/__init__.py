"""Counting victims: person lists, linkage across them, and multiple systems estimation."""
