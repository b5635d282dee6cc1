data = [5, 12, 3, 20, 7]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
def chunks(s, size):
    while (piece := s[:size]):
        yield piece
        s = s[size:]
print(list(chunks("abcdefgh", 3)))
total = 0
print([total := total + v for v in range(5)], total)
