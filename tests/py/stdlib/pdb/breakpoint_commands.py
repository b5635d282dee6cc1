# breakpoint() with commands on standard input: the stop line, p/pp, expressions and
# statements run in the frame, errors, args, continue; PYTHONBREAKPOINT's default (pdb).
import pdb
import sys


def area(width, height):
    scale = 2
    breakpoint()
    return width * height * scale


print('start')
data = {'b': [1, 2, 3], 'a': 'text' * 3}
breakpoint()
print('area', area(3, 4))
for i in range(2):
    pdb.set_trace()
    print('loop', i)
print('done', sys.breakpointhook.__name__)
