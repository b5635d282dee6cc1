result = sum([
    1,
    2,
    3,
])
mapping = {
    "a": 1,
    "b": (2,
          3),
}
def call(a,
         b=2,
         *,
         c=3):
    return a + b + c
print(result, mapping, call(1,
                            c=10))
text = ("part one "
        "part two")
print(text)
