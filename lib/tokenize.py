"""Tokenization of Python source (heapstack's own tokenize module).

generate_tokens(readline) tokenizes str lines, tokenize(readline) bytes
lines (first detecting the encoding); both yield TokenInfo tuples exactly
as CPython 3.11's pure-Python tokenizer does, comments and
non-logical newlines (NL) included.  untokenize() turns tokens back into
source.
"""

import functools
import itertools
import re
import sys
from builtins import open as _builtin_open
from codecs import BOM_UTF8, lookup
from collections import namedtuple

import token
from token import *  # noqa: F401,F403
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]

tabsize = 8

cookie_re = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
blank_re = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


class TokenInfo(namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        kind = f"{self.type} ({tok_name[self.type]})"
        return (f"TokenInfo(type={kind}, string={self.string!r}, start={self.start!r}, "
                f"end={self.end!r}, line={self.line!r})")

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, self.type)
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------------------
# The token patterns (those of CPython's tokenize, composed here)

def group(*choices):
    return "(" + "|".join(choices) + ")"


def any(*choices):
    return group(*choices) + "*"


def maybe(*choices):
    return group(*choices) + "?"


def _string_prefixes():
    found = {""}
    for base in ("b", "r", "u", "f", "br", "fr"):
        for order in itertools.permutations(base):
            for cased in itertools.product(*[(c, c.upper()) for c in order]):
                found.add("".join(cased))
    return found


_DIGITS = r"[0-9](?:_?[0-9])*"
_P = {}
_P["int"] = group(r"0[xX](?:_?[0-9a-fA-F])+", r"0[bB](?:_?[01])+", r"0[oO](?:_?[0-7])+",
                  r"(?:0(?:_?0)*|[1-9](?:_?[0-9])*)")
_P["exp"] = r"[eE][-+]?" + _DIGITS
_P["float"] = group(group(_DIGITS + r"\.(?:" + _DIGITS + ")?", r"\." + _DIGITS) + maybe(_P["exp"]),
                    _DIGITS + _P["exp"])
