# A set display of three or more constants is a frozenset constant, rebuilt from its own
# iteration order when the compiler merges constants, and rebuilt once more when it holds a str
# of name characters (interned when the code object is made). Colliding hashes (3 and (1, 2)
# share their low bits) make the rebuilds visible in the printed order; sets built at run time
# from the same items keep their insertion order.
print({1.5, "a", (1, 2), True, 3})
print({3, (1, 2), "zzqx"}, {"zzqx", 3, (1, 2)}, {65, 33, "c", (1, 2)})
print({3, (1, 2), "a b"}, {3, (1, 2), "!"}, {3, (1, 2), "é"}, {3, (1, 2), b"x"})
print({(1, 2), 17, 3, 65, (3,)}, {-1, 3, 33, (3,), (1, 2)}, {3, (3,), 2.5, (1, 2), 33, 1.5, "a", b"x"})
x = 3
print({1.5, "a", (1, 2), True, x}, set((1.5, "a", (1, 2), True, 3)))
print(frozenset((3, (1, 2), "a")), frozenset(tuple(frozenset((3, (1, 2), "a")))))
for item in [3, (1, 2), 5]:
    print(item, item in {(1, 2), 3, "name", 4})
print(compile("{3, (1, 2), 'k'}", "<s>", "eval").co_consts, eval("{3, (1, 2), 'k'}"))
