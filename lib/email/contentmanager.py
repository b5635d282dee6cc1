"""Content managers: get_content/set_content of MIMEPart by content type
and object type (heapstack's own text)."""

import binascii

import email.charset
import email.errors
import email.message
from email import quoprimime


class ContentManager:
    """Two tables of handlers: get handlers keyed by content type
    ('text/plain', then 'text', then ''), set handlers keyed by the type of
    the object given (the class, its qualified or plain name, then None)."""

    def __init__(self):
        self.get_handlers = {}
        self.set_handlers = {}

    def add_get_handler(self, key, handler):
        """handler(msg, *args, **kw) answers get_content for key."""
        self.get_handlers.update({key: handler})

    def get_content(self, msg, *args, **kw):
        """The content of msg, by the most specific handler registered."""
        full = msg.get_content_type()
        for key in (full, msg.get_content_maintype(), ''):
            found = self.get_handlers.get(key)
            if found is not None:
                return found(msg, *args, **kw)
        raise KeyError(full)

    def add_set_handler(self, typekey, handler):
        """handler(msg, obj, *args, **kw) answers set_content for objects
        of typekey (a class, or a class's name)."""
        self.set_handlers.update({typekey: handler})

    def set_content(self, msg, obj, *args, **kw):
        """Replace the content headers and payload of msg with obj."""
        if msg.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        setter = self._find_set_handler(msg, obj)
        msg.clear_content()
        setter(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        table = self.set_handlers
        named = None
        for cls in type(obj).__mro__:
            if cls in table:
                return table[cls]
            qname = cls.__qualname__
            module = getattr(cls, '__module__', '')
            full = module + '.' + qname if module else qname
            named = named or full
            for key in (full, qname, cls.__name__):
                if key in table:
                    return table[key]
        if None in table:
            return table[None]
        raise KeyError(named)


raw_data_manager = ContentManager()


def get_text_content(msg, errors='replace'):
    """A text part's payload decoded with its charset (ASCII if none)."""
    raw = msg.get_payload(decode=True)
    return raw.decode(msg.get_param('charset', 'ASCII'), errors=errors)


def get_non_text_content(msg):
    """The bytes of a binary part."""
    return msg.get_payload(decode=True)


def get_message_content(msg):
    """The message held by a message/rfc822 part."""
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    """Another message/* part's payload, as bytes."""
    inner = msg.get_payload(0)
    return bytes(inner)


for _key, _getter in (
        ('text', get_text_content),
        ('audio', get_non_text_content), ('image', get_non_text_content),
        ('video', get_non_text_content), ('application', get_non_text_content),
        ('message/rfc822', get_message_content),
        ('message/external-body', get_message_content),
        ('message', get_and_fixup_unknown_message_content)):
    raw_data_manager.add_get_handler(_key, _getter)
del _key, _getter


def _prepare_set(msg, maintype, subtype, headers):
    # the new Content-Type, then any extra headers given (str or objects)
    msg['Content-Type'] = maintype + '/' + subtype
    if not headers:
        return
    pol = msg.policy
    objs = list(headers)
    if not hasattr(objs[0], 'name'):
        objs = [pol.header_factory(*pol.header_source_parse([h])) for h in objs]
    for h in objs:
        if h.defects:
            folded = h.fold(policy=pol)
            raise ValueError("Invalid header: {}".format(folded)) from h.defects[0]
        msg[h.name] = h


def _finalize_set(msg, disposition, filename, cid, params):
    # a filename implies an attachment
    if filename is not None and disposition is None:
        disposition = 'attachment'
    if disposition is not None:
        msg['Content-Disposition'] = disposition
    if filename is not None:
        msg.set_param('filename', filename, header='Content-Disposition',
                      replace=True)
    if cid is not None:
        msg['Content-ID'] = cid
    for key, value in (params or {}).items():
        msg.set_param(key, value)


def _finish(msg, cte, extra):
    msg['Content-Transfer-Encoding'] = cte
    _finalize_set(msg, *extra)


def _encode_base64(data, max_line_length):
    """data in base64 lines of at most max_line_length characters."""
    step = max_line_length // 4 * 3
    return ''.join(binascii.b2a_base64(data[i:i + step]).decode('ascii')
                   for i in range(0, len(data), step))


def _encode_text(string, charset, cte, policy):
    """(cte, payload) for text: 7bit or 8bit when the lines are short
    enough, else whichever of quoted-printable and base64 is shorter on
    the first ten lines (unless cte names one)."""
    rows = string.encode(charset).splitlines()
    sep = policy.linesep.encode('ascii')
    embedded = lambda ls: sep.join(ls) + sep  # noqa: E731
    normal = lambda ls: b'\n'.join(ls) + b'\n'  # noqa: E731
    if cte is None:
        longest = max(map(len, rows)) if rows else 0
        if longest <= policy.max_line_length:
            body = normal(rows)
            if body.isascii():
                return '7bit', body.decode('ascii')
            if policy.cte_type == '8bit':
                return '8bit', body.decode('ascii', 'surrogateescape')
        head = embedded(rows[:10])
        head_qp = quoprimime.body_encode(head.decode('latin-1'),
                                         policy.max_line_length)
        if len(head_qp) > len(binascii.b2a_base64(head)):
            cte = 'base64'
        elif len(rows) <= 10:
            return 'quoted-printable', head_qp
        else:
            cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        how = 'strict' if cte == '7bit' else 'surrogateescape'
        return cte, normal(rows).decode('ascii', how)
    if cte == 'quoted-printable':
        return cte, quoprimime.body_encode(normal(rows).decode('latin-1'),
                                           policy.max_line_length)
    if cte == 'base64':
        return cte, _encode_base64(embedded(rows), policy.max_line_length)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def set_text_content(msg, string, subtype="plain", charset='utf-8', cte=None,
                     disposition=None, filename=None, cid=None, params=None,
                     headers=None):
    """Make msg a text/subtype part holding string in charset."""
    _prepare_set(msg, 'text', subtype, headers)
    how, body = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(body)
    msg.set_param('charset', email.charset.ALIASES.get(charset, charset),
                  replace=True)
    _finish(msg, how, (disposition, filename, cid, params))


_MESSAGE_CTES = {'rfc822': ((None, '7bit', '8bit', 'binary'), '8bit'),
                 'external-body': ((None, '7bit'), '7bit')}


def set_message_content(msg, message, subtype="rfc822", cte=None,
                        disposition=None, filename=None, cid=None,
                        params=None, headers=None):
    """Make msg a message/subtype part holding the Message given."""
    if subtype == 'partial':
        raise ValueError("message/partial is not supported for Message objects")
    if subtype in _MESSAGE_CTES:
        allowed, usual = _MESSAGE_CTES[subtype]
        if cte not in allowed:
            raise ValueError("message/{} parts do not support cte={}"
                             .format(subtype, cte))
        cte = usual if subtype == 'external-body' else (cte or usual)
    elif cte is None:
        cte = '7bit'
    _prepare_set(msg, 'message', subtype, headers)
    msg.set_payload([message])
    _finish(msg, cte, (disposition, filename, cid, params))


def set_bytes_content(msg, data, maintype, subtype, cte='base64',
                      disposition=None, filename=None, cid=None, params=None,
                      headers=None):
    """Make msg a maintype/subtype part holding the bytes data."""
    _prepare_set(msg, maintype, subtype, headers)
    width = msg.policy.max_line_length
    if cte == 'base64':
        data = _encode_base64(data, width)
    elif cte == 'quoted-printable':
        data = binascii.b2a_qp(data, istext=False, header=False,
                               quotetabs=True).decode('ascii')
    elif cte == '7bit':
        data = data.decode('ascii')
    elif cte in ('8bit', 'binary'):
        data = bytes(data).decode('ascii', 'surrogateescape')
    msg.set_payload(data)
    _finish(msg, cte, (disposition, filename, cid, params))


for _setter, _types in ((set_text_content, (str,)),
                        (set_message_content, (email.message.Message,)),
                        (set_bytes_content, (bytes, bytearray, memoryview))):
    for _t in _types:
        raw_data_manager.add_set_handler(_t, _setter)
del _setter, _types, _t
