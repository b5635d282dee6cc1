def parse_numbers(lines):
    for line in lines:
        yield int(line)

def total(lines):
    return sum(parse_numbers(lines))

print(total(["1", "2"]))
print(total(["3", "four"]))
