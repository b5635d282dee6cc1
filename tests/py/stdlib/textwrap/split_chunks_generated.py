# The word splitting behind wrap(): chunks of generated strings mixing
# letters, digits (decimal and not), hyphens, em-dashes, punctuation,
# astral letters and non-ASCII whitespace, with and without break_on_hyphens.
import textwrap

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


alphabet = ['a', 'b', 'Z', '1', '-', '-', '-', ' ', ' ', '\t', '.', ',', '!',
            '"', "'", '?', '&', '_', 'é', '\u0663', '\u00b2', '\U0001d400',
            '\u00a0', ';', '(', '\n', 'x']
hyphens = textwrap.TextWrapper()
plain = textwrap.TextWrapper(break_on_hyphens=False)
for _ in range(400):
    s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(14)))
    print(ascii(s), hyphens._split(s), plain._split(s))
    print('  ', hyphens.wordsep_re.split(s) == [''] + [x for c in hyphens._split(s) for x in (c, '')])
for w in (3, 5, 8):
    print(textwrap.wrap('well-known state-of-the-art e-mail --- ab--cd x-y-z 12-34 é-é-é', w))
