vals = ["x", "héllo", "😀😀", ""]
specs = ["", "s", "<5", ">5", "^5", "*^9", ".1", "8.2", "05", "x>3", "<05", "=5", "+", " ", "#", ",", "_", "d", "z"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except ValueError as e:
            out.append("VE:" + str(e))
    print(repr(v), out)
