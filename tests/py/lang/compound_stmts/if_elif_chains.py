def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10)])

def truthiness(v):
    if v:
        return "truthy"
    return "falsy"
print([truthiness(v) for v in (0, 1, "", "x", [], [0], None, 0.0, {}, set())])

x = 5
print("in range" if 0 < x < 10 else "out")
print(1 < 2 < 3 < 2, 1 < 3 > 2)
