# String work: formatting, joining, splitting, methods.
parts = []
for i in range(600_000):
    parts.append(f"{i:05d}-{i % 7}")
text = ",".join(parts)
fields = text.split(",")
upper = [f.upper().replace("-", "_") for f in fields[:300_000]]
total = sum(len(s) for s in upper)
print(len(text), len(fields), total, upper[12345])
