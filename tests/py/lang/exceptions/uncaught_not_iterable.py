for ch in 42:
    print(ch)
