print((**k))
