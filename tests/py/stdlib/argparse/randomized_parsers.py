# argparse over seeded random parsers: help/usage layout (wrapping, groups) and parsing of
# random command lines, errors included
import argparse
import random
import sys

sys.stderr = sys.stdout
rng = random.Random(11)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "input-file", "x"]
for trial in range(40):
    p = argparse.ArgumentParser(prog=rng.choice(["p", "program-with-a-long-name", "tool"]),
                                description=" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))) or None)
    group = p.add_argument_group("extra") if rng.random() < 0.3 else p
    exclusive = p.add_mutually_exclusive_group() if rng.random() < 0.3 else None
    used = set()
    for i in range(rng.randint(1, 7)):
        name = rng.choice(words)
        if name in used:
            continue
        used.add(name)
        kind = rng.random()
        helptext = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) or None
        target = exclusive if exclusive is not None and kind < 0.2 else group
        if kind < 0.3:
            target.add_argument("--" + name, action="store_true", help=helptext)
        elif kind < 0.55:
            target.add_argument("-" + name[0] + str(i), "--" + name, type=int, default=i, help=helptext)
        elif kind < 0.7 and target is not exclusive:
            target.add_argument(name.replace("-", "_"), nargs=rng.choice([None, "?", "*", "+", 2]), help=helptext)
        else:
            target.add_argument("--" + name, choices=["one", "two", "three"], nargs=rng.choice([None, "?", "+"]),
                                help=helptext)
    if exclusive is not None and not exclusive._group_actions:
        exclusive.add_argument("--only", action="store_true")
    print("=" * 20, trial)
    p.print_help()
    for _ in range(3):
        argv = []
        for _ in range(rng.randint(0, 5)):
            choice = rng.random()
            if choice < 0.4:
                argv.append("--" + rng.choice(words))
            elif choice < 0.6:
                argv.append(str(rng.randint(-3, 9)))
            elif choice < 0.8:
                argv.append(rng.choice(["one", "two", "four"]))
            else:
                argv.append(rng.choice(words))
        try:
            print(argv, p.parse_args(argv))
        except SystemExit as e:
            print(argv, "exit", e.code)
