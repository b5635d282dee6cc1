words = ["a", "bb", None]
print([len(w) for w in words])
