"""stringprep: the tables of RFC 3454 ("Preparation of Internationalized Strings"), as tests.

Each in_table_XX(ch) says whether the one-character string ch is in table XX; map_table_b2 and
map_table_b3 give what the mapping tables B.2 and B.3 map ch to. heapstack has one Unicode
database (unicodedata.unidata_version), not the 3.2.0 one CPython also keeps
(unicodedata.ucd_3_2_0): the tests that depend on character properties (unassigned, spaces,
controls, private use, surrogates, bidirectional classes, case folding) answer for it, which
differs from python3 only for characters assigned after Unicode 3.2.
"""

import unicodedata

# A.1 is "unassigned in Unicode 3.2": category Cn, apart from the noncharacters (table C.4).
def in_table_a1(code):
    if unicodedata.category(code) != "Cn":
        return False
    return not in_table_c4(code)


# B.1: characters commonly mapped to nothing (soft hyphen, joiners, variation selectors ...).
b1_set = {0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
b1_set.update(range(0xFE00, 0xFE10))


def in_table_b1(code):
    return ord(code) in b1_set


def map_table_b3(code):
    """Case folding (table B.3: full case folding, CaseFolding.txt's C and F mappings)."""
    return code.casefold()


def map_table_b2(a):
    """Case folding for use with NFKC (table B.2): B.3, then whatever NFKC's compatibility
    forms still fold to (a character like U+3392 SQUARE MHZ becomes "mhz")."""
    folded = map_table_b3(a)
    normal = unicodedata.normalize("NFKC", folded)
    refolded = unicodedata.normalize("NFKC", "".join(map_table_b3(ch) for ch in normal))
    return refolded if refolded != normal else folded


def in_table_c11(code):
    # C.1.1: the ASCII space
    return code == " "


def in_table_c12(code):
    # C.1.2: every other space separator
    return code != " " and unicodedata.category(code) == "Zs"


def in_table_c11_c12(code):
    return unicodedata.category(code) == "Zs"


def in_table_c21(code):
    # C.2.1: ASCII control characters
    return ord(code) < 0x80 and unicodedata.category(code) == "Cc"


# C.2.2: the other control characters: category Cc beyond ASCII, and these format characters,
# separators and musical symbol controls
c22_specials = {0x06DD, 0x070F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029, 0xFEFF}
for _first, _last in ((0x2060, 0x2063), (0x206A, 0x206F), (0xFFF9, 0xFFFC), (0x1D173, 0x1D17A)):
    c22_specials.update(range(_first, _last + 1))


def in_table_c22(code):
    point = ord(code)
    if point < 0x80:
        return False
    return unicodedata.category(code) == "Cc" or point in c22_specials


def in_table_c21_c22(code):
    return unicodedata.category(code) == "Cc" or ord(code) in c22_specials


def in_table_c3(code):
    # C.3: private use
    return unicodedata.category(code) == "Co"


def in_table_c4(code):
    # C.4: noncharacters: U+FDD0..U+FDEF and the last two code points of every plane
    point = ord(code)
    return 0xFDD0 <= point <= 0xFDEF or point & 0xFFFE == 0xFFFE


def in_table_c5(code):
    # C.5: surrogate codes
    return unicodedata.category(code) == "Cs"


# C.6: inappropriate for plain text (interlinear annotation, object replacement, replacement)
c6_set = set(range(0xFFF9, 0xFFFE))


def in_table_c6(code):
    return ord(code) in c6_set


# C.7: inappropriate for canonical representation (ideographic description characters)
c7_set = set(range(0x2FF0, 0x2FFC))


def in_table_c7(code):
    return ord(code) in c7_set


# C.8: change display properties or are deprecated (directional marks and overrides ...)
c8_set = {0x0340, 0x0341, 0x200E, 0x200F}
c8_set.update(range(0x202A, 0x202F))
c8_set.update(range(0x206A, 0x2070))


def in_table_c8(code):
    return ord(code) in c8_set


# C.9: tagging characters
c9_set = {0xE0001}
c9_set.update(range(0xE0020, 0xE0080))


def in_table_c9(code):
    return ord(code) in c9_set


def in_table_d1(code):
    # D.1: characters with bidirectional property R or AL
    return unicodedata.bidirectional(code) in ("R", "AL")


def in_table_d2(code):
    # D.2: characters with bidirectional property L
    return unicodedata.bidirectional(code) == "L"


del _first, _last
