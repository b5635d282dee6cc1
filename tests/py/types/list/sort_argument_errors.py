# list.sort's arguments are keyword-only, checked in Argument Clinic's order (the total count first).
for c in ["[3, 1].sort(1, 2, 3)", "[3, 1].sort(1)", "[3, 1].sort(key=None, reverse=1, x=2)", "[3, 1].sort(x=2)", "[3, 1].sort(reverse=[])",
          "[3, 1].sort(reverse=2.5)", "sorted([2, 1], 1)", "sorted([2, 1], reverse=True, key=lambda x: -x)", "[1].sort(key=1)", "[1, 2].sort(key=1)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
