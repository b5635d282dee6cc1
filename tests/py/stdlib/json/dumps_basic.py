import json

values = [None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e16, 1e-7, 3.141592653589793,
          "", "plain", "quote\" back\\ slash", "\b\f\n\r\t\x00\x1f\x7f", "caf\u00e9 \u2603 \U0001f600",
          [], (), {}, [1, [2, [3]]], (1, "a", None), {"k": "v"}]
for v in values:
    print(repr(v), "->", json.dumps(v))
print(json.dumps({"a": 1, "b": [1, 2, {"c": None}], "d": {"e": {}}}))
print(json.dumps("caf\u00e9 \U0001f600", ensure_ascii=False))
print(json.dumps(["\u2028\u2029"], ensure_ascii=False))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps(2**53 + 1), json.dumps(0.1 + 0.2), json.dumps(1e300 * 1e10))
print(json.dumps([1.0, 100.0, 1e22, 1.5e-10, 123456789.125]))
