"""Message, the email object model: headers (an ordered list of name/value
pairs, names compared without case) and a payload that is a str or a list of
sub-messages; MIMEPart and EmailMessage add the newer content API
(heapstack's own text)."""

import base64
import binascii
import quopri
import re
import io

from email import charset as _charset
from email import errors, utils
from email._policybase import compat32

__all__ = ['Message', 'EmailMessage']

Charset = _charset.Charset
SEMISPACE = '; '
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')
_MISSING = object()


def _splitparam(param):
    value, sep, rest = str(param).partition(';')
    return (value.strip(), rest.strip() if sep else None)


def _formatparam(param, value=None, quote=True):
    """'name="value"' (RFC 2231-encoded when value is a triple or not
    ASCII); just the name when there is no value."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0],
                                                       value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return f'{param}="{utils.quote(value)}"'
    return f'{param}={value}'


def _parseparam(s):
    """The ';'-separated pieces of a header value (the first is the value
    itself), names lowercased; a ';' inside quotes does not split."""
    pieces = []
    rest = ';' + str(s)
    while rest[:1] == ';':
        rest = rest[1:]
        end = rest.find(';')
        while end > 0 and (rest.count('"', 0, end)
                           - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        if end < 0:
            end = len(rest)
        piece = rest[:end]
        if '=' in piece:
            name, value = piece.split('=', 1)
            piece = name.strip().lower() + '=' + value.strip()
        pieces.append(piece.strip())
        rest = rest[end:]
    return pieces


def _unquotevalue(value):
    if isinstance(value, tuple):
        return (value[0], value[1], utils.unquote(value[2]))
    return utils.unquote(value)


def _decode_b(encoded):
    """(bytes, defects) of base64 text, as forgiving as CPython's."""
    rem = len(encoded) % 4
    try:
        padded = encoded + b'==='[:4 - rem] if rem else encoded
        return (base64.b64decode(padded, validate=True),
                [errors.InvalidBase64PaddingDefect()] if rem else [])
    except binascii.Error:
        pass
    try:
        return (base64.b64decode(encoded, validate=False),
                [errors.InvalidBase64CharactersDefect()])
    except binascii.Error:
        pass
    try:
        return (base64.b64decode(encoded + b'==', validate=False),
                [errors.InvalidBase64CharactersDefect(),
                 errors.InvalidBase64PaddingDefect()])
    except binascii.Error:
        return encoded, [errors.InvalidBase64LengthDefect()]


def _decode_uu(encoded):
    lines = iter(encoded.splitlines())
    for line in lines:
        if line.startswith(b'begin '):
            mode = line[6:].partition(b' ')[0]
            try:
                int(mode, 8)
            except ValueError:
                continue
            break
    else:
        raise ValueError('`begin` line not found')
    out = []
    for line in lines:
        if not line:
            raise ValueError('Truncated input')
        if line.strip(b' \t\r\n\f') == b'end':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # garbage after the data that the length byte announces
            count = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:count]))
    return b''.join(out)


