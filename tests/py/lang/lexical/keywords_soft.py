match = "not a keyword here"
case = 5
_ = "underscore"
print(match, case, _)
def type(x):
    return "shadowed type"
print(type(1))
del type
print(type(1).__name__)
