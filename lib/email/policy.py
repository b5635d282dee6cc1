"""Policies: compat32 (the email 5.1 behaviour) and EmailPolicy with its
instances default, strict, SMTP, SMTPUTF8 and HTTP (heapstack's own text)."""

import re
import sys

from email._policybase import Compat32, Policy, _PolicyBase, compat32
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.utils import _has_surrogates

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default',
           'strict', 'SMTP', 'HTTP']

linesep_splitter = re.compile(r'\n|\r')


class EmailPolicy(Policy):
    """The RFC-conforming policy: header values become header objects,
    bodies are handled by content_manager."""

    # settings beyond Policy's: utf8 writes non-ASCII headers as they are
    # (RFC 6532); refold_source is 'none', 'long' or 'all'
    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # each policy gets a registry of its own unless one is given
        kw.setdefault('header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        """1 for the headers a message may have once (Subject, From,
        To, Date, Content-Type, ...), else None."""
        cls = self.header_factory[name]
        return cls.max_count

    def header_source_parse(self, sourcelines):
        """(name, value) from a parsed header's lines: the value keeps its
        folding but loses the leading blanks and the final line end."""
        first, *more = sourcelines
        name, _, rest = first.partition(':')
        value = rest.lstrip(' \t') + ''.join(more)
        return name, value.rstrip('\r\n')

    def header_store_parse(self, name, value):
        """What the message keeps for msg[name] = value: a header object
        (made by header_factory unless value already is one)."""
        same = getattr(value, 'name', None)
        if same is not None and same.lower() == name.lower():
            return name, value
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return name, self.header_factory(name, value)

    def header_fetch_parse(self, name, value):
        """The header object for a stored value (parsed source text is
        unfolded first)."""
        if hasattr(value, 'name'):
            return value
        unfolded = linesep_splitter.sub('', value)
        return self.header_factory(name, unfolded)

    def fold(self, name, value):
        """The header as text lines; source text longer than the line
        length (or with raw 8-bit bytes) is refolded."""
        return self._fold(name, value, True)

    def fold_binary(self, name, value):
        """fold() as bytes (UTF-8 under utf8=True, else ASCII)."""
        text = self._fold(name, value, self.cte_type == '7bit')
        return text.encode('utf8' if self.utf8 else 'ascii', 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        limit = self.max_line_length or sys.maxsize
        lines = value.splitlines()
        if self.refold_source == 'all':
            refold = True
        elif self.refold_source == 'long' and lines:
            widths = [len(lines[0]) + len(name) + 2]
            widths += [len(x) for x in lines[1:]]
            refold = max(widths) > limit
        else:
            refold = False
        if refold or (refold_binary and _has_surrogates(value)):
            made = self.header_factory(name, ''.join(lines))
            return made.fold(policy=self)
        sep = self.linesep
        return name + ': ' + sep.join(lines) + sep


default = EmailPolicy()
# default shares the class's registry, so map_to_type on it is global
del default.header_factory
strict = default.clone(raise_on_defect=True)
# SMTP wants CRLF line ends; HTTP headers are never folded
_CRLF = '\r\n'
SMTP = default.clone(linesep=_CRLF)
HTTP = default.clone(linesep=_CRLF, max_line_length=None)
SMTPUTF8 = default.clone(linesep=_CRLF, utf8=True)
