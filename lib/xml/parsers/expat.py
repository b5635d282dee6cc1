"""heapstack's xml.parsers.expat: the ExpatError raised by xml.dom.minidom's parser (its
message, `code`, `lineno` and `offset` are expat's). There is no ParserCreate: heapstack's
XML parsing lives in xml.etree.ElementTree."""

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)


class ExpatError(Exception):
    pass


error = ExpatError
ExpatError.__module__ = "xml.parsers.expat"
