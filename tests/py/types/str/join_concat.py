print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "é".join(["😀", "a"]), ":".join(x for x in "ab"), "|".join({"k": 1}))
for f in [lambda: "-".join([1]), lambda: "-".join(["a", 2]), lambda: "-".join(1), lambda: "-".join(), lambda: "a" + 1, lambda: "a" * "b", lambda: 1 in "a"]:
    try:
        f()
    except TypeError as e:
        print(e)
parts = []
for i in range(200):
    parts.append(str(i))
s = ",".join(parts)
print(len(s), s[:30], s[-20:])
acc = ""
for i in range(300):
    acc += chr(97 + i % 26)
print(len(acc), acc[:40], acc.count("a"))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 100, "x" + "", "" + "y")
