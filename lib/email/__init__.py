"""Reading, building and writing email messages (heapstack's own text).

The package follows CPython 3.11's email: Message objects, the parsers that
make them from text or bytes, the generators that flatten them again, MIME
helpers, headers with RFC 2047 encoded words, and address/date utilities.
The four message_from_* helpers below are shortcuts for the parsers of
email.parser; their extra arguments (a message class, policy=...) go to
the parser's constructor.
"""

__all__ = ['base64mime', 'charset', 'encoders', 'errors', 'feedparser',
           'generator', 'header', 'iterators', 'message',
           'message_from_file', 'message_from_binary_file',
           'message_from_string', 'message_from_bytes', 'mime', 'parser',
           'quoprimime', 'utils']


def _parser(binary, args, kws):
    from email import parser
    return (parser.BytesParser if binary else parser.Parser)(*args, **kws)


def message_from_string(s, *args, **kws):
    """The Message parsed from the str s."""
    return _parser(False, args, kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """The Message parsed from bytes (non-ASCII bytes are kept as
    surrogate escapes)."""
    return _parser(True, args, kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """The Message parsed from an open text file."""
    return _parser(False, args, kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """The Message parsed from an open binary file."""
    return _parser(True, args, kws).parse(fp)
