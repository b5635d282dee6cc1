# character sets: ranges, negation, escapes and categories inside, special placements
import re

tests = [
    ("[a-c]+", "xxabcabdd"), ("[^a-c]+", "abcxyzabc"), ("[]a]+", "]a]b"), ("[]]", "]"),
    ("[a-]+", "-a-b"), ("[-a]+", "a-b"), ("[a\\-z]+", "a-z-b"), ("[\\]]+", "]]"),
    ("[\\d\\s]+", "12 3x"), ("[\\w-]+", "ab-c d"), ("[^\\W\\d]+", "ab12cd"), ("[\\D\\S]", "1"),
    ("[^\\D]+", "a12b"), ("[.]", "a.b"), ("[$^*+?{}()|]+", "x$^*+?{}()|x"), ("[\\^a]", "^"),
    ("[a^]+", "^a^"), ("[\\n\\t]+", "a\n\tb"), ("[\\x41-\\x43]+", "ABCD"), ("[\\u00e0-\\u00e5]+", "àáâãäåæ"),
    ("[\\U0001f600-\\U0001f64f]+", "ok \U0001f600\U0001f60a!"), ("[\\0-\\x1f]+", "a\x00\x01b"),
    ("[\\141-\\143]+", "abcd"), ("[\\b]", "\b"), ("[α-ω]+", "Αλφα βήτα"), ("[a-zA-Z0-9_]+", "Hello_42!"),
    ("[^a]", "\n"), ("[^\\n]+", "ab\ncd"), ("[\\s\\S]+", "a\nb"), ("[\\w\u4e00-\u9fff]+", "中文abc!"),
    ("[\u0100-\u0110\u0200]+", "ĀąȀĐ"), ("[a\u0100-\u0110b]+", "Āba"),
]
for pat, s in tests:
    print(ascii(pat), ascii(re.findall(pat, s)))
for bad in ["[", "[a", "[a-", "[z-a]", "[\\w-a]", "[a-\\w]", "[\\d-z]", "[\\q]", "[\\8]",
            "[\\400]", "[\\x4]", "[a-\\]", "[\\A]", "[\\Z]", "[\\b-\\d]"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "->", e)
