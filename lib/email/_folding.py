"""Folding header values for the modern policies (heapstack's own text).

CPython folds a header by walking the parse tree its RFC 5322 grammar
builds; this module builds a small tree of the same shape for the header
kinds heapstack knows (unstructured text, address lists, MIME values with
parameters) and walks it by the same rules: a piece that fits goes on the
current line; one that does not starts a new line at a syntactic break
(taking the blank before it along); a node that still does not fit is
opened up into its children; text that is not ASCII (or a word too long
for any line) becomes RFC 2047 encoded words, neighbouring encoded words
on a line being merged into one.
"""

import re
import sys
import urllib.parse
from base64 import b64encode

from email import errors, utils

WSP = ' \t'
_SPECIALS = set('()<>@,:;.\\"[]')


class Piece(str):
    """A leaf: text that is kept whole unless it must be encoded."""

    ew_ok = True        # may become an encoded word
    combine = True      # may merge with an encoded word before it
    brk = True          # a line may break before it
    kind = 'vtext'

    def __new__(cls, text, kind='vtext', ew_ok=True, combine=True):
        self = super().__new__(cls, text)
        self.kind = kind
        self.ew_ok = ew_ok
        self.combine = combine
        return self

    def starts_fws(self):
        return self.kind == 'fws'


class Node(list):
    """An inner node; its text is its children's."""

    def __init__(self, children, ew_ok=None, brk=True, combine=True,
                 kind='node', params=None):
        super().__init__(children)
        self._ew_ok = ew_ok
        self.brk = brk
        self.combine = combine
        self.kind = kind
        self.params = params

    @property
    def ew_ok(self):
        if self._ew_ok is not None:
            return self._ew_ok
        return all(child.ew_ok for child in self)

    def __str__(self):
        return ''.join(str(child) for child in self)

    def starts_fws(self):
        return bool(self) and self[0].starts_fws()


def _q_len(raw):
    return sum(1 if (chr(b).isalnum() and b < 128) or b in b'-!*+/ ' else 3
               for b in raw)


def encode_word(text, charset='utf-8'):
    """One encoded word for text, q unless b is 5 or more shorter."""
    if charset == 'unknown-8bit':
        raw = text.encode('ascii', 'surrogateescape')
    else:
        raw = text.encode(charset)
    if _q_len(raw) - (len(raw) + 2) // 3 * 4 < 5:
        body = ''.join('_' if b == 32 else chr(b)
                       if (chr(b).isalnum() and b < 128) or b in b'-!*+/'
                       else '=%02X' % b for b in raw)
        return '=?%s?q?%s?=' % (charset, body)
    return '=?%s?b?%s?=' % (charset, b64encode(raw).decode('ascii'))


_EW = re.compile(r'=\?([^?]*)\?([qQbB])\?(.*?)\?=')


def decode_text(text):
    """text with its encoded words decoded (blanks between two encoded
    words dropped), as CPython's unstructured parser reads it."""
    from email.header import decode_header
    if '=?' not in text:
        return text
    out = []
    pos = 0
    last_was_ew = False
    for m in _EW.finditer(text):
        between = text[pos:m.start()]
        if not (last_was_ew and between and between.strip(WSP) == ''):
            out.append(between)
        try:
            [(raw, cs)] = decode_header(m.group(0))
            if isinstance(raw, bytes):
                if cs == 'unknown-8bit':
                    raw = raw.decode('ascii', 'surrogateescape')
                else:
                    raw = raw.decode(cs or 'ascii', 'replace')
            out.append(raw)
        except Exception:
            out.append(m.group(0))
        pos = m.end()
        last_was_ew = True
    out.append(text[pos:])
    return ''.join(out)


def _steal_blank(lines):
    last = lines[-1]
    if last and last[-1] in WSP:
        lines[-1] = last[:-1]
        return last[-1]
    return ''


