"""Extracting, formatting and printing stack traces and exceptions, as the
interpreter shows them.

extract_tb()/extract_stack() give a StackSummary (a list of
FrameSummary); format_*() return lists of text; print_*() write to
sys.stderr or a file.  TracebackException captures an exception with its
cause/context chain and exception group members for later formatting.
"""

# heapstack's traceback: CPython 3.11's output, written anew.  The source
# segments under the carets are parsed by the runtime (_stdlib_helpers).

import collections.abc
import linecache
import sys
import textwrap

from _stdlib_helpers import caret_anchors as _caret_anchors
from _stdlib_helpers import display_width as _display_width

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


def _out(file):
    return sys.stderr if file is None else file


def _write_all(lines, file):
    file = _out(file)
    for text in lines:
        print(text, file=file, end="")


# -- lists of frames ---------------------------------------------------------

def print_list(extracted_list, file=None):
    """Writes the frames of extract_tb()/extract_stack() (or (filename,
    lineno, name, line) tuples) as a stack trace."""
    _write_all(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """The text of each frame of extracted_list (see print_list)."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Writes up to limit entries of the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """The StackSummary of the traceback tb (oldest frame first), with
    source lines and column ranges."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return exc, exc.__traceback__


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Writes the exception: its traceback (if any), the chained
    exceptions (with chain), and the final "Type: message" line."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would write, as a list."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The final line(s) of an exception's report: "Type: message" (the
    source line and caret first for a SyntaxError), then its notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would write."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() of sys.last_value (the last uncaught exception)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Writes the current stack (or the one of frame f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The lines print_stack() would write."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or frame f and its callers),
    oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def clear_frames(tb):
    """Clears the local variables of the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


# -- one frame -----------------------------------------------------------------

class FrameSummary:
    """One frame of a stack trace: filename, lineno, name, the source
    line (looked up through linecache), optional column range (colno,
    end_colno, end_lineno) and locals (reprs of the frame's variables)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        """lookup_line: read the source line now (else when first used);
        locals: a mapping whose values are kept as their repr(); line:
        the source line to use instead of linecache's."""
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({key: repr(value) for key, value in locals.items()}
                       if locals else None)
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, line {self.lineno} "
                f"in {self.name}>")

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        """The source line as in the file (whitespace kept)."""
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """(frame, lineno) for f and each of its callers (the current stack
    when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of the traceback tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    wanted = instruction_index // 2
    for index, position in enumerate(code.co_positions()):
        if index == wanted:
            return position
    raise StopIteration


_RECURSIVE_CUTOFF = 3  # the C traceback printer uses the same


def _byte_offset_to_character_offset(str, offset):
    prefix = str.encode('utf-8')[:offset]
    return len(prefix.decode("utf-8", errors="replace"))


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs of frame_gen (e.g.
        walk_stack() or walk_tb()); limit keeps the first (or with a
        negative value the last) frames, lookup_lines reads the source now,
        capture_locals keeps the reprs of the locals."""
        def no_columns():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            no_columns(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            frame_gen = _first(frame_gen, limit) if limit >= 0 else _last(frame_gen, -limit)
        summary = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            summary.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for frame in summary:
                frame.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one frame: the "File ..." line, the source line and
        the markers under the failing expression."""
        fs = frame_summary
        parts = ['  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)]
        if fs.line:
            stripped = fs.line.strip()
            parts.append('    {}\n'.format(stripped))
            parts.extend(_caret_lines(fs, stripped))
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(parts)

    def format(self):
        """The text of each frame, with runs of more than three identical
        frames (recursion) shortened to "[Previous line repeated N more
        times]"."""
        lines = []
        previous = None
        repeats = 0

        def summary_line():
            extra = repeats - _RECURSIVE_CUTOFF
            plural = "s" if extra > 1 else ""
            return f'  [Previous line repeated {extra} more time{plural}]\n'

        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if previous is None or None in previous or key != previous:
                if repeats > _RECURSIVE_CUTOFF:
                    lines.append(summary_line())
                previous = key
                repeats = 0
            repeats += 1
            if repeats <= _RECURSIVE_CUTOFF:
                lines.append(text)
        if repeats > _RECURSIVE_CUTOFF:
            lines.append(summary_line())
        return lines


def _first(iterable, count):
    for index, item in enumerate(iterable):
        if index >= count:
            return
        yield item


def _last(iterable, count):
    return collections.deque(iterable, maxlen=count)


def _caret_lines(fs, stripped):
    """The marker line under a frame's source line, if it is useful."""
    if fs.colno is None or fs.end_colno is None:
        return []
    line = fs._original_line
    indent_width = len(line) - len(fs.line.lstrip())
    start = _byte_offset_to_character_offset(line, fs.colno)
    end = _byte_offset_to_character_offset(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            # CPython's _extract_caret_anchors_from_line_segment imports ast here (to parse the
            # segment): the first traceback formatted loads it, with its import's objects and
            # garbage (ast._Precedence's throwaway class), which a leak hunter's gc.collect() sees
            import ast  # noqa: F401
            anchors = _caret_anchors(segment)
        except Exception:
            anchors = None
    else:
        # a multi-line expression: mark to the end of this line
        end = len(line.rstrip())
    useful = end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0)
    if not useful:
        return []
    col_start = _display_width(line, start) + 1
    col_end = _display_width(line, end) + 1
    marks = ['    ', ' ' * (col_start - indent_width)]
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        marks.append('~' * left)
        marks.append('^' * (right - left))
        marks.append('~' * (col_end - col_start - right))
    else:
        marks.append('^' * (col_end - col_start))
    marks.append('\n')
    return marks


