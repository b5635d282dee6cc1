def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", *rest]:
            return f"dropping {len(rest)} things"
        case [single]:
            return f"single word {single}"
        case [first, *_, last]:
            return f"{first}...{last}"

for c in ["", "go north", "pick up lamp key", "pick up", "drop a b", "look", "a b c d"]:
    print(repr(c), "->", command(c))

match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)

match "abc":
    case [*_]:
        print("strings are not sequences here")
    case str():
        print("matched as str")
