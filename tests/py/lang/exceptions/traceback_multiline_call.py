def build(a,
          b,
          c):
    return a + b + c

result = build(
    1,
    "two",
    3,
)
