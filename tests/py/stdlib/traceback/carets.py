import traceback

data = {"key": [1, 2]}
values = [0]


def binop():
    a = 10
    b = 0
    return a  +  b * values[0] / b


def subscript():
    return data["key"][5]


def call_in_expr():
    return len(data) + int("x")


def attribute():
    return data.missing_attribute


def multi_line():
    return (1 +
            len(None))


def full_line():
    raise ValueError("whole line")


def nested_sub():
    return data[  "nope"  ]


for fn in [binop, subscript, call_in_expr, attribute, multi_line, full_line, nested_sub]:
    try:
        fn()
    except Exception as e:
        print("".join(traceback.format_exception(e)))
