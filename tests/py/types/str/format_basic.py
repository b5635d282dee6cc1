print("{} {} {}".format(1, "a", 2.5))
print("{0}{1}{0}".format("x", "y"), "{a}-{b}".format(a=1, b=[2]), "{0[0]}{0[1]}".format("ab"), "{p[k]}".format(p={"k": "v"}))
print("{:<6}|{:^6}|{:>6}|{:*^7}|{:.2}|{:8.3}|".format("ab", "cd", "ef", "mid", "xyz", "abcdef"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"), "{:{}}|{:{}{}}".format("a", 4, "b", ">", 5))
print("{{}} {{{}}}".format(7), "{:}".format("x"), "{0:}".format(3))
class P:
    x = 5
    items = [10, 20]
print("{0.x} {0.items[1]} {0.items}".format(P()))
print("{:d} {:5d} {:<5d}| {:x} {:#o} {:,} {:_b} {:+.3f} {:e} {:%}".format(42, 42, 42, 255, 8, 1234567, 10, 3.14159, 12345.678, 0.25))
print(format("abc", ">5"), format("abc", ""), format("abc", "05"), format(3, "05"), format("😀", "^5"))
print("{:\u0665}|".format("ab"), "{\u0661}".format("a", "b"))
