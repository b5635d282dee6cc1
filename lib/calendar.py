"""calendar: month and year calendars as data, text and HTML (CPython 3.11 semantics).

Weeks start on Monday unless setfirstweekday() says otherwise; names are the C locale's
(English). The locale-aware classes are absent: heapstack has no locale module.
"""

import datetime
import sys
from itertools import repeat

__all__ = [
    "IllegalMonthError",
    "IllegalWeekdayError",
    "setfirstweekday",
    "firstweekday",
    "isleap",
    "leapdays",
    "weekday",
    "monthrange",
    "monthcalendar",
    "prmonth",
    "month",
    "prcal",
    "calendar",
    "timegm",
    "month_name",
    "month_abbr",
    "day_name",
    "day_abbr",
    "Calendar",
    "TextCalendar",
    "HTMLCalendar",
    "LocaleTextCalendar",
    "LocaleHTMLCalendar",
    "weekheader",
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

# Days per month in a common year; index 0 pads so months index from 1.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_month:
    _names = [
        "",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, index):
        names = self._names[index]
        if isinstance(index, slice):
            return [self._shorten(name) for name in names]
        return self._shorten(names)

    def _shorten(self, name):
        return name[:3] if self.format == "%b" else name

    def __len__(self):
        return 13


class _localized_day:
    _names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, index):
        names = self._names[index]
        if isinstance(index, slice):
            return [self._shorten(name) for name in names]
        return self._shorten(names)

    def _shorten(self, name):
        return name[:3] if self.format == "%a" else name

    def __len__(self):
        return 7


