# unified_diff and context_diff (headers with dates, n, lineterm, empty inputs, hunk
# ranges), ndiff with its '?' hint lines, restore, IS_LINE_JUNK/IS_CHARACTER_JUNK,
# get_close_matches, diff_bytes and the type errors.
import difflib
import sys

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n', 'twelve\n', 'thirteen\n']

sys.stdout.writelines(difflib.unified_diff(a, b, 'before.txt', 'after.txt'))
sys.stdout.writelines(difflib.unified_diff(a, b, 'before.txt', 'after.txt',
                                           '2020-01-01', '2021-02-02', n=1))
sys.stdout.writelines(difflib.context_diff(a, b, 'before.txt', 'after.txt'))
sys.stdout.writelines(difflib.context_diff(a, b, n=0))
sys.stdout.writelines(difflib.unified_diff(a, b, n=0))
print(list(difflib.unified_diff('abc', 'abd', lineterm='')))
print(list(difflib.context_diff('abc', 'abd', lineterm='')))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.context_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
print(list(difflib.unified_diff(a, a)))

diff = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)
print(''.join(difflib.ndiff(['\tabcDefghiJkl\n'], ['\tabcdefGhijkl\n'])), end='')
print(''.join(difflib.ndiff(['aaa\n', 'bbb\n', 'ccc\n'], ['xyz\n', 'uvw\n'])), end='')
print(''.join(difflib.ndiff(['same\n', 'x\n'], ['x\n', 'same\n', 'q\n'])), end='')
print(''.join(difflib.Differ().compare(['private Thread currentThread;\n'],
                                       ['private volatile Thread currentThread;\n'])), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
sys.stdout.writelines(difflib.Differ().compare(text1, text2))
sys.stdout.writelines(difflib.ndiff(text1, text2, linejunk=difflib.IS_LINE_JUNK))

print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ab', 'abc', 'abd', 'a'], n=2, cutoff=0.5))
for n, cutoff in [(0, 0.5), (1, 1.5)]:
    try:
        difflib.get_close_matches('x', ['x'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'b\n'],
                              b'old', b'new')))
for bad in [([b'a'], ['b']), (['a'], ['b'], 1)]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print('TypeError:', e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
