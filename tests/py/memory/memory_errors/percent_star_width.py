# printf-style '*' widths up to PY_SSIZE_T_MAX are accepted and then cannot be allocated
# (MemoryError); beyond it 'Python int too large to convert to C ssize_t'.
for t in ["'%*d' % (-2**62, 1)", "'%.*f' % (2**40, 1.0)", "'%99999999999d' % 1", "b'%*d' % (2**62, 1)", "'%*s' % (2**62, 'x')", "'%-*s|' % (5, 'x')", "'%*d' % (2**64, 1)", "'%*s' % (2**62, 5)", "'%*d' % (2**62, 'x')"]:
    try: print(repr(eval(t))[:30])
    except Exception as e: print(t, type(e).__name__, e)