_P["imag"] = group(_DIGITS + "[jJ]", _P["float"] + "[jJ]")
Number = group(_P["imag"], _P["float"], _P["int"])
Whitespace = r"[ \f\t]*"
Comment = r"#[^\r\n]*"
Name = r"\w+"
StringPrefix = group(*_string_prefixes())
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r"\r?\n", Special)
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r"\\\r?\n"),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r"\\\r?\n"))
PseudoExtras = group(r"\\\r?\n|\Z", Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# the rest of a string after its opening quote(s)
_TAILS = {
    "'": r"[^'\\]*(?:\\.[^'\\]*)*'",
    '"': r'[^"\\]*(?:\\.[^"\\]*)*"',
    "'''": r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
    '"""': r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
}
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _string_prefixes():
    for _quote in ("'", '"', "'''", '"""'):
        endpats[_prefix + _quote] = _TAILS[_quote]
        (triple_quoted if len(_quote) == 3 else single_quoted).add(_prefix + _quote)
del _prefix, _quote


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


# ---------------------------------------------------------------------------
# Encoding detection

def _get_normal_name(orig_enc):
    """The canonical spelling of utf-8 and latin-1 names (as the C tokenizer)."""
    name = orig_enc[:12].lower().replace("_", "-")
    if name == "utf-8" or name.startswith("utf-8-"):
        return "utf-8"
    latin = ("latin-1", "iso-8859-1", "iso-latin-1")
    if name in latin or name.startswith(tuple(n + "-" for n in latin)):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """Read at most two lines with readline and return (encoding, lines read):
    a UTF-8 BOM gives 'utf-8-sig', a PEP 263 cookie its encoding, else 'utf-8'."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    where = "" if filename is None else f" for {filename!r}"

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b""

    def cookie(line, bom):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            raise SyntaxError(f"invalid or missing encoding declaration{where}") from None
        found = cookie_re.match(text)
        if not found:
            return None
        encoding = _get_normal_name(found.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                raise SyntaxError("unknown encoding: " + encoding) from None
            raise SyntaxError(f"unknown encoding for {filename!r}: {encoding}") from None
        if bom:
            if encoding != "utf-8":
                raise SyntaxError(f"encoding problem{where}: utf-8")
            encoding += "-sig"
        return encoding

    default = "utf-8"
    bom = False
    first = next_line()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = "utf-8-sig"
    if not first:
        return default, []
    found = cookie(first, bom)
    if found:
        return found, [first]
    if not blank_re.match(first):
        return default, [first]
    second = next_line()
    if not second:
        return default, [first]
    found = cookie(second, bom)
    if found:
        return found, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file for reading in the encoding detect_encoding() finds."""
    with _builtin_open(filename, "rb") as buffer:
        encoding, _lines = detect_encoding(buffer.readline)
    # heapstack's text files are not wrappers around a binary buffer, so the
    # file is opened again as text in that encoding
    return _builtin_open(filename, "r", encoding=encoding)


# ---------------------------------------------------------------------------
# The tokenizer

def _indent_width(line):
    # (column, index of the first non-blank character)
    column = pos = 0
    for ch in line:
        if ch == " ":
            column += 1
        elif ch == "\t":
            column = (column // tabsize + 1) * tabsize
        elif ch == "\f":
            column = 0
        else:
            break
        pos += 1
    return column, pos


def _tokenize(readline, encoding):
    lnum = parens = 0
    continued = False
    indents = [0]
    pending = ""        # text of a string that spans lines
    pending_lines = None
    pending_start = None
    needs_backslash = False
    tail = None
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    previous = line = b""
    pseudo = _compile(PseudoToken)
    while True:
        previous = line
        try:
            line = readline()
        except StopIteration:
            line = b""
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, size = 0, len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", pending_start)
            closing = tail.match(line)
            if closing:
                pos = closing.end()
                yield TokenInfo(STRING, pending + line[:pos], pending_start, (lnum, pos),
                                pending_lines + line)
                pending, needs_backslash, pending_lines = "", False, None
            elif needs_backslash and not line.endswith(("\\\n", "\\\r\n")):
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start, (lnum, len(line)),
                                pending_lines)
                pending, pending_lines = "", None
                continue
            else:
                pending += line
                pending_lines += line
                continue
        elif parens == 0 and not continued:
            if not line:
                break
            column, pos = _indent_width(line)
            if pos == size:
                break
            if line[pos] in "#\r\n":
                if line[pos] == "#":
                    comment = line[pos:].rstrip("\r\n")
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, size), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError("unindent does not match any outer indentation level",
                                           ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, "", (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < size:
            found = pseudo.match(line, pos)
            if not found:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = found.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, first = line[start:end], line[start]
            if first in "0123456789" or (first == "." and text not in (".", "...")):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in "\r\n":
                yield TokenInfo(NL if parens > 0 else NEWLINE, text, spos, epos, line)
            elif first == "#":
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                tail = _compile(endpats[text])
                closing = tail.match(line, pos)
                if closing:
                    pos = closing.end()
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    pending_start = (lnum, start)
                    pending, pending_lines = line[start:], line
                    break
            elif first in single_quoted or text[:2] in single_quoted or text[:3] in single_quoted:
                if text[-1] == "\n":
                    pending_start = (lnum, start)
                    quote = next(c for c in text[:3] if c in "'\"")
                    tail = _compile(endpats[quote])
                    pending, needs_backslash, pending_lines = line[start:], True, line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == "\\":
                continued = True
            else:
                if first in "([{":
                    parens += 1
                elif first in ")]}":
                    parens -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    if previous and previous[-1] not in "\r\n" and not previous.strip().startswith("#"):
        yield TokenInfo(NEWLINE, "", (lnum - 1, len(previous)), (lnum - 1, len(previous) + 1), "")
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, "", (lnum, 0), (lnum, 0), "")
    yield TokenInfo(ENDMARKER, "", (lnum, 0), (lnum, 0), "")


def tokenize(readline):
    """Tokenize bytes lines from readline; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b""), itertools.repeat(b""))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokenize str lines from readline."""
    return _tokenize(readline, None)


# ---------------------------------------------------------------------------
# Back to source

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError(f"start ({row},{col}) precedes previous end "
                             f"({self.prev_row},{self.prev_col})")
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        at_line_start = False
        for tok in tokens:
            if len(tok) == 2:
                self.compat(tok, tokens)
                break
            kind, text, start, end, _line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        # (type, string) pairs only: spacing is approximated
        indents = []
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += " "
            if kind == STRING:
                if after_string:
                    text = " " + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                self.tokens.append(indents[-1])
                at_line_start = False
            self.tokens.append(text)


def untokenize(iterable):
    """Turn tokens back into source text (bytes when an ENCODING token
    says how to encode it)."""
    worker = Untokenizer()
    text = worker.untokenize(iterable)
    return text if worker.encoding is None else text.encode(worker.encoding)


def _main(args=None):
    """`python -m tokenize [-e] [filename.py]`: one line per token (its range, type name and
    string), reading standard input when no file is named."""
    import argparse

    def fail(message, where=None, filename=None):
        if where is not None:
            message = f"{filename}:{where[0]}:{where[1]}: error: {message}"
        elif filename is not None:
            message = f"{filename}: error: {message}"
        else:
            message = f"error: {message}"
        print(message, file=sys.stderr)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    options = parser.parse_args(args)
    filename = options.filename or "<stdin>"
    try:
        if options.filename:
            with _builtin_open(options.filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = _tokenize(sys.stdin.readline, None)
        for tok in tokens:
            kind = tok.exact_type if options.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        fail(err.args[0], err.args[1][1:3], filename)
    except TokenError as err:
        fail(err.args[0], err.args[1], filename)
    except SyntaxError as err:
        fail(err, None, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    _main()
