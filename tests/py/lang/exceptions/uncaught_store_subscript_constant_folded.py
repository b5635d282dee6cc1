# The interpreter's traceback printer constant-folds the failing segment before looking for
# caret anchors (_PyAST_Optimize in extract_anchors_from_line): `(1, 2)[1]` and `'abc'[0]` fold to
# constants, so a failed store into them is underlined with ^ only. The traceback module parses
# without folding, so it still shows the ~~^^ anchors for the same line.
import sys
import traceback

try:
    (1, 2)[1] = 5
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    del (1, 2)[0]
except TypeError:
    sys.excepthook(*sys.exc_info())
word = "abc"
try:
    word[0] = "x"
except TypeError:
    sys.excepthook(*sys.exc_info())
"abc"[0] = "x"