def _fold_as_ew(text, lines, maxlen, last_ew, combine, charset):
    if last_ew is not None and combine:
        text = decode_text(lines[-1][last_ew:]) + text
        lines[-1] = lines[-1][:last_ew]
    if text[0] in WSP:
        lead, text = text[0], text[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_blank(lines))
        lines[-1] += lead
    trail = ''
    if text[-1] in WSP:
        trail, text = text[-1], text[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    wire = 'utf-8' if charset == 'us-ascii' else charset
    chrome = len(wire) + 7
    if chrome + 1 >= maxlen:
        raise errors.HeaderParseError(
            "max_line_length is too small to fit an encoded word")
    while text:
        room = maxlen - len(lines[-1])
        if room - chrome <= 0:
            lines.append(' ')
            continue
        chunk = text[:room - chrome]
        word = encode_word(chunk, wire)
        while len(word) > room:
            chunk = chunk[:-1]
            word = encode_word(chunk, wire)
        lines[-1] += word
        text = text[len(chunk):]
        if text:
            lines.append(' ')
            start = len(lines[-1])
    lines[-1] += trail
    return start if combine else None


def _quote_param(value):
    return '"' + value.replace('\\', '\\\\').replace('"', '\\"') + '"'


def _fold_params(node, lines, maxlen, encoding):
    for name, value in node.params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset, handler = encoding, 'strict'
        try:
            value.encode(encoding)
            must_encode = False
        except UnicodeEncodeError:
            must_encode = True
            if utils._has_surrogates(value):
                charset, handler = 'unknown-8bit', 'surrogateescape'
            else:
                charset = 'utf-8'
        if must_encode:
            text = "{}*={}''{}".format(
                name, charset, urllib.parse.quote(value, safe='',
                                                  errors=handler))
        else:
            text = '{}={}'.format(name, _quote_param(value))
        if len(lines[-1]) + len(text) + 1 < maxlen:
            lines[-1] += ' ' + text
            continue
        if len(text) + 2 <= maxlen:
            lines.append(' ' + text)
            continue
        # RFC 2231 continuations: name*0*=charset''..., name*1*=...
        section = 0
        prefix = charset + "''"
        while value:
            chrome = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                maxlen = 78
            limit = cut = maxlen - chrome - 2
            while True:
                quoted = urllib.parse.quote(value[:cut], safe='',
                                            errors=handler)
                if len(quoted) <= limit:
                    break
                cut -= 1
            lines.append(' {}*{}*={}{}'.format(name, section, prefix, quoted))
            prefix = ''
            section += 1
            value = value[cut:]
            if value:
                lines[-1] += ';'


_UNBLOCK = object()


def refold(tree, policy):
    """The lines of tree (a Node) folded for policy, joined and ended with
    the policy's linesep."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    lines = ['']
    last_ew = None
    blocked = 0
    want = False
    parts = list(tree)
    while parts:
        part = parts.pop(0)
        if part is _UNBLOCK:
            blocked -= 1
            continue
        text = str(part)
        if part.kind == 'ptext' and set(text) & _SPECIALS:
            want = True
        try:
            text.encode(encoding)
            charset = encoding
        except UnicodeEncodeError:
            charset = 'unknown-8bit' if utils._has_surrogates(text) else 'utf-8'
            want = True
        if part.kind == 'params':
            _fold_params(part, lines, maxlen, encoding)
            continue
        if want and not blocked:
            if not part.ew_ok:
                want = False
                last_ew = None
                if part.brk and isinstance(part, Node):
                    alone = refold(part, policy)[:-len(policy.linesep)]
                    if policy.linesep not in alone:
                        if len(alone) > maxlen - len(lines[-1]):
                            lines.append(_steal_blank(lines))
                        lines[-1] += alone
                        continue
            if isinstance(part, Node):
                parts = list(part) + parts
            else:
                last_ew = _fold_as_ew(text, lines, maxlen, last_ew,
                                      part.combine, charset)
            want = False
            continue
        if len(text) <= maxlen - len(lines[-1]):
            lines[-1] += text
            continue
        if part.brk and len(text) + 1 <= maxlen:
            blank = _steal_blank(lines)
            if blank or part.starts_fws():
                lines.append(blank + text)
                last_ew = None
                continue
        if isinstance(part, Node):
            children = list(part)
            if not part.ew_ok:
                blocked += 1
                children.append(_UNBLOCK)
            parts = children + parts
            continue
        if part.ew_ok and not blocked:
            parts.insert(0, part)
            want = True
            continue
        blank = _steal_blank(lines)
        if blank or part.starts_fws():
            lines.append(blank + text)
        else:
            lines[-1] += text
    return policy.linesep.join(lines) + policy.linesep


# building trees for the header kinds

def words(text):
    """Unstructured text as vtext and fws pieces."""
    out = []
    for chunk in re.split(r'([ \t]+)', text):
        if chunk:
            out.append(Piece(chunk, 'fws' if chunk[0] in WSP else 'vtext'))
    return out


def header_tree(name, value_node):
    label = Node([Piece(name, 'header-name'), Piece(':', 'header-sep')],
                 ew_ok=False)
    children = [label]
    if value_node is not None and len(value_node):
        children.append(Node([Piece(' ', 'fws')]))
        children.append(value_node)
    return Node(children)


def unstructured_tree(text):
    return Node(words(text), kind='unstructured')


def _display_name_node(name, leading):
    pieces = [Piece(' ', 'fws')] if leading else []
    if name and not _SPECIALS.isdisjoint(name):
        quoted = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        pieces.append(Piece(quoted, 'ptext'))
    else:
        pieces.extend(words(name))
    return Node(pieces, combine=False, kind='display-name')


def address_tree(addresses):
    """addresses: list of (display_name, addr_spec) for one list."""
    items = []
    for n, (display, spec) in enumerate(addresses):
        if n:
            items.append(Piece(',', 'list-separator'))
        lead = n > 0
        if display:
            angle = Node([Piece('<', 'angle-addr-start'),
                          Piece(spec, 'addr-spec', ew_ok=False),
                          Piece('>', 'angle-addr-end')], ew_ok=False)
            mailbox = Node([_display_name_node(display, lead),
                            Node([Piece(' ', 'fws')]), angle], ew_ok=False)
        else:
            parts = [Piece(' ', 'fws')] if lead else []
            parts.append(Piece(spec, 'addr-spec', ew_ok=False))
            mailbox = Node(parts, ew_ok=False)
        items.append(mailbox)
    return Node(items, ew_ok=False, kind='address-list')


def parameterized_tree(first, params_text, params):
    """A MIME value: 'text/plain', then ';' and the parameters."""
    children = [Piece(first, 'token', ew_ok=False)]
    if params:
        children.append(Piece(';', 'parameter-separator'))
        children.append(Node(words(params_text), ew_ok=False, brk=False,
                             kind='params', params=params))
    return Node(children, ew_ok=False, brk=False, kind='mime-value')
