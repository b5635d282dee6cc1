def probe(n):
    try:
        return probe(n + 1)
    except RecursionError as e:
        return n, str(e)

print(probe(0))
