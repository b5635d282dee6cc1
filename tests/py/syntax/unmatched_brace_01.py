if x:
    y = }
