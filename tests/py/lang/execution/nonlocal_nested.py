def level1():
    x = "one"
    def level2():
        nonlocal x
        x = "two"
        def level3():
            nonlocal x
            x = "three"
            return x
        r = level3()
        return r, x
    r = level2()
    return r, x

print(level1())

def accumulate():
    history = []
    def push(v):
        history.append(v)
        return len(history)
    def snapshot():
        return list(history)
    return push, snapshot

push, snap = accumulate()
for word in "the quick brown fox".split():
    push(word)
print(snap())
