"""heapstack's xml.sax (our own): SAX 2 parsing with handlers, on the driver in
xml.sax.expatreader."""

from . import handler as _handler
from ._exceptions import (
    SAXException,
    SAXNotRecognizedException,
    SAXNotSupportedException,
    SAXParseException,
    SAXReaderNotAvailable,
)
from .xmlreader import InputSource

ContentHandler = _handler.ContentHandler
ErrorHandler = _handler.ErrorHandler
default_parser_list = ["xml.sax.expatreader"]

# One shared instance is the default for every call, as in CPython.
_errors = ErrorHandler()


def _parse_with(source, content, errors):
    reader = make_parser()
    reader.setContentHandler(content)
    reader.setErrorHandler(errors)
    reader.parse(source)


def parse(source, handler, errorHandler=_errors):
    """Parses a file name, path or file object, sending its events to `handler`."""
    _parse_with(source, handler, errorHandler)


def parseString(string, handler, errorHandler=_errors):
    """Parses a str or bytes document held in memory."""
    import io

    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    _parse_with(source, handler, errorHandler)


def make_parser(parser_list=()):
    """A SAX reader from the first module of parser_list (then the defaults) that loads."""
    import importlib

    for name in [*parser_list, *default_parser_list]:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        try:
            return module.create_parser()
        except SAXReaderNotAvailable:
            continue
    raise SAXReaderNotAvailable("No parsers found", None)
