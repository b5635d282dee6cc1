def classify(shape):
    match shape:
        case ("circle", r) as whole if r > 0:
            return f"circle r={r} from {whole}"
        case ("rect", w, h) | ("square", w, h):
            return f"area {w * h}"
        case ("line", *points) as line:
            return f"{len(points)} points, {line[0]}"
        case [("nested", inner)]:
            return f"nested {inner}"
    return "?"

print(classify(("circle", 2)))
print(classify(("rect", 3, 4)))
print(classify(("square", 5, 5)))
print(classify(("line", 1, 2, 3)))
print(classify([("nested", 9)]))
print(classify(("circle", -1)))

class Color:
    RED = "red"
    GREEN = "green"

def paint(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN:
            return "natural"
print(paint(Color.RED), paint(Color.GREEN))
