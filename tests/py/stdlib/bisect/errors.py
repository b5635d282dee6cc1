import bisect

tests = ["bisect.bisect_left()", "bisect.bisect_left([1], 1, -1)", "bisect.bisect_left(1, 1)", "bisect.insort([1], 0, lo=-2)",
         "bisect.bisect_left([1], 1, 0, 5)", "bisect.bisect_left([1], 1, lo=1.5)", "bisect.bisect_left(x=1)", "bisect.bisect_left([1], 1, None)",
         "bisect.bisect_left([1,2,3], 2, 0, 2**70)", "bisect.bisect_left([1,2], 'a')", "bisect.bisect_left([1], 1, lo=0, x=1)",
         "bisect.bisect_right([1], 1, 0, 1, 2)", "bisect.bisect([1], 1, key=len, hi=1, z=0)", "bisect.bisect({1: 2}, 1)", "bisect.insort_right()",
         "bisect.bisect_right([1, 2], 1, hi=-2)"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
