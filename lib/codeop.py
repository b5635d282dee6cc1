"""Utilities to compile possibly incomplete Python source code.

compile_command() and CommandCompiler tell a complete command (compiled to a code object)
from an incomplete one (None) and from an erroneous one (SyntaxError, OverflowError or
ValueError), as an interactive console needs.

CPython decides "incomplete" inside its parser (PyCF_ALLOW_INCOMPLETE_INPUT: the parse failed
because the tokenizer ran out of input). Our parser does not take that flag, so this module
draws the same line from the outside: an unclosed bracket, string or continuation line (the
tokenize module's "EOF in ..." errors), a syntax error found at the very end of the text, a
trailing decorator, or (for 'single') an indented block not yet ended by a newline.
"""

import __future__
import io
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# The compiler flags CPython's codeop passes (accepted by compile()).
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _scan(source):
    """(tokens that carry code, open brackets, tokenize's error text or None)."""
    import tokenize
    toks = []
    opened = []
    problem = None
    skip = (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING)
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in skip:
                continue
            toks.append(tok)
            if tok.type == tokenize.OP:
                if tok.string in "([{":
                    opened.append(tok.string)
                elif tok.string in ")]}":
                    if not opened:
                        return toks, opened, "unmatched " + tok.string
                    opened.pop()
    except tokenize.TokenError as e:
        problem = str(e.args[0])
    except SyntaxError as e:
        problem = str(e)
    return toks, opened, problem


def _is_blank(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            return False
    return True


def _block_left_open(source):
    """'single' input whose last line is still inside an indented block (no final newline)."""
    import tokenize
    if source.endswith("\n"):
        return False
    toks, _, problem = _scan(source)
    return problem is None and any(t.type == tokenize.DEDENT for t in toks)


def _code_end(toks):
    """(line, column) just after the last token that is code."""
    import tokenize
    layout = (tokenize.NEWLINE, tokenize.DEDENT, tokenize.INDENT, tokenize.ENDMARKER)
    code = [t for t in toks if t.type not in layout]
    return code[-1].end if code else None


def _ends_with_decorator(source):
    lines = [ln.strip() for ln in source.split("\n")]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return bool(lines) and lines[-1].startswith("@")


_WANTS_MORE = ("expected an indented block", "expected 'except' or 'finally' block")


def _error_at_end(source, toks, err, symbol):
    """A block opened on the last line (or a lone decorator) that the text never supplies."""
    if symbol != "eval" and _ends_with_decorator(source):
        return True
    if not str(err.msg).startswith(_WANTS_MORE):
        return False
    end = _code_end(toks)
    if end is None or err.lineno is None or err.offset is None:
        return False
    return (err.lineno, err.offset - 1) >= end


def _continued_line_fits(source, compiler, filename, symbol):
    """A trailing backslash: is the text before it free of errors short of its end?"""
    cut = source.rstrip()
    if cut.endswith("\\"):
        cut = cut[:-1]
    try:
        compiler(cut + "\n", filename, symbol)
    except SyntaxError as e:
        end = _code_end(_scan(cut)[0])
        if end is None or e.lineno is None or e.offset is None:
            return False
        return (e.lineno, e.offset - 1) >= end
    return True


def _runs_out_of_input(source, err, compiler, filename, symbol):
    """Did compiling `source` fail only because the text stopped too early?"""
    msg = str(err.msg)
    if "incomplete input" in msg:
        return True
    if msg.startswith("unterminated triple-quoted string literal"):
        return True
    toks, opened, problem = _scan(source)
    if opened:
        # Close the brackets on a line of their own: an error found only there (or none at
        # all) means the text so far could still go on into valid code.
        closers = "".join({"(": ")", "[": "]", "{": "}"}[b] for b in reversed(opened))
        closed = source + "\n" + closers + "\n"
        where = source.count("\n") + 2
        try:
            compiler(closed, filename, symbol)
        except SyntaxError as e:
            if e.lineno is not None and e.lineno >= where:
                return True
            # A complaint about the last token itself ("expression expected after
            # dictionary key and ':'") is the text stopping short, not a mistake in it.
            code = [t for t in toks if t.string.strip()]
            if (code and e.offset is not None and e.msg != "invalid syntax"
                    and (e.lineno, e.offset - 1) >= code[-1].start):
                return True
            ctoks = _scan(closed)[0]
            return _error_at_end(closed, ctoks, e, symbol)
        return True
    if problem == "EOF in multi-line string":
        return True
    if problem == "EOF in multi-line statement" or msg == "unexpected EOF while parsing":
        return _continued_line_fits(source, compiler, filename, symbol)
    return _error_at_end(source, toks, err, symbol)


def _maybe_compile(compiler, source, filename, symbol):
    if _is_blank(source):
        if symbol != "eval":
            source = "pass"
        else:
            return None
    # Trial compilations stay quiet: their warnings would be repeated by the real one.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
            if symbol == "single" and _block_left_open(source):
                return None
        except SyntaxError:
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as e:
                if _runs_out_of_input(source + "\n", e, compiler, filename, symbol):
                    return None
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = 0
    if incomplete_input:
        flags |= PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile one interactive command, telling complete from unfinished input.

    `symbol` is the compile() mode ('single', 'exec' or 'eval'). The result is a code
    object when the command is complete and valid, None when more lines are needed; an
    invalid command raises what compile() raises (SyntaxError, ValueError, OverflowError).
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """A compile() that keeps the __future__ features a compiled text turned on, and
    compiles every later text with them."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get("incomplete_input", True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() with memory: a __future__ statement in one command stays in
    force for the commands compiled after it."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """Like compile_command(): a code object, None for unfinished input, or an error."""
        return _maybe_compile(self.compiler, source, filename, symbol)
