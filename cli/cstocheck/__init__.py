"""cstocheck: check claims about the CSTO against a source-quoted claims base."""

__version__ = "1.0.0"
