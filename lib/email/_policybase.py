"""Policy: the settings that steer parsing and generating messages; Compat32,
the email 5.1 behaviour (heapstack's own text)."""

import abc

from email import charset as _charset
from email import header
from email.utils import _has_surrogates

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Immutable settings: class attributes give the defaults, keywords of
    the constructor or clone() override them."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}"
                                .format(name, type(self).__name__))
            object.__setattr__(self, name, value)

    def __repr__(self):
        settings = ', '.join('{}={!r}'.format(k, v)
                             for k, v in self.__dict__.items())
        return '{}({})'.format(type(self).__name__, settings)

    def clone(self, **kw):
        """A copy with the given settings changed."""
        copy = type(self).__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}"
                                .format(name, type(self).__name__))
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            text = "{!r} object attribute {!r} is read-only"
        else:
            text = "{!r} object has no attribute {!r}"
        raise AttributeError(text.format(type(self).__name__, name))

    def __add__(self, other):
        """self with other's non-default settings applied."""
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """The settings every policy has: raise_on_defect, linesep, cte_type,
    max_line_length, mangle_from_ and message_factory."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        """Called by the parser for each defect found in obj: raises it
        under raise_on_defect, else hands it to register_defect."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        """Keep the defect in obj.defects (override to do otherwise)."""
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers of this name a message may have (None: any)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) of a header's lines as the parser read them."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store for msg[name] = value."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value msg[name] returns for a stored value."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as the text a generator writes."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as the bytes a BytesGenerator writes."""
        raise NotImplementedError


class Compat32(Policy):
    """The email package's behaviour before Python 3.3's policies."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if isinstance(value, str) and _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT,
                                 header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's source lines, the value's lines
        joined and its line end removed."""
        name, rest = sourcelines[0].split(':', 1)
        value = rest.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        text = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return text.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        out = name + ': '
        h = value
        if isinstance(value, str):
            if not _has_surrogates(value):
                h = header.Header(value, header_name=name)
            elif sanitize:
                h = header.Header(value, charset=_charset.UNKNOWN8BIT,
                                  header_name=name)
            else:
                # raw 8-bit bytes of an unknown charset cannot be split safely
                out += value
                h = None
        if h is not None:
            width = 0 if self.max_line_length is None else self.max_line_length
            out += h.encode(linesep=self.linesep, maxlinelen=width)
        return out + self.linesep


compat32 = Compat32()
