def attr_chain(obj):
    return obj.first.second

def call_result(fn):
    return fn()(1)

def whole_line():
    undefined_function_name()

def binop_in_call(a, b):
    return len(str(a)) + b

tests = [
    lambda: attr_chain(None),
    lambda: call_result(lambda: None),
    whole_line,
    lambda: binop_in_call(1, "x"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

def nested_subscript(d):
    return d["outer"]["inner"] + 1
nested_subscript({"outer": {"inner": "text"}})
