"""Text wrapping and filling.
"""

# heapstack's textwrap: CPython 3.11's behaviour, with the word splitting
# done by a small native tokenizer (_stdlib_helpers.textwrap_chunks) instead
# of regular expressions.

from _stdlib_helpers import textwrap_chunks as _chunks
from _stdlib_helpers import textwrap_wrap as _wrap_native

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only the US-ASCII whitespace characters separate words (so that
# non-breaking spaces such as '\u00a0' stay inside words).
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _whitespace


def _split_words(text):
    return _chunks(text, True)


def _split_on_whitespace(text):
    return _chunks(text, False)


def _ends_sentence(chunk):
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class _Match:
    """The little of a match object that callers of these patterns use."""

    def __init__(self, string, start, end):
        self.string = string
        self._span = (start, end)

    def group(self, n=0):
        if n != 0:
            raise IndexError("no such group")
        return self.string[self._span[0]:self._span[1]]

    def start(self):
        return self._span[0]

    def end(self):
        return self._span[1]

    def span(self):
        return self._span


class _Pattern:
    """Stands in for the compiled regular expressions of CPython's
    TextWrapper (wordsep_re, wordsep_simple_re, sentence_end_re)."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return '<textwrap pattern %s>' % self._name

    def split(self, text):
        if self._name == 'wordsep_re':
            out = ['']
            for chunk in _split_words(text):
                out.append(chunk)
                out.append('')
            return out
        out = []
        pending = ''
        for chunk in _split_on_whitespace(text):
            if _is_ws(chunk[0]):
                out.append(pending)
                out.append(chunk)
                pending = ''
            else:
                pending = chunk
        out.append(pending)
        return out

    def search(self, text):
        if self._name != 'sentence_end_re':
            raise NotImplementedError(self._name + '.search')
        if not _ends_sentence(text):
            return None
        n = 3 if text[-1] in '"\'' else 2
        return _Match(text, len(text) - n, len(text))


def _only_blank_left(self, pending):
    return not pending or (self.drop_whitespace and len(pending) == 1
                           and not pending[0].strip())


def _truncate(self, lines, line, size, room, indent):
    """Ends the output with the placeholder on the last allowed line."""
    marker = self.placeholder
    while line:
        if line[-1].strip() and size + len(marker) <= room:
            lines.append(indent + ''.join(line) + marker)
            return
        size -= len(line.pop())
    if lines:
        previous = lines[-1].rstrip()
        if len(previous) + len(marker) <= self.width:
            lines[-1] = previous + marker
            return
    lines.append(indent + marker.lstrip())


class TextWrapper:
    """Wraps and fills paragraphs of text.

    wrap() returns the lines, fill() joins them with newlines; the
    underscore methods are the steps in between, for subclasses to
    override.  Options (constructor arguments and attributes):

      width (70)                 maximum line length, indents included
      initial_indent ("")        prefix of the first line
      subsequent_indent ("")     prefix of the other lines
      expand_tabs (True)         expand tabs first (with tabsize, default 8)
      replace_whitespace (True)  turn each whitespace character into a space
      fix_sentence_endings (False)
                                 two spaces after a sentence's end
      break_long_words (True)    split words longer than the line
      break_on_hyphens (True)    also break after hyphens in words
      drop_whitespace (True)     drop whitespace at line starts and ends
      max_lines (None)           truncate to this many lines, ending with
      placeholder (" [...]")     this marker
    """

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}

    # Chunking: words, runs of whitespace, em-dashes between words and
    # pieces of hyphenated words.
    wordsep_re = _Pattern('wordsep_re')
    # Chunking on whitespace only.
    wordsep_simple_re = _Pattern('wordsep_simple_re')
    # A chunk ending a sentence: lowercase letter, '.', '!' or '?', and an
    # optional closing quote.
    sentence_end_re = _Pattern('sentence_end_re')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        (self.width, self.initial_indent, self.subsequent_indent,
         self.expand_tabs, self.replace_whitespace, self.fix_sentence_endings,
         self.break_long_words, self.drop_whitespace, self.break_on_hyphens,
         self.tabsize, self.max_lines, self.placeholder) = (
            width, initial_indent, subsequent_indent, expand_tabs,
            replace_whitespace, fix_sentence_endings, break_long_words,
            drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder)

    # -- the steps of wrap() --------------------------------------------

    def _munge_whitespace(self, text):
        """Tabs expanded (if enabled), other whitespace made spaces (if
        enabled): " a\tb\n\nc" -> " a      b  c"."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if not self.replace_whitespace:
            return text
        return text.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The chunks of text: words (hyphenated ones split after their
        hyphens when break_on_hyphens is true), whitespace runs and
        em-dashes, e.g. "goof-ball -- ok" -> goof-/ball/ /--/ /ok."""
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        if type(pattern) is _Pattern:
            return _chunks(text, pattern._name == 'wordsep_re')
        return [piece for piece in pattern.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after a sentence-ending chunk two spaces
        (in place)."""
        ends_sentence = self.sentence_end_re.search
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1
            last = len(chunks) - 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deals with a chunk longer than a whole line: break it (after a
        hyphen if possible) or, when that is not allowed, give it a line
        of its own."""
        # Take at least one character per line even when the indent
        # leaves no room at all.
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                # prefer to cut just after the last hyphen that fits,
                # when something other than hyphens precedes it
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Packs the chunks (see _split) into lines of at most width
        characters and returns them; whitespace chunks at line edges are
        dropped when drop_whitespace is true."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            prefix = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(prefix) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        elif (type(self.width) is int and type(chunks) is list
              and type(self.initial_indent) is str and type(self.subsequent_indent) is str
              and type(self)._handle_long_word is TextWrapper._handle_long_word):
            # the same packing in _stdlib_helpers (None when a chunk is not an exact str)
            lines = _wrap_native(chunks, self.width, self.initial_indent,
                                 self.subsequent_indent, self.drop_whitespace,
                                 self.break_long_words, self.break_on_hyphens)
            if lines is not None:
                return lines

        lines = []
        pending = chunks
        pending.reverse()  # a stack: the next chunk is at the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            line = []
            size = 0
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            while pending and size + len(pending[-1]) <= room:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, size, room)
                size = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line.pop())
            if not line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or _only_blank_left(self, pending) and size <= room):
                lines.append(indent + ''.join(line))
                continue
            _truncate(self, lines, line, size, room, indent)
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface -----------------------------------------------

    def wrap(self, text):
        """The lines of text wrapped to the width (a list of str)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The text wrapped to the width, as one str of lines."""
        return "\n".join(self.wrap(text))


# -- module-level shortcuts ----------------------------------------------

def wrap(text, width=70, **kwargs):
    """The lines of one paragraph wrapped to width (other TextWrapper
    options as keyword arguments); whitespace, newlines included, only
    separates words."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but the lines joined into one str."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text with its whitespace collapsed, cut to fit in width: as
    many words as fit, then the placeholder (" [...]" by default)."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


# -- indentation helpers -----------------------------------------------------

def _leading_blanks(line):
    stripped = line.lstrip(' \t')
    return line[:len(line) - len(stripped)]


def _common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def dedent(text):
    """The text with the leading spaces/tabs common to all its non-blank
    lines removed (a tab and spaces never match each other); lines of
    only spaces and tabs become empty."""
    lines = [line if line.strip(' \t') else '' for line in text.split('\n')]
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None or margin.startswith(blanks):
            margin = blanks
        elif not blanks.startswith(margin):
            margin = _common_prefix(margin, blanks)
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """The text with prefix added to the lines for which predicate(line)
    is true (by default: lines that are not only whitespace)."""
    keep = predicate if predicate is not None else (lambda line: line.strip())
    return ''.join(prefix + line if keep(line) else line
                   for line in text.splitlines(True))


if __name__ == "__main__":
    # `python -m textwrap` shows dedent at work, as CPython's module does
    print(dedent("Hello there.\n  This is indented."))
