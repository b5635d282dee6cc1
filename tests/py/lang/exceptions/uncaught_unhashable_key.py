cache = {}
cache[[1, 2]] = "x"
