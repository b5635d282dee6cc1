# The C reader's line_num and dialect and the writer's dialect are read-only members ("readonly attribute"
# on set and delete); NUL characters and astral characters are read as any other.
import csv
import io
print(list(csv.reader(["a\0b,c", '"x\0",y'])))
print(list(csv.reader(["a,b"], delimiter="\0")))
rd = csv.reader(["a,b", "c"])
print(rd.line_num, rd.dialect.delimiter)
try:
    rd.line_num = 5
    print("set ok", rd.line_num)
except AttributeError as e:
    print("AttributeError", e)
print(type(rd).__name__, type(rd).__module__, type(rd).__qualname__)
print(next(rd), rd.line_num)
print(list(csv.reader(["\U0001F600,\U0001F601x", '"\U0001F600"'])))
for obj in (rd, csv.writer(io.StringIO())):
    for name in ("line_num", "dialect"):
        if not hasattr(obj, name):
            print(type(obj).__name__, "has no", name)
            continue
        for op in ("set", "del"):
            try:
                if op == "set":
                    setattr(obj, name, 1)
                else:
                    delattr(obj, name)
                print(op, name, "ok")
            except AttributeError as e:
                print(op, name, "AttributeError", e)
print(csv.writer(io.StringIO()).dialect.delimiter)
