values = {"alpha": 1, "beta": 2}
def compute(v):
    return v["alpha"] * 10 + v["beta"] * 100 + v["gamma"] * 1000
print(compute(values))
