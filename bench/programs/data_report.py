# A data-report script of the kind people write every day: sales records written as CSV, read
# back with csv.DictReader, typed, summarised with statistics (mean/median/stdev/quantiles),
# grouped with defaultdict and Counter, ranked with sorted(key=...), exported as JSON (compact
# and indented) and as a CSV report with csv.DictWriter, plus str.split/join/format work.
import csv
import io
import json
import random
import statistics
import sys
from collections import Counter, defaultdict

# tests/py/bench_like/data_report.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 30000

REGIONS = ["north", "south", "east", "west", "centre"]
PRODUCTS = ["widget", "gadget", "doohickey", "gizmo", "sprocket", "thingamajig", "whatsit"]


def make_csv(n, rnd):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["order_id", "date", "region", "product", "units", "unit_price", "customer", "note"])
    for i in range(n):
        units = rnd.randint(1, 40)
        price = round(rnd.uniform(1.5, 250.0), 2)
        note = rnd.choice(["", "", "", "rush", 'gift, "wrapped"', "call before\ndelivery"])
        w.writerow([
            f"A{i:06d}", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", rnd.choice(REGIONS),
            rnd.choice(PRODUCTS), units, price, f"cust{rnd.randint(1, n // 10 + 1)}", note,
        ])
    return buf.getvalue()


def main():
    rnd = random.Random(2024)
    text = make_csv(SCALE, rnd)
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
        rec["total"] = round(rec["units"] * rec["unit_price"], 2)
        rec["month"] = int(rec["date"].split("-")[1])
        rows.append(rec)
    totals = [r["total"] for r in rows]
    print(len(rows), round(sum(totals), 2))
    print("mean", statistics.mean(totals), "median", statistics.median(totals))
    print("stdev", statistics.stdev(totals), "pvariance", statistics.pvariance(r["units"] for r in rows))
    print("quartiles", statistics.quantiles(totals, n=4), "mode units", statistics.mode(r["units"] for r in rows))

    by_region = defaultdict(list)
    for r in rows:
        by_region[r["region"]].append(r["total"])
    summary = {}
    for region, values in sorted(by_region.items()):
        summary[region] = {
            "orders": len(values),
            "revenue": round(sum(values), 2),
            "mean": round(statistics.mean(values), 4),
            "stdev": round(statistics.stdev(values), 4),
        }
        print("{:<8}{:>8}{:>14.2f}{:>10.2f}".format(region, len(values), summary[region]["revenue"], summary[region]["mean"]))

    by_month = defaultdict(float)
    for r in rows:
        by_month[r["month"]] += r["total"]
    print(" ".join(f"{m}:{v:.0f}" for m, v in sorted(by_month.items())))
    products = Counter(r["product"] for r in rows)
    customers = Counter()
    for r in rows:
        customers[r["customer"]] += r["units"]
    print(products.most_common(3), customers.most_common(2))
    notes = Counter(r["note"].split(",")[0].strip() or "-" for r in rows)
    print(sorted(notes.items()))

    top = sorted(rows, key=lambda r: (-r["total"], r["order_id"]))[:5]
    print([(r["order_id"], r["total"]) for r in top])
    ranked = sorted(summary, key=lambda k: summary[k]["revenue"], reverse=True)
    print(ranked)

    blob = json.dumps(rows[: SCALE // 3])
    back = json.loads(blob)
    print(len(blob), len(back), back[-1]["order_id"], sum(r["units"] for r in back))
    report = json.dumps({"summary": summary, "top": top}, indent=2, sort_keys=True)
    print(len(report), json.loads(report)["summary"]["east"])

    out = io.StringIO()
    fields = ["order_id", "region", "product", "units", "total"]
    dw = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    dw.writeheader()
    dw.writerows(r for r in rows if r["units"] > 20)
    lines = out.getvalue().splitlines()
    print(len(lines), lines[1], ",".join(line.split(",")[1] for line in lines[1:6]))


main()
