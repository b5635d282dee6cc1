"""Shell-style wildcard matching: *, ?, [seq], [!seq] (heapstack's own implementation).

`translate` produces the same regular expression text as CPython 3.11, so programs that
print it or feed it to `re` see identical results.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_ANY = object()  # marks a '*' run while translating


def fnmatch(name, pat):
    """Match `name` against `pat` after os.path.normcase (identity on POSIX)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


_compiled = {}  # (type, pattern) -> bound match method; emptied when it grows past 32768


def _matcher(pat):
    key = (type(pat), pat)
    match = _compiled.get(key)
    if match is None:
        if isinstance(pat, bytes):
            regex = translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = match
    return match


def fnmatchcase(name, pat):
    """Match `name` against `pat`, case-sensitively, without normcase."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The elements of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    if os.path.normcase("Aa") == "Aa":
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def _bracket(pat, start, end):
    """Regex class for the body pat[start:end] of a [...] item (start is after '[')."""
    body = pat[start:end]
    if "-" in body:
        # Split on range dashes: the first character (and a '!' before it) can't start one.
        pieces = []
        pos = start
        search = start + 2 if pat[start] == "!" else start + 1
        while True:
            dash = pat.find("-", search, end)
            if dash < 0:
                break
            pieces.append(pat[pos:dash])
            pos = dash + 1
            search = dash + 3
        tail = pat[pos:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += "-"
        # Drop ranges whose ends are reversed (invalid in a regex).
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        body = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    else:
        body = body.replace("\\", "\\\\")
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)"
    if body == "!":
        return "."
    if body[0] == "!":
        return "[^" + body[1:] + "]"
    if body[0] in "^[":
        return "[\\" + body + "]"
    return "[" + body + "]"


def translate(pat):
    """The regular expression (text) that matches what shell pattern `pat` matches."""
    items = []
    i = 0
    n = len(pat)
    while i < n:
        ch = pat[i]
        i += 1
        if ch == "*":
            if not items or items[-1] is not _ANY:
                items.append(_ANY)
        elif ch == "?":
            items.append(".")
        elif ch == "[":
            close = i
            if close < n and pat[close] == "!":
                close += 1
            if close < n and pat[close] == "]":
                close += 1
            while close < n and pat[close] != "]":
                close += 1
            if close >= n:
                items.append("\\[")
            else:
                items.append(_bracket(pat, i, close))
                i = close + 1
        else:
            items.append(re.escape(ch))

    out = []
    k = 0
    count = len(items)
    while k < count and items[k] is not _ANY:
        out.append(items[k])
        k += 1
    while k < count:
        k += 1  # the star
        literal = []
        while k < count and items[k] is not _ANY:
            literal.append(items[k])
            k += 1
        literal = "".join(literal)
        if k == count:
            out.append(".*" + literal)
        else:
            # A star followed by text and another star: match lazily, atomically (no backtracking).
            out.append(f"(?>.*?{literal})")
    return "(?s:" + "".join(out) + ")\\Z"
