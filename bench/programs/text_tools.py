# Text utilities (textwrap, difflib, pprint): wrap and fill paragraphs with various options,
# dedent/indent/shorten, diff versions of a document (unified_diff, ndiff, SequenceMatcher
# ratios and opcodes, get_close_matches) and pretty-print nested structures.
import difflib
import hashlib
import pprint
import sys
import textwrap

# tests/py/bench_like/text_tools.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 8

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
         "exercitation ullamco laboris nisi aliquip ex ea commodo consequat-duis aute").split()


def paragraph(seed, n):
    return " ".join(WORDS[(seed * 7 + i * i) % len(WORDS)] for i in range(n))


def main():
    h = hashlib.md5()
    doc = [paragraph(s, 40 + s % 30) for s in range(30)]
    for rep in range(SCALE):
        for width in (20, 37, 60):
            for p in doc:
                h.update(textwrap.fill(p, width=width, initial_indent="* ", subsequent_indent="  ").encode())
                h.update("|".join(textwrap.wrap(p, width=width, break_long_words=False, max_lines=4, placeholder=" ~")).encode())
        h.update(textwrap.shorten(doc[rep], 50).encode())
        h.update(textwrap.indent(textwrap.dedent("    a\n      b\n\n    c\n"), "> ").encode())
    old = "\n".join(doc).split()
    new = list(old)
    for i in range(0, len(new), 17):
        new[i] = new[i].upper()
    del new[5:9]
    new[40:40] = ["inserted", "words", "here"]
    old_lines = [" ".join(old[i:i + 8]) for i in range(0, len(old), 8)]
    new_lines = [" ".join(new[i:i + 8]) for i in range(0, len(new), 8)]
    for rep in range(SCALE):
        ud = list(difflib.unified_diff(old_lines, new_lines, "old.txt", "new.txt", n=2, lineterm=""))
        h.update("\n".join(ud).encode())
        sm = difflib.SequenceMatcher(None, old, new)
        h.update(repr((round(sm.ratio(), 6), sm.get_opcodes()[:6], sm.get_matching_blocks()[:4])).encode())
    nd = list(difflib.ndiff(old_lines[:12], new_lines[:12]))
    h.update("".join(nd).encode())
    close = difflib.get_close_matches("dolorem", WORDS, n=4, cutoff=0.5)
    data = {"doc": doc[:3], "nested": [{"k": i, "v": list(range(i))} for i in range(8)], "t": (1, 2.5, None, "s" * 30)}
    for rep in range(SCALE):
        text = pprint.pformat(data, width=60, sort_dicts=True)
        h.update(text.encode())
        h.update(pprint.pformat(data, width=100, compact=True, depth=2).encode())
    print(ud[:6])
    print(nd[:3], close)
    print(text[:300])
    print(pprint.saferepr({"a": [1, {"b": (2, 3)}]}), pprint.isreadable([1, 2]))
    print(h.hexdigest())


main()
