for s in ["42", " 42 ", "-7", "+3", "١٢٣", "٤٢", "1_000", "0x10", "3.5", "1e3", "\u00a0 12\u2003", "²", "½"]:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(s)))
        except ValueError as e:
            out.append("ValueError: " + str(e))
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), out)
print(str(12345), str(-0.0), str(1e100), repr(2**100), "%d" % 2**100, format(2**64, ","))
