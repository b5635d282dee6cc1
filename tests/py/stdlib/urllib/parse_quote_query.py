# urllib.parse: quote/unquote families, urlencode, parse_qs/parse_qsl.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

for text in ["abc", "a b&c=d/e?f", "caf\xe9 \u20ac", "~_.-", "", "100%", "/path/to file", "\x00\x7f"]:
    print(repr(text), quote(text), quote(text, safe=""), quote_plus(text), quote_plus(text, safe="/"),
          quote(text, safe="&= "), quote(text, encoding="latin-1", errors="replace"))
print(quote(b"a b\xff"), quote_plus(b"a b+c"), quote_from_bytes(b"\x00 /", safe=b"/ "), quote_from_bytes(b""))
print(quote("é", encoding="ascii", errors="xmlcharrefreplace"), quote("a", safe="é"))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"),
            lambda: quote_from_bytes("str"), lambda: quote(5)]:
    try:
        print(bad())
    except TypeError as exc:
        print("TypeError", exc)

for text in ["abc", "a%20b", "%E2%82%AC", "%e2%82%ac", "%", "%2", "%zz", "a+b%2Bc", "%C3%28", "€%20€",
             "%F0%9F%98%80 x", ""]:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)), unquote_to_bytes(text),
          repr(unquote(text, encoding="latin-1")), repr(unquote(text, errors="ignore")))
print(unquote(b"a%20b"), unquote_to_bytes(b"%41%4"), unquote_to_bytes(""))
try:
    unquote(None)
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__)

print(urlencode({"a": 1, "b": "x y", "c": "é&"}))
print(urlencode([("k", "v1"), ("k", "v2"), (b"by", b"te s")]))
print(urlencode({"l": [1, 2, "t"], "s": "str", "n": 5}, doseq=True))
print(urlencode({"l": [1, 2]}, doseq=False), urlencode({"a": "/ b"}, safe="/"))
print(urlencode({"a": "x y"}, quote_via=quote), urlencode({"u": "\u20ac"}, encoding="latin-1", errors="replace"))
print(urlencode([]), urlencode({}))
for bad in ["abc", [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as exc:
        print("TypeError", exc)

for qs in ["a=1&b=2&a=3", "a=&b", "a=1;b=2", "x=%20y+z&&=v", "", "a=b=c", "%E2%82%AC=%E2%82%AC", "a"]:
    print(repr(qs), parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs),
          parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(b"a=1&a=2"), parse_qsl(b"k=v%20w"))
print(parse_qsl("a=%E9", encoding="latin-1"), parse_qsl("a=%E9"))
for call in [lambda: parse_qsl("a&b", strict_parsing=True), lambda: parse_qsl("a=1&&b=2", strict_parsing=True),
             lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2), lambda: parse_qsl("a", separator=""),
             lambda: parse_qsl("a", separator=None)]:
    try:
        print(call())
    except ValueError as exc:
        print("ValueError", exc)
print(parse_qsl("a=1&b=2", max_num_fields=2))
