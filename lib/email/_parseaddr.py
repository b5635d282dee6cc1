"""RFC 2822 address lists and dates, the old rfc822 way (heapstack's own text).

AddressList splits a header value into (display name, address) pairs; the
parsedate family reads the dates of Date: headers into time tuples.
"""

import calendar
import time

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

_MONTHS = ('jan feb mar apr may jun jul aug sep oct nov dec '
           'january february march april may june july august september '
           'october november december').split()
_DAYS = ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')
# North American zones that old mail software writes, in +HHMM form
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def _parsedate_tz(data):
    """A date as a 10-item list, the last the zone's offset in seconds
    (None for -0000, 'offset unknown'), or None when it cannot be read."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    first = words[0]
    if first.endswith(',') or first.lower() in _DAYS:
        words.pop(0)
    else:
        comma = first.rfind(',')
        if comma >= 0:
            words[0] = first[comma + 1:]
    if len(words) == 3:
        # RFC 850: 'Sunday, 06-Nov-94 08:49:37 GMT'
        pieces = words[0].split('-')
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        last = words[3]
        at = last.find('+')
        if at == -1:
            at = last.find('-')
        if at > 0:
            words[3:] = [last[:at], last[at:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if not (day and month and year):
        return None
    month = month.lower()
    if month not in _MONTHS:
        day, month = month, day.lower()
        if month not in _MONTHS:
            return None
    month = _MONTHS.index(month) + 1
    if month > 12:
        month -= 12
    if day[-1] == ',':
        day = day[:-1]
    if year.find(':') > 0:
        year, clock = clock, year
    if year[-1] == ',':
        year = year[:-1]
        if not year:
            return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock[-1] == ',':
        clock = clock[:-1]
    hms = clock.split(':')
    if len(hms) == 1 and '.' in hms[0]:
        hms = hms[0].split('.')
        if len(hms) not in (2, 3):
            return None
    elif len(hms) not in (2, 3):
        return None
    if len(hms) == 2:
        hms.append('0')
    try:
        year, day = int(year), int(day)
        hour, minute, second = int(hms[0]), int(hms[1]), int(hms[2])
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = None
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            pass
        if offset == 0 and zone.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [year, month, day, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """A date string as a 10-tuple (the zone's offset in seconds last)."""
    parts = _parsedate_tz(data)
    if not parts:
        return None
    if parts[9] is None:
        parts[9] = 0
    return tuple(parts)


def parsedate(data):
    """A date string as a 9-item time tuple."""
    parts = parsedate_tz(data)
    if isinstance(parts, tuple):
        return parts[:9]
    return parts


def mktime_tz(data):
    """The POSIX timestamp of a parsedate_tz() tuple."""
    if data[9] is None:
        # no zone given: take it as local time
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash-escape the backslashes and double quotes of str (no
    surrounding quotes are added)."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A cursor over one header value that reads RFC 2822 addresses."""

    def __init__(self, field):
        self.specials = '()<>@,:;.\"[]'
        self.pos = 0
        self.LWS = ' \t'
        self.CR = '\r\n'
        self.FWS = self.LWS + self.CR
        self.atomends = self.specials + self.LWS + self.CR
        # a dot may appear in a phrase (obsolete syntax)
        self.phraseends = self.atomends.replace('.', '')
        self.field = field
        self.commentlist = []

    def _at(self):
        return self.field[self.pos]

    def _more(self):
        return self.pos < len(self.field)

    def gotonext(self):
        """Skip blanks and comments (kept in commentlist); return the blanks."""
        blanks = ''
        while self._more():
            ch = self._at()
            if ch in ' \t\r\n':
                if ch not in '\r\n':
                    blanks += ch
                self.pos += 1
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            else:
                break
        return blanks

    def getaddrlist(self):
        found = []
        while self._more():
            got = self.getaddress()
            if got:
                found.extend(got)
            else:
                found.append(('', ''))
        return found

    def getaddress(self):
        self.commentlist = []
        self.gotonext()
        start, comments_before = self.pos, self.commentlist
        words = self.getphraselist()
        self.gotonext()
        result = []
        if not self._more():
            if words:
                result = [(' '.join(self.commentlist), words[0])]
        elif self._at() in '.@':
            # a bare addr-spec: read it again from the start
            self.pos, self.commentlist = start, comments_before
            spec = self.getaddrspec()
            result = [(' '.join(self.commentlist), spec)]
        elif self._at() == ':':
            # a group: 'name: a@b, c@d;'
            end = len(self.field)
            self.pos += 1
            while self.pos < end:
                self.gotonext()
                if self.pos < end and self._at() == ';':
                    self.pos += 1
                    break
                result = result + self.getaddress()
        elif self._at() == '<':
            route = self.getrouteaddr()
            name = ' '.join(words)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            result = [(name, route)]
        else:
            if words:
                result = [(' '.join(self.commentlist), words[0])]
            elif self._at() in self.specials:
                self.pos += 1
        self.gotonext()
        if self._more() and self._at() == ',':
            self.pos += 1
        return result

    def getrouteaddr(self):
        """An angle-bracketed address; a source route before it is skipped."""
        if self._at() != '<':
            return None
        want_domain = False
        self.pos += 1
        self.gotonext()
        spec = ''
        while self._more():
            ch = self._at()
            if want_domain:
                self.getdomain()
                want_domain = False
            elif ch == '>':
                self.pos += 1
                break
            elif ch == '@':
                self.pos += 1
                want_domain = True
            elif ch == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        parts = []
        self.gotonext()
        while self._more():
            keep_blanks = True
            ch = self._at()
            if ch == '.':
                if parts and not parts[-1].strip():
                    parts.pop()
                parts.append('.')
                self.pos += 1
                keep_blanks = False
            elif ch == '"':
                parts.append('"' + quote(self.getquote()) + '"')
            elif ch in self.atomends:
                if parts and not parts[-1].strip():
                    parts.pop()
                break
            else:
                parts.append(self.getatom())
            blanks = self.gotonext()
            if keep_blanks and blanks:
                parts.append(blanks)
        local = ''.join(parts)
        if not self._more() or self._at() != '@':
            return local
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return ''
        return local + '@' + domain

    def getdomain(self):
        parts = []
        while self._more():
            ch = self._at()
            if ch in self.LWS:
                self.pos += 1
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch == '[':
                parts.append(self.getdomainliteral())
            elif ch == '.':
                self.pos += 1
                parts.append('.')
            elif ch == '@':
                # a second '@' makes the address invalid
                return ''
            elif ch in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return ''.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        if self._at() != beginchar:
            return ''
        out = []
        escaped = False
        self.pos += 1
        while self._more():
            ch = self._at()
            if escaped:
                out.append(ch)
                escaped = False
            elif ch in endchars:
                self.pos += 1
                break
            elif allowcomments and ch == '(':
                out.append(self.getcomment())
                continue
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
            self.pos += 1
        return ''.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[' + self.getdelimited('[', ']\r', False) + ']'

    def getatom(self, atomends=None):
        stops = self.atomends if atomends is None else atomends
        start = self.pos
        while self._more() and self._at() not in stops:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        words = []
        while self._more():
            ch = self._at()
            if ch in self.FWS:
                self.pos += 1
            elif ch == '"':
                words.append(self.getquote())
            elif ch == '(':
                self.commentlist.append(self.getcomment())
            elif ch in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The (name, address) pairs of a header value, as .addresslist."""

    def __init__(self, field):
        super().__init__(field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __getitem__(self, index):
        return self.addresslist[index]

    def __add__(self, other):
        joined = AddressList(None)
        joined.addresslist = self.addresslist + [
            a for a in other.addresslist if a not in self.addresslist]
        return joined

    def __iadd__(self, other):
        for a in other.addresslist:
            if a not in self.addresslist:
                self.addresslist.append(a)
        return self

    def __sub__(self, other):
        left = AddressList(None)
        left.addresslist = [a for a in self.addresslist
                            if a not in other.addresslist]
        return left

    def __isub__(self, other):
        for a in other.addresslist:
            if a in self.addresslist:
                self.addresslist.remove(a)
        return self
