"""Header values with RFC 2047 encoded words, and the compat32 way of
folding them into lines (heapstack's own text)."""

import binascii
import re

import email.base64mime
import email.quoprimime
from email import charset as _charset
from email.errors import HeaderParseError

__all__ = ['Header', 'decode_header', 'make_header']

Charset = _charset.Charset
NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'
USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

# =?charset?q-or-b?text?=
ecre = re.compile(r'=\?(?P<charset>[^?]*?)\?(?P<encoding>[qQbB])\?'
                  r'(?P<encoded>.*?)\?=', re.MULTILINE)
fcre = re.compile(r'[\041-\176]+:$')
_embedded_header = re.compile(r'\n[^ \t]+:')
_max_append = email.quoprimime._max_append


def decode_header(header):
    """[(bytes or str, charset or None), ...] for a header value: the
    encoded words decoded, with the plain text between them."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(text, str(cs)), str(cs))
                for text, cs in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    # (text, encoding or None, charset or None)
    words = []
    for line in header.splitlines():
        pieces = ecre.split(line)
        plain = pieces[0].lstrip()
        if plain:
            words.append((plain, None, None))
        for k in range(1, len(pieces), 4):
            charset, encoding, encoded, plain = pieces[k:k + 4]
            words.append((encoded, encoding.lower(), charset.lower()))
            if plain:
                words.append((plain, None, None))
    # blanks between two encoded words vanish
    keep = []
    for n, w in enumerate(words):
        if (0 < n < len(words) - 1 and w[1] is None and w[0].isspace()
                and words[n - 1][1] and words[n + 1][1]):
            continue
        keep.append(w)
    decoded = []
    for text, encoding, charset in keep:
        if encoding is None:
            decoded.append((text, charset))
        elif encoding == 'q':
            decoded.append((email.quoprimime.header_decode(text), charset))
        else:
            if len(text) % 4:
                text += '=' * (4 - len(text) % 4)
            try:
                decoded.append((email.base64mime.decode(text), charset))
            except binascii.Error:
                raise HeaderParseError('Base64 decoding error')
    merged = []
    for word, charset in decoded:
        if isinstance(word, str):
            word = bytes(word, 'raw-unicode-escape')
        if merged and merged[-1][1] == charset:
            last = merged[-1][0]
            merged[-1] = (last + BSPACE + word if charset is None
                          else last + word, charset)
        else:
            merged.append((word, charset))
    return merged


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """A Header made of decode_header()'s pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(text, charset)
    return h


def _is_boundary_char(s):
    return s.isspace() or s in ('(', ')', '\\')


def _plain(cs):
    return cs in (None, 'us-ascii')