class Message:
    """An email message: headers and a payload (a str, or a list of
    Message objects for a multipart)."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = None
        self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message flattened to text."""
        from email.generator import Generator
        out = io.StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                  policy=self.policy if policy is None else policy
                  ).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message flattened to bytes."""
        from email.generator import BytesGenerator
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False,
                       policy=self.policy if policy is None else policy
                       ).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        """True when the payload is a list of sub-messages."""
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        """Set the envelope line ('From sender date') written before the headers."""
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        """The envelope line, or None when the message has none."""
        return self._unixfrom

    def attach(self, payload):
        """Add a part to a multipart payload."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with a"
                            " non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (its i-th part for a multipart); with decode, the
        bytes of a non-multipart payload after undoing its
        Content-Transfer-Encoding (None for a multipart)."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        raw = None
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                raw = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        payload = raw.decode(self.get_param('charset', 'ascii'),
                                             'replace')
                    except LookupError:
                        payload = raw.decode('ascii', 'replace')
            elif decode:
                try:
                    raw = payload.encode('ascii')
                except UnicodeError:
                    raw = payload.encode('raw-unicode-escape')
        if not decode:
            return payload
        if cte == 'quoted-printable':
            return quopri.decodestring(raw)
        if cte == 'base64':
            value, defects = _decode_b(b''.join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return value
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        if isinstance(payload, str):
            return raw
        return payload

    def set_payload(self, payload, charset=None):
        """Set the payload; with a charset, encode it for that charset and
        set the MIME headers (see set_charset)."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Record the charset, adding MIME-Version, Content-Type's charset
        and Content-Transfer-Encoding (encoding the payload) as needed."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        wire = charset.get_output_charset()
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=wire)
        else:
            self.set_param('charset', wire)
        if charset != wire:
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)
            return
        payload = self._payload
        if payload:
            try:
                payload = payload.encode('ascii', 'surrogateescape')
            except UnicodeError:
                payload = payload.encode(charset.output_charset)
        self._payload = charset.body_encode(payload)
        self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        """The Charset given to set_charset() or set_payload(), or None."""
        return self._charset

    # headers, as a mapping with repeated keys

    def __len__(self):
        """The number of headers, repeated names counted each time."""
        return len(self._headers)

    def __getitem__(self, name):
        """The first header of this name (any case), or None: never KeyError."""
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (after any of the same name: it does not replace)."""
        limit = self.policy.header_max_count(name)
        if limit:
            lname = name.lower()
            if sum(1 for k, _ in self._headers if k.lower() == lname) >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header of this name; no error if there is none."""
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != lname]

    def __contains__(self, name):
        """True if a header of this name (any case) is present."""
        lname = name.lower()
        return any(k.lower() == lname for k, _ in self._headers)

    def __iter__(self):
        """The header names, in order, repeated names included."""
        for name, _ in self._headers:
            yield name

    def keys(self):
        """All header names in order (with repetitions)."""
        return [k for k, _ in self._headers]

    def values(self):
        """All header values in order, as the policy presents them."""
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        """All (name, value) pairs in order, as the policy presents them."""
        return [(k, self.policy.header_fetch_parse(k, v))
                for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first header of this name, or failobj when there is none."""
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Append a header without the policy looking at the value."""
        self._headers.append((name, value))

    def raw_items(self):
        """The (name, value) pairs as stored, unprocessed by the policy."""
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every value of headers of this name, or failobj if none."""
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v)
                 for k, v in self._headers if k.lower() == lname]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='a.txt'); an underscore in a parameter's
        name becomes a dash."""
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            key = key.replace('_', '-')
            parts.append(key if value is None else _formatparam(key, value))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace the first header of this name, in place (KeyError if
        there is none)."""
        lname = _name.lower()
        for n, (k, _) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[n] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(lname)

    # MIME types and parameters

    def get_content_type(self):
        """The lowercased 'maintype/subtype': the default type without a
        Content-Type, text/plain for a malformed one."""
        value = self.get('content-type', _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        """The part of get_content_type() before the slash."""
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        """The part of get_content_type() after the slash."""
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        """The type assumed without Content-Type (message/rfc822 inside
        multipart/digest, else text/plain)."""
        return self._default_type

    def set_default_type(self, ctype):
        """Change the type assumed when there is no Content-Type."""
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        pairs = []
        for piece in _parseparam(value):
            if '=' in piece:
                name, val = piece.split('=', 1)
                pairs.append((name.strip(), val.strip()))
            else:
                pairs.append((piece.strip(), ''))
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The header's (name, value) parameter pairs, the first being the
        value itself; failobj when the header is missing."""
        params = self._get_params_preserve(_MISSING, header)
        if params is _MISSING:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        """One parameter of the header (Content-Type by default), unquoted
        unless asked; a (charset, language, value) triple for RFC 2231."""
        if header not in self:
            return failobj
        lparam = param.lower()
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == lparam:
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set a parameter of a header (Content-Type by default), adding
        the header if needed."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            piece = _formatparam(param, value, requote)
            ctype = SEMISPACE.join([ctype, piece]) if ctype else piece
        else:
            pieces = []
            for old, old_value in self.get_params(header=header,
                                                  unquote=requote):
                if old.lower() == param.lower():
                    pieces.append(_formatparam(param, value, requote))
                else:
                    pieces.append(_formatparam(old, old_value, requote))
            ctype = SEMISPACE.join(p for p in pieces if p) if pieces else ''
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from the header, keeping the others."""
        if header not in self:
            return
        pieces = [_formatparam(p, v, requote)
                  for p, v in self.get_params(header=header, unquote=requote)
                  if p.lower() != param.lower()]
        value = SEMISPACE.join(p for p in pieces if p)
        if value != self.get(header):
            del self[header]
            self[header] = value

    def set_type(self, type, header='Content-Type', requote=True):
        """Set the main/sub type, keeping the parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name
        (RFC 2231 values decoded), or failobj."""
        name = self.get_param('filename', _MISSING, 'content-disposition')
        if name is _MISSING:
            name = self.get_param('name', _MISSING, 'content-type')
        if name is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        """Content-Type's boundary parameter, or failobj."""
        boundary = self.get_param('boundary', _MISSING)
        if boundary is _MISSING:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set Content-Type's boundary parameter in place."""
        params = self._get_params_preserve(_MISSING, 'content-type')
        if params is _MISSING:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        if any(k.lower() == 'boundary' for k, _ in params):
            params = [('boundary', quoted) if k.lower() == 'boundary' else (k, v)
                      for k, v in params]
        else:
            params = params + [('boundary', quoted)]
        value = SEMISPACE.join(k if v == '' else '%s=%s' % (k, v)
                               for k, v in params)
        self._headers = [self.policy.header_store_parse(h, value)
                         if h.lower() == 'content-type' else (h, v)
                         for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        """Content-Type's charset lowercased, or failobj (also when
        it is not ASCII)."""
        charset = self.get_param('charset', _MISSING)
        if charset is _MISSING:
            return failobj
        if isinstance(charset, tuple):
            try:
                charset = str(charset[2].encode('raw-unicode-escape'),
                              charset[0] or 'us-ascii')
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The charset of every part of the tree (failobj where none)."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """Content-Disposition's value lowercased ('inline',
        'attachment'), or None."""
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A message part under a modern policy (email.policy.default unless
    given), with the content-manager API."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        chosen = policy or self.policy
        width = chosen.max_line_length if maxheaderlen is None else maxheaderlen
        return Message.as_string(self, unixfrom, width, chosen)

    def __str__(self):
        utf8 = self.policy.clone(utf8=True)
        return self.as_string(policy=utf8)

    def is_attachment(self):
        """True when Content-Disposition says 'attachment'."""
        disposition = self.get('content-disposition')
        if disposition is None:
            return False
        return _splitparam(str(disposition))[0].lower() == 'attachment'

    def _find_body(self, part, preferencelist):
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for sub in part.iter_parts():
                yield from self._find_body(sub, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        chosen = None
        start = part.get_param('start')
        if start:
            for sub in part.iter_parts():
                if sub['content-id'] == start:
                    chosen = sub
                    break
        if chosen is None:
            subs = part.get_payload()
            chosen = subs[0] if subs else None
        if chosen is not None:
            yield from self._find_body(chosen, preferencelist)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The part most preferred as the body, or None."""
        best, body = len(preferencelist), None
        for rank, part in self._find_body(self, preferencelist):
            if rank < best:
                best, body = rank, part
                if rank == 0:
                    break
        return body

    _body_types = {('text', 'plain'), ('text', 'html'),
                   ('multipart', 'related'), ('multipart', 'alternative')}

    def iter_attachments(self):
        """The parts that are not body candidates."""
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        payload = self.get_payload()
        try:
            parts = payload.copy()
        except AttributeError:
            return
        if subtype == 'related':
            start = self.get_param('start')
            if start:
                others = [p for p in parts if p.get('content-id') != start]
                if len(others) != len(parts):
                    yield from others
                    return
            yield from parts[1:]
            return
        seen = []
        for part in parts:
            kind = tuple(part.get_content_type().split('/'))
            if (kind in self._body_types and not part.is_attachment()
                    and kind[1] not in seen):
                seen.append(kind[1])
                continue
            yield part

    def iter_parts(self):
        """The direct sub-parts of a multipart (nothing otherwise)."""
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        """The content by the policy's content manager (str for text,
        bytes for binary parts, a Message for message/rfc822)."""
        manager = content_manager or self.policy.content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Replace the content by the content manager's set_content."""
        manager = content_manager or self.policy.content_manager
        manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        main, current = self.get_content_type().split('/')
        if main == 'multipart':
            if current in disallowed_subtypes + (subtype,):
                raise ValueError('Cannot convert {} to {}'.format(current,
                                                                  subtype))
        kept, moved = [], []
        for name, value in self._headers:
            (moved if name.lower().startswith('content-') else kept).append(
                (name, value))
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = kept
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        """Turn this part into multipart/related, its content moving
        into a first sub-part."""
        self._make_multipart('related', ('alternative', 'mixed'),
                             boundary)

    def make_alternative(self, boundary=None):
        """Turn this part into multipart/alternative, its content
        moving into a first sub-part."""
        self._make_multipart('alternative', ('mixed',),
                             boundary)

    def make_mixed(self, boundary=None):
        """Turn this part into multipart/mixed, its content moving into
        a first sub-part."""
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != 'multipart'
                or self.get_content_subtype() != _subtype):
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        """Add a part made by set_content(*args, **kw) to a
        multipart/related (inline)."""
        self._add_multipart('related', _disp='inline', *args, **kw)

    def add_alternative(self, *args, **kw):
        """Add a part made by set_content(*args, **kw) to a
        multipart/alternative."""
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        """Add a part made by set_content(*args, **kw) to a
        multipart/mixed, as an attachment."""
        self._add_multipart('mixed', _disp='attachment', *args, **kw)

    def clear(self):
        """Remove all headers and the payload."""
        self._headers = []
        self._payload = None

    def clear_content(self):
        """Remove the payload and the Content-* headers."""
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under a modern policy."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
