name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"{pi:.2f} {pi:10.3f}| {age:05d} {age:x} {age:o} {age:b} {255:#x}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}")
print(f"{1234567:,} {1234567.891:,.2f} {0.25:%} {0.5:.1%}")
print(f"{age=} {pi=:.3} {name.upper()=}")
width = 8
print(f"{name:{width}}|{pi:{width}.{2}f}|")
print(f"{{literal braces}} {'nested ' + f'{age}'}")
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{k}".format(k="v"))
print("%s is %d years, %.1f%%" % (name, age, 12.345))
print(format(3.5, "e"), format(1e-7, "g"), format(12345, "_"))
