X = "top helper X"
