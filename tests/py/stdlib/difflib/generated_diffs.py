# Generated inputs: many pseudo-random line lists (small alphabets, so lines repeat and
# nearly match) diffed with unified_diff, context_diff and ndiff, plus opcodes of
# character strings. A fixed LCG keeps the inputs identical under both interpreters.
import difflib

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


words = ['alpha', 'beta', 'gamma', 'delta', 'alpah', 'bet', 'gamma ray', '', '  delta']


def random_lines():
    return [words[rand(len(words))] + '\n' for _ in range(rand(12))]


def mutate(lines):
    out = list(lines)
    for _ in range(rand(4)):
        op = rand(3)
        if op == 0 and out:
            del out[rand(len(out))]
        elif op == 1:
            out.insert(rand(len(out) + 1), words[rand(len(words))] + '\n')
        elif out:
            i = rand(len(out))
            line = out[i]
            j = rand(len(line))
            out[i] = line[:j] + 'xyz'[rand(3)] + line[j:]
    return out


for case in range(60):
    a = random_lines()
    b = mutate(a) if rand(4) else random_lines()
    print('== case', case)
    print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=rand(4))), end='')
    print(''.join(difflib.context_diff(a, b, n=rand(3))), end='')
    print(''.join(difflib.ndiff(a, b)), end='')

letters = 'abcab '
for case in range(80):
    x = ''.join(letters[rand(len(letters))] for _ in range(rand(15)))
    y = ''.join(letters[rand(len(letters))] for _ in range(rand(15)))
    junk = (lambda c: c == ' ') if rand(2) else None
    m = difflib.SequenceMatcher(junk, x, y)
    print(repr(x), repr(y), m.get_opcodes(), round(m.ratio(), 6))
