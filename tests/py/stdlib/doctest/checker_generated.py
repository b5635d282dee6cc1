# OutputChecker.check_output on generated want/got pairs under every combination of the
# comparison flags (ellipsis placement, blank lines, whitespace runs, True/1), and
# output_difference under the report flags. A fixed LCG makes the same cases in both.
import doctest

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


atoms = ['a', 'b', 'ab', ' ', '  ', '\n', '\n\n', '...', '<BLANKLINE>', '1', 'True', '0',
         'False', '\t', 'é', 'xy']


def text():
    s = ''.join(atoms[rand(len(atoms))] for _ in range(rand(7)))
    return s + '\n' if rand(4) else s


flag_names = ['ELLIPSIS', 'NORMALIZE_WHITESPACE', 'DONT_ACCEPT_BLANKLINE',
              'DONT_ACCEPT_TRUE_FOR_1']
checker = doctest.OutputChecker()
rows = []
for case in range(400):
    want, got = text(), text()
    if rand(3) == 0:
        got = want.replace('...', 'zz').replace('<BLANKLINE>', '')
    flags = 0
    for i, name in enumerate(flag_names):
        if rand(2):
            flags |= getattr(doctest, name)
    rows.append('%r %r %d %s' % (want, got, flags, checker.check_output(want, got, flags)))
print('\n'.join(rows))

for want, got in [('1\n', 'True\n'), ('0\n', 'False\n'), ('True\n', '1\n')]:
    print(checker.check_output(want, got, 0), checker.check_output(want, got, doctest.DONT_ACCEPT_TRUE_FOR_1))

for case in range(40):
    lines_w = [atoms[rand(len(atoms))].strip('\n') or 'w' for _ in range(rand(6))]
    lines_g = list(lines_w)
    for _ in range(rand(3)):
        if lines_g:
            lines_g[rand(len(lines_g))] = atoms[rand(len(atoms))].strip('\n')
    example = doctest.Example('f()', ''.join(l + '\n' for l in lines_w))
    got = ''.join(l + '\n' for l in lines_g)
    flag = [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF][rand(4)]
    print(case, flag, checker.output_difference(example, got, flag))
