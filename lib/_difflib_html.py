"""difflib.HtmlDiff and the side-by-side pairing (_mdiff) it is built on (heapstack's).

Written for heapstack from CPython 3.11's documented behaviour and output: the rows of an
ndiff delta are paired into (from line, to line, changed) triples, with the changed parts of
a line wrapped in markers ('\\0+', '\\0-', '\\0^' ... '\\1') that survive HTML escaping and
become <span> elements at the end.
"""

import re

from difflib import IS_CHARACTER_JUNK, ndiff

# a run of one kind of mark in an ndiff "? " guide line
_GUIDE_RUN = re.compile(r'(\++|\-+|\^+)')

# the blank row that stands opposite a line the other side does not have
_BLANK = ('', '\n')


class _SideNumbering:
    """Takes lines off the front of a lookahead buffer of ndiff rows, numbering each side."""

    def __init__(self):
        self.numbers = [0, 0]

    def take(self, rows, how, side):
        """(line number, text) of the next line of `side`. how: None (no markup), '+'/'-'
        (the whole line added/deleted) or '?' (marks from the guide row that follows)."""
        self.numbers[side] += 1
        number = self.numbers[side]
        if how is None:
            return number, rows.pop(0)[2:]
        if how == '?':
            text = rows.pop(0)
            guide = rows.pop(0)
            runs = [(m.group()[0], m.start(), m.end()) for m in _GUIDE_RUN.finditer(guide)]
            for kind, start, end in reversed(runs):
                text = ''.join((text[:start], '\0', kind, text[start:end], '\1', text[end:]))
            return number, text[2:]
        # an empty line still gets something to highlight
        text = rows.pop(0)[2:] or ' '
        return number, '\0' + how + text + '\1'


def _side_rows(delta):
    """(from, to, changed) rows of an ndiff delta; from or to is None when that side has
    no line in the row, and blank rows are added so deleted and added blocks line up."""
    numbering = _SideNumbering()
    take = numbering.take
    rows = []
    owed = 0  # > 0: added lines waiting for blanks on the from side; < 0: the reverse
    while True:
        while len(rows) < 4:
            rows.append(next(delta, 'X'))
        heads = ''.join(row[0] for row in rows)
        if heads.startswith('X'):
            blanks = owed
        elif heads.startswith('-?+?'):
            yield take(rows, '?', 0), take(rows, '?', 1), True
            continue
        elif heads.startswith('--++'):
            owed -= 1
            yield take(rows, '-', 0), None, True
            continue
        elif heads.startswith(('--?+', '--+', '- ')):
            pending = take(rows, '-', 0), None
            blanks, owed = owed - 1, 0
        elif heads.startswith('-+?'):
            yield take(rows, None, 0), take(rows, '?', 1), True
            continue
        elif heads.startswith('-?+'):
            yield take(rows, '?', 0), take(rows, None, 1), True
            continue
        elif heads.startswith('-'):
            owed -= 1
            yield take(rows, '-', 0), None, True
            continue
        elif heads.startswith('+--'):
            owed += 1
            yield None, take(rows, '+', 1), True
            continue
        elif heads.startswith(('+ ', '+-')):
            pending = None, take(rows, '+', 1)
            blanks, owed = owed + 1, 0
        elif heads.startswith('+'):
            owed += 1
            yield None, take(rows, '+', 1), True
            continue
        elif heads.startswith(' '):
            same = take(rows[:], None, 0)
            yield same, take(rows, None, 1), False
            continue
        for _ in range(-blanks):
            yield None, _BLANK, True
        for _ in range(blanks):
            yield _BLANK, None, True
        if heads.startswith('X'):
            return
        yield pending[0], pending[1], True


def _paired(rows):
    """The rows with both sides filled: one-sided rows are queued until the other side
    has a line to stand opposite."""
    froms, tos = [], []
    for from_line, to_line, changed in rows:
        if from_line is not None:
            froms.append((from_line, changed))
        if to_line is not None:
            tos.append((to_line, changed))
        while froms and tos:
            from_line, from_changed = froms.pop(0)
            to_line, to_changed = tos.pop(0)
            yield from_line, to_line, from_changed or to_changed


