"""The email package's exceptions, and the defects a parser records on the
messages it makes instead of raising (heapstack's own text)."""


class MessageError(Exception):
    """Root of the email package's errors."""


class MessageParseError(MessageError):
    """Root of the errors raised while parsing."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """The closing boundary of a multipart was not found."""


class MultipartConversionError(MessageError, TypeError):
    """A message cannot be turned into a multipart."""


class CharsetError(MessageError):
    """The charset named is not acceptable."""


class MessageDefect(ValueError):
    """Something wrong found in a message; kept in msg.defects."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class HeaderDefect(MessageDefect):
    """Something wrong found in one header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


# name, base, docstring
_DEFECTS = (
    ('NoBoundaryInMultipartDefect', MessageDefect,
     'A multipart message without a boundary parameter.'),
    ('StartBoundaryNotFoundDefect', MessageDefect,
     "The multipart's first boundary never appeared."),
    ('CloseBoundaryNotFoundDefect', MessageDefect,
     "The multipart's closing boundary never appeared."),
    ('FirstHeaderLineIsContinuationDefect', MessageDefect,
     'The first header line was a continuation line.'),
    ('MisplacedEnvelopeHeaderDefect', MessageDefect,
     "A 'From ' line in the middle of the headers."),
    ('MissingHeaderBodySeparatorDefect', MessageDefect,
     'A line with no colon among the headers.'),
    ('MultipartInvariantViolationDefect', MessageDefect,
     'A multipart message with no parts.'),
    ('InvalidMultipartContentTransferEncodingDefect', MessageDefect,
     'A multipart with a transfer encoding other than 7bit/8bit/binary.'),
    ('UndecodableBytesDefect', MessageDefect,
     'A header held bytes that could not be decoded.'),
    ('InvalidBase64PaddingDefect', MessageDefect,
     'Base64 text with wrong padding.'),
    ('InvalidBase64CharactersDefect', MessageDefect,
     'Base64 text with characters outside its alphabet.'),
    ('InvalidBase64LengthDefect', MessageDefect,
     'Base64 text of a length that is 1 mod 4.'),
    ('InvalidHeaderDefect', HeaderDefect,
     'A header that does not follow its syntax.'),
    ('HeaderMissingRequiredValue', HeaderDefect,
     'A header with no value where one is required.'),
    ('ObsoleteHeaderDefect', HeaderDefect,
     'A header in syntax RFC 5322 calls obsolete.'),
    ('NonASCIILocalPartDefect', HeaderDefect,
     'An address whose local part is not ASCII.'),
    ('InvalidDateDefect', HeaderDefect,
     'A date header that cannot be read.'),
)

for _name, _base, _doc in _DEFECTS:
    globals()[_name] = type(_name, (_base,), {'__doc__': _doc,
                                              '__module__': __name__})
del _name, _base, _doc

MalformedHeaderDefect = MissingHeaderBodySeparatorDefect  # noqa: F821


class NonPrintableDefect(HeaderDefect):
    """A header held ASCII characters that cannot be printed."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return ('the following ASCII non-printables found in header: '
                '{}'.format(self.non_printables))
