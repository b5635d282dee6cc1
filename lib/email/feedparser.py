"""FeedParser: text fed in pieces becomes a Message tree at close()
(heapstack's own text; the whole input is parsed at close)."""

import re

from email import errors
from email._policybase import compat32

__all__ = ['FeedParser', 'BytesFeedParser']

NLCRE = re.compile(r'\r\n|\r|\n')
NLCRE_bol = re.compile(r'(\r\n|\r|\n)')
NLCRE_eol = re.compile(r'(\r\n|\r|\n)\Z')
NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')
EMPTYSTRING = ''
NL = '\n'
NeedMoreData = object()


class _Lines:
    """The input's lines (ends kept) read one by one; while boundary
    matchers are pushed, a line any of them matches reads as the end."""

    def __init__(self, lines):
        self._lines = lines
        self._pos = 0
        self._stops = []
        self._back = []

    def readline(self):
        if self._back:
            line = self._back[-1]
        elif self._pos < len(self._lines):
            line = self._lines[self._pos]
        else:
            return ''
        for stop in self._stops:
            if stop(line):
                return ''
        if self._back:
            self._back.pop()
        else:
            self._pos += 1
        return line

    def unreadline(self, line):
        self._back.append(line)

    def push_eof_matcher(self, pred):
        self._stops.append(pred)

    def pop_eof_matcher(self):
        return self._stops.pop()

    def rest(self):
        out = []
        while True:
            line = self.readline()
            if line == '':
                return out
            out.append(line)


def _strip_eol(text):
    m = NLCRE_eol.search(text)
    return text[:-len(m.group(0))] if m else text


class FeedParser:
    """Builds a message from text given to feed(), returned by close()."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                self._factory = Message
            else:
                self._factory = policy.message_factory
        else:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                self._old_style_factory = True
        self._chunks = []
        self._headersonly = False
        self._closed = None

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add more of the message's text."""
        self._chunks.append(data)

    def close(self):
        """Parse everything fed and return the root message."""
        text = ''.join(self._chunks)
        self._chunks = []
        self._input = _Lines(_LINE.findall(text))
        root = self._parse(None)
        if (root.get_content_maintype() == 'multipart'
                and not root.is_multipart() and not self._headersonly):
            self.policy.handle_defect(
                root, errors.MultipartInvariantViolationDefect())
        return root

    def _new_message(self, parent):
        msg = self._factory() if self._old_style_factory else \
            self._factory(policy=self.policy)
        if parent is not None:
            if parent.get_content_type() == 'multipart/digest':
                msg.set_default_type('message/rfc822')
            parent.attach(msg)
        self._last = msg
        return msg

    def _parse(self, parent):
        msg = self._new_message(parent)
        source = self._input
        headers = []
        while True:
            line = source.readline()
            if line == '':
                break
            if not headerRE.match(line):
                if not NLCRE.match(line):
                    self.policy.handle_defect(
                        msg, errors.MissingHeaderBodySeparatorDefect())
                    source.unreadline(line)
                break
            headers.append(line)
        self._parse_headers(msg, headers)
        if self._headersonly:
            msg.set_payload(EMPTYSTRING.join(source.rest()))
            return msg
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            # blocks of headers separated by blank lines
            while True:
                source.push_eof_matcher(NLCRE.match)
                self._parse(msg)
                source.pop_eof_matcher()
                source.readline()
                line = source.readline()
                if line == '':
                    break
                source.unreadline(line)
            return msg
        if msg.get_content_maintype() == 'message':
            self._parse(msg)
            return msg
        if msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg)
            return msg
        msg.set_payload(EMPTYSTRING.join(source.rest()))
        return msg

    def _parse_multipart(self, msg):
        source = self._input
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(EMPTYSTRING.join(source.rest()))
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(
                msg, errors.InvalidMultipartContentTransferEncodingDefect())
        marker = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                            r')(?P<end>--)?(?P<ws>[ \t]*)'
                            r'(?P<linesep>\r\n|\r|\n)?$')
        in_preamble = True
        preamble = []
        closed = False
        linesep = False
        while True:
            line = source.readline()
            if line == '':
                break
            m = marker.match(line)
            if not m:
                preamble.append(line)
                continue
            if m.group('end'):
                closed = True
                linesep = m.group('linesep')
                break
            if in_preamble:
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])
                    msg.preamble = EMPTYSTRING.join(preamble)
                in_preamble = False
            # skip repeated boundary lines, then parse one part
            while True:
                line = source.readline()
                if not marker.match(line):
                    if line != '':
                        source.unreadline(line)
                    break
            source.push_eof_matcher(marker.match)
            self._parse(msg)
            source.pop_eof_matcher()
            # the line end before the boundary belongs to the boundary; it
            # is taken from the message made last (for a message/rfc822
            # part, the message inside it)
            part = self._last
            if part.get_content_maintype() == 'multipart':
                if part.epilogue == '':
                    part.epilogue = None
                elif part.epilogue is not None:
                    part.epilogue = _strip_eol(part.epilogue)
            elif isinstance(part._payload, str):
                part._payload = _strip_eol(part._payload)
            self._last = msg
        if in_preamble:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(EMPTYSTRING.join(preamble))
            source.rest()
            msg.epilogue = ''
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [''] if linesep else []
        epilogue.extend(source.rest())
        if epilogue:
            m = NLCRE_bol.match(epilogue[0])
            if m:
                epilogue[0] = epilogue[0][len(m.group(0)):]
        msg.epilogue = EMPTYSTRING.join(epilogue)

    def _parse_headers(self, msg, lines):
        name = ''
        value = []
        for n, line in enumerate(lines):
            if line[0] in ' \t':
                if not name:
                    self.policy.handle_defect(
                        msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                value.append(line)
                continue
            if name:
                msg.set_raw(*self.policy.header_source_parse(value))
                name, value = '', []
            if line.startswith('From '):
                if n == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if n == len(lines) - 1:
                    # the body's first line, as CPython takes it
                    self._input.unreadline(line)
                    return
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                msg.defects.append(
                    errors.InvalidHeaderDefect("Missing header name."))
                continue
            name = line[:colon]
            value = [line]
        if name:
            msg.set_raw(*self.policy.header_source_parse(value))


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (non-ASCII bytes kept as surrogate escapes)."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
