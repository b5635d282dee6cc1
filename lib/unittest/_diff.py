"""The line diff unittest prints under a failed equality assertion: difflib.ndiff's output
(a longest-matching-block sequence matcher and its intraline "?" hints), written for
heapstack. Private to unittest; heapstack has no difflib module."""

__unittest = True


class _Matcher:
    """Matching blocks between sequences a and b: the longest common run first, then the
    same on each side of it, with b's junk elements (isjunk) and very frequent elements of
    long b (autojunk) never starting a match."""

    def __init__(self, isjunk=None, a='', b=''):
        self.isjunk = isjunk
        self.a = a
        self.set_seq2(b)

    def set_seq1(self, a):
        self.a = a
        self._blocks = None

    def set_seq2(self, b):
        self.b = b
        self._blocks = None
        self._b_counts = None
        where = {}
        for index, item in enumerate(b):
            where.setdefault(item, []).append(index)
        self._junk = set()
        if self.isjunk is not None:
            self._junk = {item for item in where if self.isjunk(item)}
            for item in self._junk:
                del where[item]
        if len(b) >= 200:
            limit = len(b) // 100 + 1
            for item in [item for item, spots in where.items() if len(spots) > limit]:
                del where[item]
        self._where = where

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _longest(self, alo, ahi, blo, bhi):
        a, b, where, junk = self.a, self.b, self._where, self._junk
        best_i, best_j, best_n = alo, blo, 0
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                n = run_ending_at.get(j - 1, 0) + 1
                runs[j] = n
                if n > best_n:
                    best_i, best_j, best_n = i - n + 1, j - n + 1, n
            run_ending_at = runs
        # grow the match over equal neighbours: first non-junk ones, then junk ones
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_n = best_i - 1, best_j - 1, best_n + 1
            while (best_i + best_n < ahi and best_j + best_n < bhi
                   and (b[best_j + best_n] in junk) == want_junk
                   and a[best_i + best_n] == b[best_j + best_n]):
                best_n += 1
        return best_i, best_j, best_n

    def matching_blocks(self):
        if self._blocks is not None:
            return self._blocks
        found = []
        todo = [(0, len(self.a), 0, len(self.b))]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, n = self._longest(alo, ahi, blo, bhi)
            if n:
                found.append((i, j, n))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + n < ahi and j + n < bhi:
                    todo.append((i + n, ahi, j + n, bhi))
        found.sort()
        merged = []
        for i, j, n in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                last = merged.pop()
                merged.append((last[0], last[1], last[2] + n))
            else:
                merged.append((i, j, n))
        merged.append((len(self.a), len(self.b), 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        ops = []
        i = j = 0
        for ai, bj, n in self.matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + n, bj + n
            if n:
                ops.append(('equal', ai, i, bj, j))
        return ops

    def ratio(self):
        total = len(self.a) + len(self.b)
        same = sum(n for _, _, n in self.matching_blocks())
        return 2.0 * same / total if total else 1.0

    def quick_ratio(self):
        if self._b_counts is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self._b_counts = counts
        left = dict(self._b_counts)
        same = 0
        for item in self.a:
            if left.get(item, 0) > 0:
                same += 1
            left[item] = left.get(item, 0) - 1
        total = len(self.a) + len(self.b)
        return 2.0 * same / total if total else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return 2.0 * min(la, lb) / (la + lb) if la + lb else 1.0


def _char_junk(ch):
    return ch in ' \t'


def _lines(tag, seq, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, seq[i])


def _replace_plainly(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _lines('+', b, blo, bhi)
        yield from _lines('-', a, alo, ahi)
    else:
        yield from _lines('-', a, alo, ahi)
        yield from _lines('+', b, blo, bhi)


def _between(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _replace_closely(a, alo, ahi, b, blo, bhi)
        else:
            yield from _lines('-', a, alo, ahi)
    elif blo < bhi:
        yield from _lines('+', b, blo, bhi)


def _replace_closely(a, alo, ahi, b, blo, bhi):
    """A replaced block: pair the most similar lines and mark their differences."""
    best, threshold = 0.74, 0.75
    chars = _Matcher(_char_junk)
    same_i = same_j = None
    best_i = best_j = None
    for j in range(blo, bhi):
        chars.set_seq2(b[j])
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if same_i is None:
                    same_i, same_j = i, j
                continue
            chars.set_seq1(a[i])
            if chars.real_quick_ratio() > best and chars.quick_ratio() > best and chars.ratio() > best:
                best, best_i, best_j = chars.ratio(), i, j
    if best < threshold:
        if same_i is None:
            yield from _replace_plainly(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j = same_i, same_j
    else:
        same_i = None
    yield from _between(a, alo, best_i, b, blo, best_j)
    old, new = a[best_i], b[best_j]
    if same_i is None:
        old_marks = new_marks = ''
        chars.set_seqs(old, new)
        for tag, i1, i2, j1, j2 in chars.opcodes():
            if tag == 'replace':
                old_marks += '^' * (i2 - i1)
                new_marks += '^' * (j2 - j1)
            elif tag == 'delete':
                old_marks += '-' * (i2 - i1)
            elif tag == 'insert':
                new_marks += '+' * (j2 - j1)
            else:
                old_marks += ' ' * (i2 - i1)
                new_marks += ' ' * (j2 - j1)
        yield from _with_hints(old, new, old_marks, new_marks)
    else:
        yield '  ' + old
    yield from _between(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _keep_whitespace(line, marks):
    return ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(line, marks))


def _with_hints(old, new, old_marks, new_marks):
    old_marks = _keep_whitespace(old, old_marks).rstrip()
    new_marks = _keep_whitespace(new, new_marks).rstrip()
    yield '- ' + old
    if old_marks:
        yield '? %s\n' % old_marks
    yield '+ ' + new
    if new_marks:
        yield '? %s\n' % new_marks


def ndiff(a, b):
    """Lines of difflib.ndiff(a, b) (no line junk, blanks and tabs as character junk)."""
    lines = _Matcher(None, a, b)
    for tag, alo, ahi, blo, bhi in lines.opcodes():
        if tag == 'replace':
            yield from _replace_closely(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            yield from _lines('-', a, alo, ahi)
        elif tag == 'insert':
            yield from _lines('+', b, blo, bhi)
        else:
            yield from _lines(' ', a, alo, ahi)
