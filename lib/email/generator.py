"""Generators: flatten a Message tree to text or bytes (heapstack's own
text)."""

import random
import re
import sys
import time
from copy import deepcopy
from io import BytesIO, StringIO

from email.utils import _has_surrogates

__all__ = ['Generator', 'DecodedGenerator', 'BytesGenerator']

UNDERSCORE = '_'
NL = '\n'
NLCRE = re.compile(r'\r\n|\r|\n')
fcre = re.compile(r'^From ', re.MULTILINE)


class Generator:
    """Writes messages as text to outfp."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *,
                 policy=None):
        """mangle_from_ writes '>From ' for body lines starting 'From '
        (the policy's setting by default, True without a policy);
        maxheaderlen overrides the policy's max_line_length."""
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy else True
        self._fp = outfp
        self._mangle_from_, self.maxheaderlen = mangle_from_, maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg (with its Unix From line if unixfrom), lines ending
        with linesep (the policy's by default)."""
        changes = {}
        if linesep is not None:
            changes['linesep'] = linesep
        if self.maxheaderlen is not None:
            changes['max_line_length'] = self.maxheaderlen
        policy = self.policy or msg.policy
        if changes:
            policy = policy.clone(**changes)
        self._NL = policy.linesep
        self._encoded_NL = self._encode(policy.linesep)
        self._EMPTY = ''
        self._encoded_EMPTY = self._encode('')
        saved = (self.policy, msg.policy)
        try:
            self.policy = policy
            msg.policy = policy
            if unixfrom:
                line = msg.get_unixfrom() or \
                    'From nobody ' + time.ctime(time.time())
                self.write(line + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        # the text's line ends become the policy's
        if not lines:
            return
        pieces = NLCRE.split(lines)
        for piece in pieces[:-1]:
            self.write(piece)
            self.write(self._NL)
        if pieces[-1]:
            self.write(pieces[-1])

    def _write(self, msg):
        # the body first (it may set a boundary), then the headers
        saved = self._fp
        self._munge_cte = None
        body = self._fp = self._new_buffer()
        try:
            self._dispatch(msg)
        finally:
            self._fp = saved
            munge = self._munge_cte
            del self._munge_cte
        if munge:
            msg = deepcopy(msg)
            cte, ctype = munge
            if 'content-transfer-encoding' in msg:
                msg.replace_header('content-transfer-encoding', cte)
            else:
                msg['Content-Transfer-Encoding'] = cte
            msg.replace_header('content-type', ctype)
        own = getattr(msg, '_write_headers', None)
        if own is None:
            self._write_headers(msg)
        else:
            own(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        # _handle_maintype_subtype, else _handle_maintype, else the body as is
        main, sub = msg.get_content_type().split('/')
        handler = getattr(self, '_handle_' + (main + '_' + sub).replace('-', '_'),
                          None)
        if handler is None:
            handler = getattr(self, '_handle_' + main.replace('-', '_'), None)
        if handler is None:
            handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        for pair in msg.raw_items():
            self.write(self.policy.fold(*pair))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError(f'string payload expected: {type(payload)}')
        claimed = msg.get_param('charset')
        if claimed is not None and _has_surrogates(msg._payload):
            # raw 8-bit text: encode it for the charset it claims, and
            # have _write put the headers that says so on a copy
            copy = deepcopy(msg)
            del copy['content-transfer-encoding']
            copy.set_payload(payload, claimed)
            payload = copy.get_payload()
            self._munge_cte = (copy['content-transfer-encoding'],
                               copy['content-type'])
        self._write_lines(self._mangled(payload))

    def _mangled(self, text):
        return fcre.sub('>From ', text) if self._mangle_from_ else text

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = []
        for part in parts:
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buf.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        nl = self._NL
        dashes = '--' + boundary
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(nl)
        self.write(dashes + nl)
        for n, text in enumerate(texts):
            if n:
                self.write(nl + dashes + nl)
            self._fp.write(text)
        self.write(nl + dashes + '--' + nl)
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _handle_multipart_signed(self, msg):
        # signed parts must come out exactly as they went in
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        # header blocks, one blank line between them
        nl = self._encoded_NL
        blocks = []
        for block in msg.get_payload():
            buf = self._new_buffer()
            self.clone(buf).flatten(block, unixfrom=False, linesep=self._NL)
            text = buf.getvalue()
            if text.endswith(nl):
                text = text[:-len(nl)]
            blocks.append(text)
        self._fp.write(nl.join(blocks))

    def _handle_message(self, msg):
        payload = msg._payload
        if isinstance(payload, list):
            buf = self._new_buffer()
            self.clone(buf).flatten(msg.get_payload(0), unixfrom=False,
                                    linesep=self._NL)
            payload = buf.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        """'===============<19 digits>==', with a suffix if text holds it."""
        base = '=' * 15 + (_fmt % random.randrange(sys.maxsize)) + '=='
        if text is None:
            return base
        candidate, n = base, 0
        while cls._compile_re('^--' + re.escape(candidate) + '(--)?$',
                              re.MULTILINE).search(text):
            candidate = base + '.' + str(n)
            n += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Writes messages as bytes; 8-bit payloads pass through unless the
    policy's cte_type is 7bit."""

    def write(self, s):
        self._fp.write(s.encode('ascii', 'surrogateescape'))

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode('ascii')

    def _write_headers(self, msg):
        out = self._fp
        for pair in msg.raw_items():
            out.write(self.policy.fold_binary(*pair))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and self.policy.cte_type != '7bit':
            if self._mangle_from_:
                msg._payload = fcre.sub('>From ', msg._payload)
            self._write_lines(msg._payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode('ascii'), flags)


_FMT = '[Non-text (%(type)s) part of message omitted, filename %(filename)s]'


class DecodedGenerator(Generator):
    """Writes the text parts of a message, and a line fmt % info for each
    other part."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None,
                 *, policy=None):
        super().__init__(outfp, mangle_from_, maxheaderlen, policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            main = part.get_content_maintype()
            if main == 'text':
                self.write(str(part.get_payload(decode=False)) + '\n')
            elif main != 'multipart':
                info = {
                    'type': part.get_content_type(),
                    'maintype': main,
                    'subtype': part.get_content_subtype(),
                    'filename': part.get_filename('[no filename]'),
                    'description': part.get('Content-Description',
                                            '[no description]'),
                    'encoding': part.get('Content-Transfer-Encoding',
                                         '[no encoding]'),
                }
                print(self._fmt % info, file=self)


_width = len(repr(sys.maxsize - 1))
_fmt = '%%0%dd' % _width
_make_boundary = Generator._make_boundary
