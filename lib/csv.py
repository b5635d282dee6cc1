"""CSV file reading and writing (heapstack's own implementation of csv and its _csv core).

reader/writer follow the state machine and quoting rules of CPython 3.11's Modules/_csv.c,
with the same errors; DictReader/DictWriter, the excel, excel-tab and unix dialects and Sniffer (CPython's
heuristics: quoted-field patterns first, then per-character frequency modes) are provided."""

# python3's list, in its order: __doc__ too, so 'from csv import *' brings csv's docstring
__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "__doc__", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

import _csv_accel as _accel
from _operator import attrgetter as _attrgetter
from _stdlib_helpers import c_layout as _c_layout, c_type_name as _c_type_name

_registry = {}
_limit = [128 * 1024]


def field_size_limit(*args, **kwargs):
    """field_size_limit([limit]) -> the previous limit on the length of a parsed field;
    with an argument, also sets a new one."""
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


# --- dialects --------------------------------------------------------------------------------

_NO_VALUE = object()
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')


def _one_char(name, value, default, allow_none):
    if value is _NO_VALUE:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kinds = 'string or None' if allow_none else 'string'
        raise TypeError('"%s" must be %s, not %s' % (name, kinds, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _CoreDialect:
    """The validated, read-only parameters a reader or writer works with."""

    __slots__ = ('_values',)

    def __init__(self, values):
        object.__setattr__(self, '_values', values)

    def __getattr__(self, name):
        values = object.__getattribute__(self, '_values')
        if name in values:
            return values[name]
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        # deleting is refused with the same messages as assigning
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


_CoreDialect.__name__ = _CoreDialect.__qualname__ = 'Dialect'
_CoreDialect.__module__ = '_csv'


def _make_dialect(dialect=None, **params):
    """Merge a dialect (name, class or object) with keyword overrides and validate them."""
    for key in params:
        if key not in _ATTRS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _CoreDialect) and not params:
        return dialect
    given = {}
    for name in _ATTRS:
        if name in params:
            given[name] = params[name]
        elif dialect is not None and hasattr(dialect, name):
            given[name] = getattr(dialect, name)
        else:
            given[name] = _NO_VALUE
    values = {}
    values['delimiter'] = _one_char('delimiter', given['delimiter'], ',', False)
    values['doublequote'] = True if given['doublequote'] is _NO_VALUE else bool(given['doublequote'])
    values['escapechar'] = _one_char('escapechar', given['escapechar'], None, True)
    terminator = given['lineterminator']
    if terminator is _NO_VALUE:
        terminator = '\r\n'
    elif terminator is not None and not isinstance(terminator, str):
        raise TypeError('"lineterminator" must be a string')
    values['lineterminator'] = terminator
    values['quotechar'] = _one_char('quotechar', given['quotechar'], '"', True)
    quoting = given['quoting']
    if quoting is _NO_VALUE:
        quoting = QUOTE_MINIMAL
    elif type(quoting) is not int:
        raise TypeError('"quoting" must be an integer')
    values['skipinitialspace'] = (False if given['skipinitialspace'] is _NO_VALUE
                                  else bool(given['skipinitialspace']))
    values['strict'] = False if given['strict'] is _NO_VALUE else bool(given['strict'])
    if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if params.get('quotechar', 0) is None and 'quoting' not in params:
        quoting = QUOTE_NONE
    if quoting != QUOTE_NONE and values['quotechar'] is None:
        raise TypeError("quotechar must be set if quoting enabled")
    if values['lineterminator'] is None:
        raise TypeError("lineterminator must be set")
    values['quoting'] = quoting
    return _CoreDialect(values)


class Dialect:
    """Base class of CSV dialects: subclasses set delimiter, quotechar, escapechar,
    doublequote, skipinitialspace, lineterminator and quoting (see excel). Instantiating one
    validates those settings (csv.Error when they are inconsistent)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _make_dialect(self)
        except TypeError as err:
            raise Error(str(err)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    """register_dialect(name[, dialect][, **fmtparams]): make name refer to the dialect."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _make_dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """unregister_dialect(name): forget a registered dialect name."""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """get_dialect(name) -> the dialect registered under name."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """list_dialects() -> the registered dialect names."""
    return list(_registry)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# --- reading ---------------------------------------------------------------------------------

class _Params:
    """A dialect's values as plain attributes."""

    def __init__(self, values):
        self.__dict__.update(values)


def _readonly(slot):
    """An attribute kept under `slot` that, like a C type's READONLY member, cannot be set or
    deleted ("readonly attribute")."""
    def refuse(self, value=None):
        raise AttributeError("readonly attribute")
    return property(_attrgetter(slot), refuse, refuse)


class _Reader:
    """Iterator over the records of CSV text; line_num counts the lines read."""

    __slots__ = ('_fields', '_lines', '_dialect', '_line_num', '_params')

    def __init__(self, iterable, dialect):
        # the list the next record is read into: C's reader makes one at its creation, then a
        # new one at every record's start (parse_reset), so lists are made and freed as there
        self._fields = []
        self._lines = iter(iterable)
        self._dialect = dialect
        self._line_num = 0
        d = object.__getattribute__(dialect, '_values')
        self._params = (d['delimiter'], d['quotechar'], d['escapechar'], d['quoting'],
                        d['doublequote'], d['skipinitialspace'], d['strict'], d['lineterminator'])

    dialect = _readonly('_dialect')
    line_num = _readonly('_line_num')

    def __iter__(self):
        return self

    def __next__(self):
        # _csv_accel.install replaces this with Modules/_csv.c's Reader_iternext in TypeScript
        raise NotImplementedError


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'
# _csv's ReaderObj: 88 bytes, a GC object
_c_layout(_Reader, 88, gc=True)
_c_type_name(_Reader, '_csv.reader')


def reader(csvfile, dialect='excel', **fmtparams):
    """reader(iterable, dialect="excel", **fmtparams) -> an iterator of rows (lists of
    str) parsed from the lines the iterable yields; keyword arguments override the dialect."""
    lines = iter(csvfile)
    return _Reader(lines, _make_dialect(dialect, **fmtparams))


# --- writing ---------------------------------------------------------------------------------

class _Writer:
    """Writes rows as CSV records to a file-like object."""

    __slots__ = ('_write', '_dialect', '_d', '_specials', '_params')

    dialect = _readonly('_dialect')

    def __init__(self, write, dialect):
        self._write = write
        self._dialect = dialect
        self._d = d = _Params(object.__getattribute__(dialect, '_values'))
        # A field with none of these characters is written as it is.
        self._specials = tuple(c for c in (d.delimiter, d.escapechar, d.quotechar) if c) + tuple(
            d.lineterminator)
        self._params = (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.doublequote,
                        d.skipinitialspace, d.strict, d.lineterminator)

    def _field_text(self, value, quoted):
        """The field as written, and whether it ended up quoted."""
        d = self._d
        for c in self._specials:
            if c in value:
                break
        else:
            return d.quotechar + value + d.quotechar if quoted else value
        out = []
        for ch in value:
            escape = False
            if (ch == d.delimiter or ch == d.escapechar or ch == d.quotechar
                    or ch in d.lineterminator):
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if ch == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif ch == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(ch)
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """writerow(iterable) -> what the file's write() returned; writes one record
        (fields that are not str are converted with str(), None becomes empty)."""
        # a list or tuple of str, int, float and None, written without an error: in _csv_accel
        # (_csv_accel.install makes this whole method native, calling _writerow_fields for others)
        line = _accel.writerow(row, self._params)
        if line is not None:
            return self._write(line)
        return self._writerow_fields(row)

    def _writerow_fields(self, row):
        d = self._d
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for value in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(value, (int, float, complex)) and not hasattr(
                    type(value), '__index__') and not hasattr(type(value), '__float__')
            else:
                quoted = d.quoting == QUOTE_ALL
            if value is None:
                text = ''
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            parts.append(self._field_text(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        line = d.delimiter.join(parts) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        """writerows(iterable of iterables): writerow() for each of them."""
        for row in rows:
            self.writerow(row)


_accel.install(_Reader, _Writer, _limit, Error)
_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'
# _csv's WriterObj: 72 bytes, a GC object
_c_layout(_Writer, 72, gc=True)
_c_type_name(_Writer, '_csv.writer')


def writer(fileobj, dialect='excel', **fmtparams):
    """writer(fileobj, dialect="excel", **fmtparams) -> a writer whose writerow() and
    writerows() write CSV records with fileobj.write()."""
    write = getattr(fileobj, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(dialect, **fmtparams))


# --- dictionaries ----------------------------------------------------------------------------

class DictReader:
    """Rows of a CSV file as dicts keyed by the field names (given, or read from the first
    row); surplus values go in a list under restkey, missing ones are restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        # the record read and its dict made in _csv_accel; there, the record alone when the
        # field names are not a list or tuple of str, None for a subclass or another reader
        row = _accel.dict_row(self, DictReader)
        if type(row) is dict:
            return row
        if row is None:
            row = next(self.reader)
            self.line_num = self.reader.line_num
            while not row:
                row = next(self.reader)
        return _finish_row(self, row)


def _finish_row(dictreader, row):
    """The dict DictReader.__next__ makes of the record `row`."""
    names = dictreader.fieldnames
    result = dict(zip(names, row))
    if len(row) > len(names):
        result[dictreader.restkey] = row[len(names):]
    else:
        for name in names[len(row):]:
            result[name] = dictreader.restval
    return result


# next() and for loops read a DictReader's records natively (_csv_accel's dictReaderNext, which
# calls __next__ for subclasses and readers of other kinds)
_accel.install_dictreader(DictReader, _finish_row)



class DictWriter:
    """Write dicts as CSV rows in the order of fieldnames; absent keys are written as
    restval, unknown keys raise ValueError (or are dropped with extrasaction='ignore')."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        # self.writer.writerow(self._dict_to_list(rowdict)), the values of a dict of str keys
        # listed natively
        return _accel.dict_writerow(self, rowdict, DictWriter)

    def writerows(self, rowdicts):
        # a DictWriter (not a subclass) on our writer: the rows written in _csv_accel
        if _accel.dict_writerows(self, rowdicts, DictWriter) is NotImplemented:
            return self.writer.writerows(map(self._dict_to_list, rowdicts))



class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether its first row is a header
    (has_header), with the heuristics of CPython's csv.Sniffer."""

    def __init__(self):
        # delimiters to prefer when several are equally consistent
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing `sample`."""
        quote, dq, delim, skip = self._quoted_fields(sample, delimiters)
        if not delim:
            delim, skip = self._frequencies(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = dq
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skip
        return dialect

    _QUOTED = (
        r"(?P<delim>[^\w\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?P=delim)",
        r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?P<delim>[^\w\n\"'])(?P<space> ?)",
        r"(?P<delim>[^\w\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
        r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
    )

    def _quoted_fields(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from quoted fields."""
        import re

        found = []
        pattern = None
        for text in self._QUOTED:
            pattern = re.compile(text, re.DOTALL | re.MULTILINE)
            found = list(pattern.finditer(data))
            if found:
                break
        if not found:
            return "", False, None, 0
        quotes = {}
        delims = {}
        spaces = 0
        has_delim = "delim" in pattern.groupindex
        has_space = "space" in pattern.groupindex
        for m in found:
            q = m.group("quote")
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if not has_delim:
                continue
            d = m.group("delim")
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if has_space and m.group("space"):
                spaces += 1
        quote = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skip = delims[delim] == spaces
            if delim == "\n":  # a single column, most likely
                delim = ""
        else:
            delim = ""
            skip = 0
        d, q = re.escape(delim), quote
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d), re.MULTILINE)
        return quote, bool(doubled.search(data)), delim, skip

    def _frequencies(self, data, delimiters):
        """(delimiter, skipinitialspace) from characters that occur equally often per line."""
        lines = [line for line in data.split("\n") if line]
        chunk = min(10, len(lines))
        table = {}
        modes = {}
        delims = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    ch = chr(code)
                    counts = table.setdefault(ch, {})
                    n = line.count(ch)
                    counts[n] = counts.get(n, 0) + 1
            for ch, counts in table.items():
                pairs = list(counts.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) > 1:
                    best = max(pairs, key=lambda item: item[1])
                    pairs.remove(best)
                    modes[ch] = (best[0], best[1] - sum(item[1] for item in pairs))
                else:
                    modes[ch] = pairs[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (freq, score) in modes.items():
                    if freq > 0 and score > 0 and score / total >= consistency and (
                            delimiters is None or ch in delimiters):
                        delims[ch] = (freq, score)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, lines[0].count(delim) == lines[0].count(delim + " ")
            start = end
            end += chunk
        if not delims:
            return "", 0
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return d, lines[0].count(d) == lines[0].count(d + " ")
        delim = max((v, k) for k, v in delims.items())[1]
        return delim, lines[0].count(delim) == lines[0].count(delim + " ")

    def has_header(self, sample):
        """Guess whether the first row of `sample` is a header: columns whose later values
        all have one type (or one length) that the first row's value does not share vote yes."""
        import io

        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
