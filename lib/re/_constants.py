"""Names shared by heapstack's regular expression code, and the re.error exception.

The parser, compiler and matcher live in TypeScript (src/modules/re/); Python code only needs
the flag values and the exception class, which the TypeScript side raises.
"""

from _sre import MAXREPEAT, MAXGROUPS, MAGIC

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4


def _location(pattern, pos):
    """(line, column) of offset `pos` in `pattern`, both counted from 1."""
    nl = '\n' if isinstance(pattern, str) else b'\n'
    line = 1 + pattern.count(nl, 0, pos)
    column = pos - pattern.rfind(nl, 0, pos)
    return line, column, nl in pattern


class error(Exception):
    """A regular expression could not be compiled.

    msg is the bare message; pattern and pos say where (pos may be None); lineno and colno
    give the same place as a line and a column (None when pos is None).
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            self.lineno, self.colno, multiline = _location(pattern, pos)
            text = '%s at position %d' % (msg, pos)
            if multiline:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        super().__init__(text)
