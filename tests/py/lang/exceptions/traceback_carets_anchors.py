# The uncaught-exception printer's ~~~^^^ markers (sys.__excepthook__ is that printer):
# a closing parenthesis before a binary operator is not the operator, a subscript's markers
# start at its "[" and end at its "]" whatever whitespace surrounds them, and wide characters
# (East Asian, emoji) take two columns, as python3 renders them.
import sys

x = 1
lst = [1]
d = {}
s = "日本"


def show(fn):
    try:
        fn()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


show(lambda: (x) + "a")
show(lambda: (x)+"a")
show(lambda: ((x)) + "a")
show(lambda: (x) - (s))
show(lambda: lst [5])
show(lambda: lst[5 ])
show(lambda: (lst)[5])
show(lambda: lst[ 5 ])
show(lambda: d ["k"])
show(lambda: [lst[ 3 ]])
show(lambda: "日本語テキスト" + 1)
show(lambda: "😀😀" + 1)
show(lambda: "éé" + s + 1)
show(lambda: d["日本"] + d["x日"])
show(lambda: s + "日本語" / 2)
show(lambda: ("日本" +
              1))
show(lambda: s.nope)
