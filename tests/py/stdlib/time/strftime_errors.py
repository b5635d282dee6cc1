import time

for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, -1, 1, 0),
            (2024, 1, 1, 0, 0, 0, 9, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 5),
            (2024, 1, 1, 0, 0, 0, 0, 1, -3)]:
    try:
        print(bad, repr(time.strftime("%Y-%m-%d %H:%M:%S %a %j %Z %z", bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
for bad in [(1, 2), "x", [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024, 1, 1, 0, 0, 0, 0, 1, 0, "X", 3600), (2024.5, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(repr(bad), repr(time.strftime("%Y", bad)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for fmt in [5, b"%Y"]:
    try:
        time.strftime(fmt, (2024, 1, 1, 0, 0, 0, 0, 1, 0))
    except TypeError as e:
        print("TypeError", e)
try:
    time.strftime("a\0b", (2024, 1, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
print(repr(time.strftime("%Z|%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "ABC", -5400)))))
print(repr(time.strftime("%Z|%z", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1, "ABC", 3600)))))
