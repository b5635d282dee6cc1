café = "coffee"
π = 3.14159
变量 = "variable"
print(café, π, 变量)
_private = 1
__dunder__ = 2
Class_Name9 = 3
print(_private + __dunder__ + Class_Name9)
ﬁle = "ligature normalized"
print(file)
