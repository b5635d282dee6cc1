name = "Wörld"
n = 42
x = 3.14159
print(f"Hello {name}! {n:>5} {x:.2f} {name!r} {name!a} {n:#x} {x:10.3e}|")
print(f"{name:*^11}|{name:.2}|{'nested ' + name}|{n * 2}|{[1, 2]}|{ {'k': 1} }")
w = 8
print(f"{name:>{w}}|{x:{w}.{2}f}|{n:0{w}d}")
s = "abc"
print(f"{s.upper()}{s[::-1]}{len(s)}{s!s:5}|")
class C:
    def __format__(self, spec):
        return "C(" + spec + ")"
print(f"{C()} {C():xyz} {C()!s:>20}"[:13])
print(f"{'😀':^5}|{'é':x<3}")
