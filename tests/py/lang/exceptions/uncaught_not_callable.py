limit = 10
print(limit(5))
