import difflib
for a, b in [(3, 3), (3, 4), (3, 5), (3, 6), (0, 0), (0, 1), (0, 2)]:
    print(a, b, repr(difflib._format_range_unified(a, b)), repr(difflib._format_range_context(a, b)))
