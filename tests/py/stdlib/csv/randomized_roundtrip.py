# csv writer output and reader round trips over seeded random fields and dialect settings
import csv
import io
import random

rng = random.Random(7)
alphabet = ['a', 'b', ' ', ',', ';', '"', "'", '\n', '\r', '\\', '\t', 'x']
for trial in range(150):
    params = {}
    if rng.random() < 0.5:
        params["delimiter"] = rng.choice([",", ";", "\t", "|"])
    if rng.random() < 0.3:
        params["quotechar"] = rng.choice(['"', "'"])
    if rng.random() < 0.4:
        params["escapechar"] = "\\"
    if rng.random() < 0.3:
        params["doublequote"] = False
        params["escapechar"] = "\\"
    params["quoting"] = rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE])
    if params["quoting"] == csv.QUOTE_NONE:
        params["escapechar"] = "\\"
    if rng.random() < 0.3:
        params["lineterminator"] = rng.choice(["\n", "\r\n"])
    rows = []
    for _ in range(rng.randint(1, 4)):
        row = []
        for _ in range(rng.randint(1, 5)):
            kind = rng.random()
            if kind < 0.2:
                row.append(rng.randint(-50, 50))
            elif kind < 0.3:
                row.append(rng.uniform(-10, 10))
            else:
                row.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))))
        rows.append(row)
    out = io.StringIO()
    try:
        csv.writer(out, **params).writerows(rows)
    except csv.Error as e:
        print(trial, "write Error", e)
        continue
    text = out.getvalue()
    try:
        back = list(csv.reader(io.StringIO(text, newline=""), **params))
    except (csv.Error, ValueError) as e:
        back = "%s %s" % (type(e).__name__, e)
    print(trial, sorted(params.items()), repr(text), back)
