a, b, c = "hi"
