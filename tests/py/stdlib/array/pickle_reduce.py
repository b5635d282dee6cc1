import array

a = array.array("i", [1, -2, 3])
print(a.__reduce_ex__(2))
r = a.__reduce_ex__(3)
print(r[0] is array._array_reconstructor, r[1], r[2])
print(array._array_reconstructor(*r[1]))
for tc, vals in [("b", [-1, 2]), ("H", [1, 65535]), ("q", [-5]), ("f", [0.5]), ("d", [2.25]), ("u", "hi")]:
    x = array.array(tc, vals)
    red = x.__reduce_ex__(4)
    print(tc, red[1][2], red[1][3], array._array_reconstructor(*red[1]))
print(array._array_reconstructor(array.array, "i", 9, b"\x00\x00\x00\x01"))
print(array._array_reconstructor(array.array, "d", 17, b"\x3f\xf0\x00\x00\x00\x00\x00\x00"))
for args in [(list, "i", 8, b""), (array.array, "z", 8, b""), (array.array, "i", 99, b""), (array.array, "i", 8, "str")]:
    try:
        array._array_reconstructor(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(a.__copy__(), a.__deepcopy__({}), a.__copy__() is a)


class Tagged(array.array):
    pass


t = Tagged("b", [1, 2])
t.label = "x"
print(t, t.__reduce_ex__(2), t.__reduce_ex__(3)[2])
print(Tagged("d", [1.0]) + array.array("d", [2.0]), type(t[:1]).__name__, type(t.__copy__()).__name__)