def _around_changes(pairs, context):
    """Only the changed pairs and `context` pairs either side of them; (None, None, None)
    separates the hunks after the first."""
    keep = context + 1
    while True:
        ring = [None] * keep
        seen = 0
        changed = False
        while changed is False:
            pair = next(pairs, None)
            if pair is None:
                return
            ring[seen % keep] = pair
            seen += 1
            changed = pair[2]
        if seen > keep:
            yield None, None, None
            start, count = seen, keep
        else:
            start, count = 0, seen
        for k in range(count):
            yield ring[(start + k) % keep]
        left = keep - 1
        while left:
            pair = next(pairs, None)
            if pair is None:
                return
            left = keep - 1 if pair[2] else left - 1
            yield pair


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side pairs ((number, text) or None, (number, text) or None, changed) of the
    two line lists, with change markers in the texts; with `context`, only the changes and
    that many lines around them."""
    pairs = _paired(_side_rows(iter(ndiff(fromlines, tolines, linejunk, charjunk))))
    if context is None:
        return pairs
    return _around_changes(pairs, context)


_FILE = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_STYLES = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_TABLE = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_LEGEND = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""

_ROW = ('            <tr><td class="diff_next"%s>%s</td>%s'
        '<td class="diff_next">%s</td>%s</tr>\n')

_MARKUP = (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
           ('\0^', '<span class="diff_chg">'), ('\1', '</span>'), ('\t', '&nbsp;'))


class HtmlDiff(object):
    """For producing HTML side by side comparison with change highlights.

    make_table gives the HTML table of a side-by-side, line by line comparison with
    inter-line and intra-line changes highlighted (the whole text or only the changes with
    context); make_file gives a complete HTML page around that table.
    """

    _file_template = _FILE
    _styles = _STYLES
    _table_template = _TABLE
    _legend = _LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                  numlines=5, *, charset='utf-8'):
        """A complete HTML page holding make_table's table and a legend."""
        page = self._file_template % dict(
            styles=self._styles,
            legend=self._legend,
            table=self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                  numlines=numlines),
            charset=charset)
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        # Tabs become tab stops filled with tab characters (so that a tab and the spaces it
        # stands for still differ), shown as &nbsp; once the markup is done.
        def expand(line):
            hidden = line.replace(' ', '\0').expandtabs(self._tabsize)
            return hidden.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        # Pieces of at most wrapcolumn visible characters; the continuations are numbered
        # '>' and a change marker open at a cut is closed and reopened.
        width = self._wrapcolumn
        while True:
            size = len(text)
            if not line_num or size <= width or size - text.count('\0') * 3 <= width:
                data_list.append((line_num, text))
                return
            i = shown = 0
            mark = ''
            while shown < width and i < size:
                ch = text[i]
                if ch == '\0':
                    mark = text[i + 1]
                    i += 2
                elif ch == '\1':
                    mark = ''
                    i += 1
                else:
                    i += 1
                    shown += 1
            head, rest = text[:i], text[i:]
            if mark:
                head += '\1'
                rest = '\0' + mark + rest
            data_list.append((line_num, head))
            line_num, text = '>', rest

    def _line_wrapper(self, diffs):
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            froms, tos = [], []
            self._split_line(froms, *fromdata)
            self._split_line(tos, *todata)
            while froms or tos:
                yield (froms.pop(0) if froms else ('', ' '),
                       tos.pop(0) if tos else ('', ' '), flag)

    def _collect_lines(self, diffs):
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            if fromdata is None or todata is None:
                fromlist.append(None)
                tolist.append(None)
            else:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ''  # a blank row or a wrapped line's continuation
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (
            anchor, linenum, text)

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        # The middle column: an anchor a few lines above each change and, on its first
        # line, a link to the next one; the last link goes back to the top.
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        changes = 0
        inside = False
        last = 0
        for i, flag in enumerate(flaglist):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = i
            next_id[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
            changes += 1
            next_href[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            if context:
                fromlist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
                tolist = fromlist
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """The HTML table comparing the two line lists side by side. With context, only the
        changes and numlines lines around them; without, numlines is how far above a change
        its "next" link lands."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                # a separator between hunks (none before the first)
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append(_ROW % (next_id[i], next_href[i], fromlist[i], next_href[i],
                                    tolist[i]))
        if fromdesc or todesc:
            header_row = '<thead><tr>%s%s%s%s</tr></thead>' % (
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % fromdesc,
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % todesc)
        else:
            header_row = ''
        table = self._table_template % dict(data_rows=''.join(rows), header_row=header_row,
                                            prefix=self._prefix[1])
        for marker, markup in _MARKUP:
            table = table.replace(marker, markup)
        return table