# -- exceptions ----------------------------------------------------------------

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        margin = self.indent()
        if self.exception_group_depth:
            margin += ('|' if margin_char is None else margin_char) + ' '
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        for text in texts:
            yield textwrap.indent(text, margin, lambda line: True)


def _capture(e, limit, lookup_lines, capture_locals, max_group_width, max_group_depth, seen):
    """The TracebackException of a cause, context or group member of another."""
    return TracebackException(type(e), e, e.__traceback__, limit=limit,
                              lookup_lines=lookup_lines, capture_locals=capture_locals,
                              max_group_width=max_group_width,
                              max_group_depth=max_group_depth, _seen=seen)


class TracebackException:
    """An exception captured for formatting: its type, message (_str),
    traceback (stack), notes, SyntaxError details (filename, lineno,
    end_lineno, text, offset, end_offset, msg), and the captured
    __cause__, __context__ and, for exception groups, exceptions.

    compact=True captures a __context__ only when it would be printed;
    max_group_width and max_group_depth bound the display of groups.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top_level = _seen is None
        if top_level:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno, end_lineno = exc_value.lineno, exc_value.end_lineno
            self.lineno = None if lineno is None else str(lineno)
            self.end_lineno = None if end_lineno is None else str(end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if top_level:
            # (the options go as arguments, not in a dict or a closure's cells: the objects
            # each TracebackException leaves in gc's count are CPython's)
            self._capture_related(exc_value, compact, limit, lookup_lines, capture_locals,
                                  max_group_width, max_group_depth, _seen)

    def _capture_related(self, exc_value, compact, limit, lookup_lines, capture_locals,
                         max_group_width, max_group_depth, seen):
        """Captures causes, contexts and group members, breadth by a work
        list (not recursion), each exception once."""
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in seen:
                cause = _capture(e.__cause__, limit, lookup_lines, capture_locals,
                                 max_group_width, max_group_depth, seen)
            if compact:
                want_context = cause is None and e is not None and not e.__suppress_context__
            else:
                want_context = True
            context = None
            if (e and e.__context__ is not None and want_context
                    and id(e.__context__) not in seen):
                context = _capture(e.__context__, limit, lookup_lines, capture_locals,
                                   max_group_width, max_group_depth, seen)
            members = None
            if e and isinstance(e, BaseExceptionGroup):
                members = [_capture(member, limit, lookup_lines, capture_locals,
                                     max_group_width, max_group_depth, seen)
                           for member in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = members
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if members:
                pending.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of the exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The "Type: message" line (after the location lines of a
        SyntaxError), then the lines of the notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            name = module + '.' + name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(name)
        else:
            yield _format_final_exc_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            removed = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in {None, 0} else start
                if start == end or end == -1:
                    end = start + 1
                col, end_col = start - 1 - removed, end - 1 - removed
                if col >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
                    yield '    {}{}'.format(pad, '^' * (end_col - col) + "\n")
        yield "{}: {}{}\n".format(stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the full report (a generator): chained exceptions
        first (unless chain is false), each with its traceback, and group
        members in nested boxes."""
        ctx = _ExceptionPrintContext() if _ctx is None else _ctx
        sequence = []
        current = self
        while current:
            message, following = None, None
            if chain:
                if current.__cause__ is not None:
                    message, following = _cause_message, current.__cause__
                elif current.__context__ is not None and not current.__suppress_context__:
                    message, following = _context_message, current.__context__
            sequence.append((message, current))
            current = following
        for message, exc in reversed(sequence):
            if message is not None:
                yield from ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(exc.stack.format())
                yield from ctx.emit(exc.format_exception_only())
            elif ctx.exception_group_depth > self.max_group_depth:
                yield from ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, ctx)

    def _format_group(self, exc, chain, ctx):
        outermost = ctx.exception_group_depth == 0
        if outermost:
            ctx.exception_group_depth += 1
        if exc.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin_char='+' if outermost else None)
            yield from ctx.emit(exc.stack.format())
        yield from ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        shown = total if total <= self.max_group_width else self.max_group_width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            cut = self.max_group_width is not None and i >= self.max_group_width
            title = '...' if cut else f'{i + 1}'
            yield (ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            ctx.exception_group_depth += 1
            if cut:
                remaining = total - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from ctx.emit(f"and {remaining} more exception{plural}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if outermost:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Writes the lines of format(chain=chain) to file (sys.stderr)."""
        _write_all(self.format(chain=chain), file)
