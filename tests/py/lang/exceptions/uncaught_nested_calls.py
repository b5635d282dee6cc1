def parse(text):
    return int(text)

def load(lines):
    return [parse(line) for line in lines]

def main():
    data = ["1", "2", "three"]
    total = sum(load(data))
    print(total)

main()