class Header:
    """A header value made of pieces, each in a charset."""

    def __init__(self, s=None, charset=None, maxlinelen=None,
                 header_name=None, continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def _nonctext(self, s):
        return _is_boundary_char(s)

    def __str__(self):
        self._normalize()
        out = []
        last_cs = None
        last_blank = None
        for text, cs in self._chunks:
            this_cs = cs
            if this_cs == _charset.UNKNOWN8BIT:
                text = text.encode('ascii', 'surrogateescape').decode(
                    'ascii', 'replace')
            if out:
                starts_blank = text and _is_boundary_char(text[0])
                if not _plain(last_cs):
                    if _plain(this_cs) and not starts_blank:
                        out.append(SPACE)
                        this_cs = None
                elif not _plain(this_cs) and not last_blank:
                    out.append(SPACE)
            last_blank = text and _is_boundary_char(text[-1])
            last_cs = this_cs
            out.append(text)
        return ''.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        """Add s (str, or bytes in charset) as a piece in charset."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value as folded lines joined with linesep, non-ASCII pieces
        as encoded words."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        fmt = _ValueFormatter(self._headerlen, maxlinelen,
                              self._continuation_ws, splitchars)
        last_cs = None
        started = False
        last_blank = None
        for text, cs in self._chunks:
            if started:
                starts_blank = text and _is_boundary_char(text[0])
                if not _plain(last_cs):
                    if not starts_blank or not _plain(cs):
                        fmt.add_transition()
                elif not _plain(cs) and not last_blank:
                    fmt.add_transition()
            started = True
            last_blank = text and _is_boundary_char(text[-1])
            last_cs = cs
            lines = text.splitlines()
            fmt.feed('', lines[0] if lines else '', cs)
            for line in lines[1:]:
                fmt.newline()
                if cs.header_encoding is not None:
                    fmt.feed(self._continuation_ws, ' ' + line.lstrip(), cs)
                else:
                    rest = line.lstrip()
                    fmt.feed(line[:len(line) - len(rest)], rest, cs)
            if len(lines) > 1:
                fmt.newline()
        if self._chunks:
            fmt.add_transition()
        value = fmt._str(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value

    def _normalize(self):
        # neighbouring pieces in one charset become one, joined by a space
        merged = []
        for text, cs in self._chunks:
            if merged and merged[-1][1] == cs:
                merged[-1][0].append(text)
            else:
                merged.append(([text], cs))
        self._chunks = [(SPACE.join(texts), cs) for texts, cs in merged]


class _Line(list):
    """The (blanks, text) pieces of the line being built; len() is its
    width, counting what comes before the first piece."""

    def __init__(self, initial_size=0):
        super().__init__()
        self._initial_size = initial_size

    def push(self, fws, string):
        self.append((fws, string))

    def pop_from(self, i=0):
        taken = self[i:]
        del self[i:]
        return taken

    def pop(self):
        if not self.part_count():
            return ('', '')
        return super().pop()

    def __len__(self):
        width = self._initial_size
        for fws, text in self:
            width += len(fws) + len(text)
        return width

    def __str__(self):
        return ''.join(fws + text for fws, text in self)

    def reset(self, startval=None):
        self[:] = startval or []
        self._initial_size = 0

    def is_onlyws(self):
        return self._initial_size == 0 and (not self or str(self).isspace())

    def part_count(self):
        return list.__len__(self)


class _ValueFormatter:
    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self._maxlen = maxlen
        self._continuation_ws = continuation_ws
        self._continuation_ws_len = len(continuation_ws)
        self._splitchars = splitchars
        self._lines = []
        self._current_line = _Line(headerlen)

    def _str(self, linesep):
        self.newline()
        return linesep.join(self._lines)

    def __str__(self):
        return self._str(NL)

    def newline(self):
        line = self._current_line
        tail = line.pop()
        if tail != (' ', ''):
            line.push(*tail)
        if len(line) > 0:
            if line.is_onlyws() and self._lines:
                self._lines[-1] += str(line)
            else:
                self._lines.append(str(line))
        line.reset()

    def add_transition(self):
        self._current_line.push(' ', '')

    def feed(self, fws, string, charset):
        if charset.header_encoding is None:
            self._ascii_split(fws, string, self._splitchars)
            return
        words = charset.header_encode_lines(string, self._maxlengths())
        if not words:
            return
        first = words.pop(0)
        if first is not None:
            self._append_chunk(fws, first)
        if not words:
            return
        last = words.pop()
        self.newline()
        self._current_line.push(self._continuation_ws, last)
        for word in words:
            self._lines.append(self._continuation_ws + word)

    def _maxlengths(self):
        yield self._maxlen - len(self._current_line)
        while True:
            yield self._maxlen - self._continuation_ws_len

    def _ascii_split(self, fws, string, splitchars):
        parts = re.split('([' + FWS + ']+)', fws + string)
        if parts[0]:
            parts.insert(0, '')
        else:
            del parts[0]
        for k in range(0, len(parts) - 1, 2):
            self._append_chunk(parts[k], parts[k + 1])

    def _split_point(self):
        line = self._current_line
        for ch in self._splitchars:
            for i in range(line.part_count() - 1, 0, -1):
                if ch.isspace():
                    blanks = line[i][0]
                    if blanks and blanks[0] == ch:
                        return i
                before = line[i - 1][1]
                if before and before[-1] == ch:
                    return i
        return None

    def _append_chunk(self, fws, string):
        line = self._current_line
        line.push(fws, string)
        if len(line) <= self._maxlen:
            return
        at = self._split_point()
        if at is None:
            fws, part = line.pop()
            if line._initial_size > 0:
                self.newline()
                if not fws:
                    fws = ' '
            line.push(fws, part)
            return
        rest = line.pop_from(at)
        self._lines.append(str(line))
        line.reset(rest)
