text = "caf\u00e9"
print(text.encode("ascii"))
