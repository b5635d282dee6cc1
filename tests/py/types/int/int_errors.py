# Error messages from int operations with unsupported operand types.
ops = [lambda: 1 + "a", lambda: "a" + 1, lambda: 1 - None, lambda: [] * 1.5, lambda: 1 @ 2, lambda: 1 < "a",
       lambda: -"a", lambda: ~1.5, lambda: 1 << 1.0, lambda: 1 & 1.0, lambda: divmod(1, "a"), lambda: pow(1, "a"),
       lambda: pow(1, 2, "a"), lambda: abs("a"), lambda: 5 // [], lambda: int("x") ]
for f in ops:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int.__add__(1, 2), int.__add__(1, 2.0) is NotImplemented, int.__radd__(1, 2), (3).__rsub__(10), (2).__rpow__(3))
1 // 0
