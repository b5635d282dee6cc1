"""Header objects of the modern policies: str subclasses that also carry
what the value means (addresses, a datetime, MIME parameters).
heapstack's own text; values are read with the package's address and
parameter parsers rather than CPython's full RFC 5322 grammar, and folding
is simpler than CPython's for long or non-ASCII values."""

import re

from email import _folding, errors, utils
from email.header import decode_header as _decode_header
from email.header import make_header as _make_header

__all__ = ['Address', 'Group', 'BaseHeader', 'UnstructuredHeader',
           'UniqueUnstructuredHeader', 'DateHeader', 'UniqueDateHeader',
           'AddressHeader', 'UniqueAddressHeader', 'SingleAddressHeader',
           'UniqueSingleAddressHeader', 'MIMEVersionHeader',
           'ParameterizedMIMEHeader', 'ContentTypeHeader',
           'ContentDispositionHeader', 'ContentTransferEncodingHeader',
           'MessageIDHeader', 'HeaderRegistry']

_SPECIALS = set('()<>@,:;.\\"[]')
_DOT_ATOM_ENDS = _SPECIALS - set('.')


def _quote_string(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', r'\"') + '"'


class Address:
    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        joined = ''.join(filter(None, (display_name, username, domain,
                                       addr_spec)))
        if '\r' in joined or '\n' in joined:
            raise ValueError("invalid arguments; address parts cannot "
                             "contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            local, at, dom = addr_spec.rpartition('@')
            if not at:
                local, dom = addr_spec, ''
            username, domain = utils.unquote(local), dom
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        local = self.username
        if not _DOT_ATOM_ENDS.isdisjoint(local) or ' ' in local:
            local = _quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        return local or '<>'

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            type(self).__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not _SPECIALS.isdisjoint(name):
            name = _quote_string(name)
        if name:
            spec = '' if self.addr_spec == '<>' else self.addr_spec
            return '{} <{}>'.format(name, spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
            (other.display_name, other.username, other.domain)


class Group:
    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else ()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not _SPECIALS.isdisjoint(name):
            name = _quote_string(name)
        members = ', '.join(str(a) for a in self.addresses)
        return '{}:{};'.format(name, ' ' + members if members else '')

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name, self.addresses) == \
            (other.display_name, other.addresses)


def _decode_words(value):
    """value with its RFC 2047 encoded words decoded."""
    if '=?' not in value:
        return value
    try:
        return str(_make_header(_decode_header(value)))
    except (errors.HeaderParseError, LookupError, UnicodeError):
        return value


class BaseHeader(str):
    """A header value: the str is its decoded text; .name and .defects."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        source = kwds.pop('decoded')
        self = str.__new__(cls, utils._sanitize(source)
                           if utils._has_surrogates(source) else source)
        self.init(name, **kwds)
        # folding starts from the text before undecodable bytes were
        # replaced, so that they go out as unknown-8bit encoded words
        self._fold_source = source
        return self

    def init(self, name, *, parse_tree=None, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header,
                (type(self).__name__, type(self).__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def _value_tree(self):
        return _folding.unstructured_tree(self._fold_source)

    def fold(self, *, policy):
        """The header as folded lines ending with policy.linesep; text
        that is not ASCII becomes encoded words unless policy.utf8."""
        tree = _folding.header_tree(self.name, self._value_tree())
        return _folding.refold(tree, policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = _decode_words(str(value))


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """.datetime: the date as a datetime (None if unreadable)."""
    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect(
                    'Invalid date value or format'))
                kwds['datetime'] = None
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """.addresses (Address objects) and .groups."""
    max_count = None

    @staticmethod
    def value_parser(value):
        return value

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups = [Group(None, [Address(_decode_words(n), addr_spec=a)])
                      for n, a in utils.getaddresses([value]) if a or n]
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [item if hasattr(item, 'addresses')
                      else Group(None, [item]) for item in value]
        kwds['groups'] = groups
        kwds['decoded'] = ', '.join(str(g) for g in groups)

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    def _value_tree(self):
        return _folding.address_tree(
            [(a.display_name, a.addr_spec) for a in self.addresses])

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups
                                    for a in g.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not "
                              "a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        kwds['decoded'] = text
        m = re.match(r'\s*(\d+)\s*\.\s*(\d+)', text)
        kwds['major'] = int(m.group(1)) if m else None
        kwds['minor'] = int(m.group(2)) if m else None
        kwds['version'] = '%s.%s' % (kwds['major'], kwds['minor']) if m else None

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    version = property(lambda self: self._version)
    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)


class ParameterizedMIMEHeader:
    """.params: the parameters as a dict (names lowercased)."""
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        head, params = _split_params(text)
        kwds['params'] = {name.lower(): val for name, val in params}
        kwds['pairs'] = params
        kwds['first'] = head
        # the value as CPython writes it back: parameters joined by '; ',
        # their values quoted, RFC 2231 continuations and charsets decoded
        kwds['decoded'] = head + ''.join(
            '; ' + name if val is None else '; {}="{}"'.format(
                name, val.replace('\\', '\\\\').replace('"', '\\"'))
            for name, val in params)

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._pairs = kw.pop('pairs')
        self._first = kw.pop('first')
        super().init(*args, **kw)

    @property
    def params(self):
        from types import MappingProxyType
        return MappingProxyType(self._params)

    def _value_tree(self):
        head, _, rest = str(self).partition(';')
        return _folding.parameterized_tree(
            head, rest, [(n, v or '') for n, v in self._pairs])


def _split_params(text):
    """(first token, [(name, value), ...]) of a MIME header value; values
    unquoted, continuations joined, RFC 2231 charsets decoded."""
    pieces = []
    rest = text
    while True:
        end = rest.find(';')
        while end > 0 and (rest.count('"', 0, end)
                           - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        if end < 0:
            pieces.append(rest)
            break
        pieces.append(rest[:end])
        rest = rest[end + 1:]
    head = pieces[0].strip()
    raw = []
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        name, eq, val = piece.partition('=')
        raw.append((name.strip(), val.strip() if eq else None))
    plain = [(n, v) for n, v in raw if v is None]
    pairs = utils.decode_params([('', '')] + [(n, v) for n, v in raw
                                              if v is not None])[1:]
    out = [(n, utils.collapse_rfc2231_value(
        (v[0], v[1], utils.unquote(v[2])) if isinstance(v, tuple) else v))
        for n, v in pairs]
    return head, out + plain


class ContentTypeHeader(ParameterizedMIMEHeader):
    def init(self, *args, **kw):
        super().init(*args, **kw)
        kind = self._first.lower()
        if kind.count('/') != 1 or kind.startswith('/') or kind.endswith('/'):
            kind = 'text/plain'
        self._maintype, _, self._subtype = kind.partition('/')

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    def init(self, *args, **kw):
        super().init(*args, **kw)
        # a token ends at a special such as '/'
        token = self._first.split('/')[0].strip().lower()
        self._content_disposition = token or None

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = str(value)
        kwds['cte'] = str(value).strip().lower()

    def init(self, *args, **kw):
        self._cte = kw.pop('cte')
        super().init(*args, **kw)

    cte = property(lambda self: self._cte)


class MessageIDHeader:
    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = str(value).strip()


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Makes header objects: the class for a name combines the registered
    one (or default_class) with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class
        self._made = {}

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        made = self._made.get(cls)
        if made is None:
            made = self._made[cls] = type('_' + cls.__name__,
                                          (cls, self.base_class), {})
        return made

    def __call__(self, name, value):
        return self[name](name, value)
