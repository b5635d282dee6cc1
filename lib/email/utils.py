"""Address, date and parameter helpers for email (heapstack's own text)."""

import datetime
import os
import random
import re
import time
import urllib.parse

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import _parsedate_tz, mktime_tz, parsedate, parsedate_tz, quote
from email.charset import Charset

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
           'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
           'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
           'parsedate_tz', 'parsedate_to_datetime', 'unquote']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


def _has_surrogates(s):
    """True if s holds surrogate-escaped bytes."""
    try:
        s.encode()
    except UnicodeEncodeError:
        return True
    return False


def _sanitize(string):
    # escaped bytes that are not UTF-8 become U+FFFD
    return string.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


def formataddr(pair, charset='utf-8'):
    """'Name <address>' for a (name, address) pair: the name quoted when it
    holds specials, RFC 2047-encoded in charset when it is not ASCII."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        if isinstance(charset, str):
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    if specialsre.search(name):
        return '"%s" <%s>' % (escapesre.sub(r'\\\g<0>', name), address)
    return '%s <%s>' % (name, address)


def getaddresses(fieldvalues):
    """The (name, address) pairs of all the header values given."""
    return _AddressList(COMMASPACE.join(str(v) for v in fieldvalues)).addresslist


def parseaddr(addr):
    """The first (name, address) pair of addr, or ('', '')."""
    found = _AddressList(addr).addresslist
    return found[0] if found else ('', '')


_WEEKDAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec')


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _WEEKDAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date such as 'Fri, 09 Nov 2001 01:08:47 -0000' for the
    timestamp (now by default), in UTC unless localtime; usegmt writes GMT."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        when = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        when = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        when = when.astimezone()
        usegmt = False
    return format_datetime(when, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for the datetime (-0000 when it is naive)."""
    parts = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(parts, zone)


def _fqdn():
    try:
        import socket
    except ImportError:
        # heapstack has no socket module: the host's name as uname gives it
        return os.uname().nodename
    return socket.getfqdn()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID such as '<1424802164.20800.1652638804@host>'."""
    stamp = int(time.time() * 100)
    extra = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = _fqdn()
    return '<%d.%d.%d%s@%s>' % (stamp, os.getpid(), random.getrandbits(64),
                                extra, domain)


def parsedate_to_datetime(data):
    """The datetime of an RFC 2822 date (naive for -0000)."""
    parts = _parsedate_tz(data)
    if parts is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = parts[9]
    if offset is None:
        return datetime.datetime(*parts[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*parts[:6], tzinfo=zone)


def unquote(str):
    """str without surrounding double quotes (undoing their escapes) or
    angle brackets."""
    if len(str) > 1:
        if str[0] == '"' and str[-1] == '"':
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


def decode_rfc2231(s):
    """[charset, language, text] of an RFC 2231 value, or (None, None, s)."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded, with "charset'language'" before it when either
    is given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


rfc2231_continuation = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$',
                                  re.ASCII)


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1*, ...) of a parameter
    list; the first pair is kept as is."""
    result = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        m = rfc2231_continuation.match(name)
        if m is None:
            result.append((name, '"%s"' % quote(value)))
            continue
        base, num = m.group('name', 'num')
        pieces.setdefault(base, []).append(
            (None if num is None else int(num), value, encoded))
    for name, parts in pieces.items():
        parts.sort()
        extended = any(enc for _, _, enc in parts)
        text = ''.join(urllib.parse.unquote(v, encoding='latin-1') if enc else v
                       for _, v, enc in parts)
        text = quote(text)
        if extended:
            charset, language, text = decode_rfc2231(text)
            result.append((name, (charset, language, '"%s"' % text)))
        else:
            result.append((name, '"%s"' % text))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """The str of a parameter value, decoding a (charset, language, text)
    triple."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _language, text = value
    raw = bytes(text, 'raw-unicode-escape')
    try:
        return str(raw, charset or fallback_charset, errors)
    except LookupError:
        return unquote(text)


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local zone; a naive
    dt is taken as local time."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    seconds = time.mktime(dt.timetuple()[:-1] + (isdst,))
    local = time.localtime(seconds)
    zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff),
                             local.tm_zone)
    return dt.replace(tzinfo=zone)
