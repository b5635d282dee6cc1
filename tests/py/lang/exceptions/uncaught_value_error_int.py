raw = "12a"
value = int(raw)
