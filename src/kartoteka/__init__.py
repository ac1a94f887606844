"""kartoteka: a source-critical chronicle of political repression, built from claims."""

__version__ = "0.1.0"
