"""shlex: a lexer for shell-like syntax, and split/quote/join (CPython 3.11 semantics).

The lexer is a character-at-a-time state machine whose `state` attribute is public:
' ' between tokens, 'a' inside a word, 'c' inside a run of punctuation characters, a quote
character inside quotes, an escape character right after an escape, None at end of input.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
# POSIX mode also treats the Latin-1 letters as word characters.
_LATIN1_WORD = "".join(
    chr(code) for code in range(0xDF, 0x100) if code not in (0xF7,)
) + "".join(chr(code) for code in range(0xC0, 0xDF) if code not in (0xD7,))
_DEFAULT_PUNCTUATION = "();<>|&"


class _Emit(Exception):
    """Internal: the current token is complete."""


class shlex:
    """Splits a stream into tokens by shell-like rules (quotes, escapes, comments)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        self._punctuation = punctuation_chars
        if punctuation_chars:
            # Characters pushed back while splitting punctuation runs from words.
            self._char_pushback = deque()
            extended = self.wordchars + "~-./*?="
            self.wordchars = "".join(ch for ch in extended if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it is exhausted, then resume the current input."""
        saved = self.infile, self.instream, self.lineno
        self.filestack.appendleft(saved)
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print("shlex: pushing to file %s" % (self.infile,))
            else:
                print("shlex: pushing to stream %s" % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream, self.lineno))
        self.state = " "

    def get_token(self):
        """The next token: a pushed-back one first, else one read from the input."""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            # A 'source' keyword includes the file named by the following token.
            while raw == self.source:
                included = self.read_token()
                spec = self.sourcehook(included)
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile=newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + repr(raw) if raw != self.eof else "shlex: token=EOF")
        return raw

    # -- the state machine -------------------------------------------------------------------

    def _next_char(self):
        if self._punctuation and self._char_pushback:
            return self._char_pushback.pop()
        return self.instream.read(1)

    def _finish_or_continue(self):
        # Whitespace (or a comment, or a stray character) ends a token only if one has begun;
        # in POSIX mode an empty quoted string ('') counts as begun.
        if self.token or (self.posix and self._quoted):
            raise _Emit

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, ch):
        if not ch:
            self.state = None
            raise _Emit
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            self._finish_or_continue()
        elif ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._resume = "a"
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = "a"
        elif ch in self._punctuation:
            self.token = ch
            self.state = "c"
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = "a"
        else:
            # Any other character is a token of its own.
            self.token = ch
            self._finish_or_continue()

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            return "No closing quotation"
        if ch == self.state:
            if self.posix:
                self.state = "a"
            else:
                self.token += ch
                self.state = " "
                raise _Emit
        elif self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._resume = self.state
            self.state = ch
        else:
            self.token += ch

    def _after_escape(self, ch):
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            return "No escaped character"
        # Inside quotes only the quote and the escape itself are escapable; otherwise the
        # backslash stays.
        if self._resume in self.quotes and ch != self.state and ch != self._resume:
            self.token += self.state
        self.token += ch
        self.state = self._resume

    def _in_word(self, ch):
        if not ch:
            self.state = None
            raise _Emit
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = " "
            self._finish_or_continue()
        elif ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = " "
                self._finish_or_continue()
        elif self.state == "c":
            if ch in self._punctuation:
                self.token += ch
            else:
                if ch not in self.whitespace:
                    self._char_pushback.append(ch)
                self.state = " "
                raise _Emit
        elif self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = "a"
            self.state = ch
        elif (
            ch in self.wordchars
            or ch in self.quotes
            or (self.whitespace_split and ch not in self._punctuation)
        ):
            self.token += ch
        else:
            # A character that cannot continue the word starts the next token.
            if self._punctuation:
                self._char_pushback.append(ch)
            else:
                self.pushback.appendleft(ch)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = " "
            self._finish_or_continue()

    def read_token(self):
        self._quoted = False
        self._resume = " "
        try:
            while True:
                ch = self._next_char()
                if ch == "\n":
                    self.lineno += 1
                if self.debug >= 3:
                    print("shlex: in state %r I see character: %r" % (self.state, ch))
                state = self.state
                if state is None:
                    self.token = ""
                    break
                if state == " ":
                    self._between_tokens(ch)
                elif state in self.quotes:
                    # (a state that cannot go on names its error, raised here as CPython's
                    # read_token raises it)
                    error = self._in_quotes(ch)
                    if error:
                        raise ValueError(error)
                elif state in self.escape:
                    error = self._after_escape(ch)
                    if error:
                        raise ValueError(error)
                elif state in ("a", "c"):
                    self._in_word(ch)
        except _Emit:
            pass
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + repr(result) if result else "shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """Open the file a 'source' keyword names (relative to the current file)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        including = self.infile
        if isinstance(including, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(including), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        """The '"file", line N: ' prefix compilers put before error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them (comments kept unless asked)."""
    if s is None:
        import warnings

        warnings.warn(
            "Passing None for 's' to shlex.split() is deprecated.",
            DeprecationWarning,
            stacklevel=2,
        )
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


def join(split_command):
    """One command line whose split() gives back the words of split_command."""
    return " ".join(quote(arg) for arg in split_command)


_needs_quoting = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """s made safe to paste into a shell command line as one word."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    # Single quotes protect everything but a single quote, which is closed, escaped in
    # double quotes, and reopened.
    body = s.replace("'", "'\"'\"'")
    return f"'{body}'"


def _print_tokens(lexer):
    while True:
        token = lexer.get_token()
        if not token:
            break
        print("Token: " + repr(token))


if __name__ == "__main__":
    # python -m shlex [file]: the tokens of the file (or of stdin), one per line.
    if len(sys.argv) == 1:
        _print_tokens(shlex())
    else:
        with open(sys.argv[1]) as source_file:
            _print_tokens(shlex(source_file, sys.argv[1]))
