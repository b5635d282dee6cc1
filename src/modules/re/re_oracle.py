# Oracle for re.test.ts. Run by python3 and by heapstack on the same case table; the two
# outputs must be identical line for line.
#
#   python3 re_oracle.py collect            -> JSON cases taken from python3's test.re_tests
#   re_oracle.py eval CASES.json OUT        -> one line of results per case, written to OUT
#
# A case is [pattern, flags, subject, is_bytes]. Each line records: the compile error or the
# number of groups, then search / match / fullmatch (regs, lastindex, lastgroup), findall,
# split, sub with a template, subn with a function, and finditer spans.
import json
import re
import sys


def show_exc(e):
    return 'E %s: %s' % (type(e).__name__, e)


def show_match(m):
    if m is None:
        return '-'
    return '%r %r %r' % (m.regs, m.lastindex, m.lastgroup)


def attempt(f):
    try:
        return repr(f())
    except Exception as e:  # noqa: BLE001
        return show_exc(e)


def evaluate(case):
    pattern, flags, subject, is_bytes = case
    if is_bytes:
        pattern = pattern.encode('latin-1')
        subject = subject.encode('latin-1')
    try:
        rx = re.compile(pattern, flags)
    except Exception as e:  # noqa: BLE001
        extra = ''
        if isinstance(e, re.error):
            extra = ' pos=%r line=%r col=%r' % (e.pos, e.lineno, e.colno)
        return show_exc(e) + extra
    out = ['g=%d' % rx.groups, repr(sorted(rx.groupindex.items()))]
    for method in (rx.search, rx.match, rx.fullmatch):
        try:
            out.append(show_match(method(subject)))
        except Exception as e:  # noqa: BLE001
            out.append(show_exc(e))
    out.append(attempt(lambda: rx.findall(subject)))
    out.append(attempt(lambda: rx.split(subject)))
    template = b'<\\g<0>>' if is_bytes else '<\\g<0>>'
    out.append(attempt(lambda: rx.sub(template, subject)))
    out.append(attempt(lambda: rx.subn(lambda m: m.group(0)[::-1], subject, 3)))
    out.append(attempt(lambda: [m.span() for m in rx.finditer(subject)]))
    out.append(attempt(lambda: rx.search(subject, 1, len(subject) - 1) and rx.search(subject, 1, len(subject) - 1).span()))
    return ' | '.join(out)


def collect():
    from test import re_tests
    cases = []
    seen = set()
    for t in re_tests.tests:
        pattern, subject = t[0], t[1]
        if not isinstance(pattern, str) or not isinstance(subject, str):
            continue
        for flags in (0, re.I):
            key = (pattern, flags, subject)
            if key not in seen:
                seen.add(key)
                cases.append([pattern, flags, subject, False])
        try:
            pattern.encode('latin-1')
            subject.encode('latin-1')
        except UnicodeEncodeError:
            continue
        cases.append([pattern, 0, subject, True])
    print(json.dumps(cases))


def main():
    if sys.argv[1] == 'collect':
        collect()
        return
    with open(sys.argv[2], encoding='utf-8') as f:
        cases = json.load(f)
    lines = []
    for case in cases:
        try:
            lines.append(evaluate(case))
        except Exception as e:  # noqa: BLE001
            lines.append('CRASH ' + show_exc(e))
    with open(sys.argv[3], 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


main()
