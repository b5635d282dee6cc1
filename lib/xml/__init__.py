"""Core XML support for Python."""

__all__ = ["dom", "parsers", "sax", "etree"]
