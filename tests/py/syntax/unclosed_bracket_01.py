values = [1, 2, 3
result = sum(values)