day_name = _localized_day("%A")
day_abbr = _localized_day("%a")
month_name = _localized_month("%B")
month_abbr = _localized_month("%b")

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """True for leap years in the proleptic Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """Number of leap years in range(y1, y2)."""
    before_first = y1 - 1
    before_last = y2 - 1
    return (
        (before_last // 4 - before_first // 4)
        - (before_last // 100 - before_first // 100)
        + (before_last // 400 - before_first // 400)
    )


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday) for the given date."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The Gregorian cycle repeats every 400 years, so fold the year into datetime's range.
        year = 2000 + year % 400
    the_day = datetime.date(year, month, day)
    return the_day.weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    return first, _monthlen(year, month)


def _monthlen(year, month):
    length = mdays[month]
    if month == February and isleap(year):
        length += 1
    return length


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


def _in_rows(items, size):
    return [items[i : i + size] for i in range(0, len(items), size)]


class Calendar:
    """Iterators and week lists for months and years, weeks starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for offset in range(start, start + 7):
            yield offset % 7

    def _padding(self, year, month):
        first, length = monthrange(year, month)
        leading = (first - self.firstweekday) % 7
        trailing = (self.firstweekday - first - length) % 7
        return leading, length, trailing

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        leading, length, trailing = self._padding(year, month)
        yield from repeat(0, leading)
        yield from range(1, length + 1)
        yield from repeat(0, trailing)

    def itermonthdays2(self, year, month):
        for position, day in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield day, position % 7

    def itermonthdays3(self, year, month):
        leading, length, trailing = self._padding(year, month)
        before_year, before_month = _prevmonth(year, month)
        stop = _monthlen(before_year, before_month) + 1
        for day in range(stop - leading, stop):
            yield before_year, before_month, day
        for day in range(1, length + 1):
            yield year, month, day
        after_year, after_month = _nextmonth(year, month)
        for day in range(1, trailing + 1):
            yield after_year, after_month, day

    def itermonthdays4(self, year, month):
        for position, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + position) % 7

    def monthdatescalendar(self, year, month):
        return _in_rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _in_rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _in_rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _in_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _in_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _in_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text calendars, as the cal(1) command prints them."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        text = "" if day == 0 else "%2i" % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        label = names[day][:width]
        return label.center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(day, width) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = "\n" * max(1, l)
        lines = [
            self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
            self.formatweekheader(w).rstrip(),
        ]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return "".join(line + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        gap = "\n" * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        week_header = self.formatweekheader(w)
        for row_number, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_number + 1, min(m * (row_number + 1) + 1, 13))
            out.append(gap)
            titles = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out.append(formatstring(titles, colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring((week_header for _ in months), colwidth, c).rstrip())
            out.append(gap)
            for index in range(max(len(weeks) for weeks in row)):
                columns = [
                    self.formatweek(weeks[index], w) if index < len(weeks) else ""
                    for weeks in row
                ]
                out.append(formatstring(columns, colwidth, c).rstrip())
                out.append(gap)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(day, wd) for day, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(day) for day in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = "%s %s" % (month_name[themonth], theyear) if withyear else month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = [
            '<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
            self.formatmonthname(theyear, themonth, withyear=withyear),
            self.formatweekheader(),
        ]
        parts.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        parts.append("</table>")
        return "".join(part + "\n" for part in parts)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [
            '<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
            '<tr><th colspan="%d" class="%s">%s</th></tr>'
            % (width, self.cssclass_year_head, theyear),
        ]
        for first in range(1, 13, width):
            out.append("<tr>")
            for m in range(first, min(first + width, 13)):
                out.append("<td>" + self.formatmonth(theyear, m, withyear=False) + "</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = [
            '<?xml version="1.0" encoding="%s"?>\n' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
            ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
            "<html>\n",
            "<head>\n",
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding,
        ]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page.append("<title>Calendar for %d</title>\n" % theyear)
        page.append("</head>\n<body>\n")
        page.append(self.formatyear(theyear, width))
        page.append("</body>\n</html>\n")
        return "".join(page).encode(encoding, "xmlcharrefreplace")


c = TextCalendar()

firstweekday = c.getfirstweekday


class different_locale:
    """Context manager: LC_TIME is the given locale inside the with block and
    what it was before once the block ends."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        import locale as _loc
        self.oldlocale = _loc.setlocale(_loc.LC_TIME, None)
        _loc.setlocale(_loc.LC_TIME, self.locale)

    def __exit__(self, *exc_info):
        if self.oldlocale is not None:
            import locale as _loc
            _loc.setlocale(_loc.LC_TIME, self.oldlocale)


def _get_default_locale():
    # The LC_TIME locale in force; when that is the bare "C" locale, the one
    # the environment asks for instead.
    import locale as _loc
    name = _loc.setlocale(_loc.LC_TIME, None)
    if name == "C":
        with different_locale(""):
            name = _loc.setlocale(_loc.LC_TIME, None)
    return name


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose month and weekday names are looked up with LC_TIME
    set to `locale` (the environment's choice when None)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose month and weekday names are looked up with LC_TIME
    set to `locale` (the environment's choice when None)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


def setfirstweekday(firstweekday):
    if not (MONDAY <= firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings of cols centred in columns."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols centred in columns of colwidth, spacing blanks apart."""
    return (" " * spacing).join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(year=EPOCH, month=1, day=1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[0:6]
    days = datetime.date(year, month, 1).toordinal() + day - 1 - _EPOCH_ORD
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _command_line_parser():
    import argparse

    parser = argparse.ArgumentParser()
    text_options = parser.add_argument_group("text only arguments")
    html_options = parser.add_argument_group("html only arguments")
    for short, long, default, help_text in (
        ("-w", "--width", 2, "width of date column (default 2)"),
        ("-l", "--lines", 1, "number of lines for each week (default 1)"),
        ("-s", "--spacing", 6, "spacing between months (default 6)"),
        ("-m", "--months", 3, "months per row (default 3)"),
    ):
        text_options.add_argument(short, long, type=int, default=default, help=help_text)
    html_options.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    parser.add_argument(
        "-L", "--locale", default=None, help="locale to use for month and weekday names"
    )
    parser.add_argument("-e", "--encoding", default=None, help="encoding to use for output")
    parser.add_argument(
        "-t",
        "--type",
        default="text",
        choices=("text", "html"),
        help="output type (text or html)",
    )
    parser.add_argument("year", nargs="?", type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs="?", type=int, help="month number (1-12, text only)")
    return parser


def _write_encoded(data, encoding):
    binary = getattr(sys.stdout, "buffer", None)
    if binary is not None:
        binary.write(data)
    else:
        # heapstack's sys.stdout has no binary layer yet; text that round-trips is the same
        # output for ASCII-compatible encodings.
        sys.stdout.write(data.decode(encoding))


def main(args):
    """python -m calendar: args is sys.argv (the program name first)."""
    parser = _command_line_parser()
    options = parser.parse_args(args[1:])
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    if options.locale:
        raise NotImplementedError(
            "calendar --locale needs the locale module, which heapstack does not have"
        )
    year = datetime.date.today().year if options.year is None else options.year
    if options.type == "html":
        if options.month is not None:
            parser.error("incorrect number of arguments")
        encoding = options.encoding or sys.getdefaultencoding()
        page = HTMLCalendar().formatyearpage(year, encoding=encoding, css=options.css)
        _write_encoded(page, encoding)
        return
    layout = {"w": options.width, "l": options.lines}
    if options.month is None:
        layout.update(c=options.spacing, m=options.months)
        result = TextCalendar().formatyear(year, **layout)
    else:
        result = TextCalendar().formatmonth(year, options.month, **layout)
    if options.encoding:
        _write_encoded(result.encode(options.encoding), options.encoding)
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
