# Regex-heavy log analysis: parse Apache/nginx-style access logs and syslog lines with named
# groups, verbose patterns, finditer/fullmatch/sub with callables, split, lookarounds and
# backreferences; aggregate per-status/per-path statistics and redact secrets.
import collections
import hashlib
import re
import sys

# tests/py/bench_like/log_regex.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 12000

ACCESS = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>\d{2}:\d{2}:\d{2})\s+(?P<tz>[+-]\d{4})\]\s+
    "(?P<method>GET|POST|PUT|DELETE|HEAD)\s+(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\s+HTTP/(?P<ver>[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)(?:\s+"(?P<ref>[^"]*)"\s+"(?P<ua>[^"]*)")?
""", re.X)
SYSLOG = re.compile(r"^(?P<mon>\w{3}) +(?P<day>\d+) (?P<t>[\d:]+) (?P<host>[\w.-]+) (?P<prog>[\w/.-]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$", re.M)
SECRET = re.compile(r"(?i)\b(password|token|api[_-]?key)=([^&\s]+)")
WORDDUP = re.compile(r"\b(\w+)\s+\1\b", re.I)
NUM = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
IPV4 = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")

PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/users/42", "/static/app.js", "/login", "/search"]
UAS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.1.2", "python-requests/2.31", "Googlebot/2.1"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def make_access(i):
    ip = f"{10 + i % 200}.{i * 7 % 256}.{i * 13 % 256}.{i % 250 + 1}"
    path = PATHS[i % len(PATHS)]
    query = f"?q=term{i % 13}&token=abc{i}def&page={i % 5}" if i % 3 == 0 else ""
    status = (200, 200, 304, 404, 500, 201)[i % 6]
    size = "-" if status == 304 else str(i * 37 % 5000)
    tail = f' "http://ref{i % 4}.example/" "{UAS[i % 4]}"' if i % 2 else ""
    return (f'{ip} - {"-" if i % 5 else "alice"} [{i % 28 + 1:02d}/{MONTHS[i % 12]}/2023:{i % 24:02d}:{i % 60:02d}:{i * 7 % 60:02d} +0000] '
            f'"{("GET", "POST", "GET", "PUT")[i % 4]} {path}{query} HTTP/1.1" {status} {size}{tail}')


def make_syslog(i):
    prog = ("sshd", "cron", "kernel", "nginx")[i % 4]
    pid = f"[{1000 + i}]" if prog != "kernel" else ""
    msg = (f"Accepted password for user{i % 7} from 192.168.{i % 256}.{i % 100} port {40000 + i}",
           f"(root) CMD (run-parts /etc/cron.hourly) the the job {i}",
           f"usb 1-{i % 4}: new high-speed USB device number {i % 30} using xhci_hcd",
           f"upstream timed out (110: Connection timed out) api_key={i:x}z while reading")[i % 4]
    return f"{MONTHS[i % 12]} {i % 28 + 1:2d} {i % 24:02d}:{i % 60:02d}:00 host{i % 3}.lan {prog}{pid}: {msg}"


def main():
    h = hashlib.md5()
    lines = [make_access(i) for i in range(SCALE)]
    status = collections.Counter()
    paths = collections.defaultdict(int)
    bytes_by_method = collections.Counter()
    bad = 0
    for line in lines:
        m = ACCESS.fullmatch(line)
        if not m:
            bad += 1
            continue
        d = m.groupdict()
        status[d["status"]] += 1
        paths[d["path"]] += 1
        if d["size"] != "-":
            bytes_by_method[d["method"]] += int(d["size"])
        if d["query"]:
            h.update(SECRET.sub(lambda mm: mm.group(1) + "=" + "*" * len(mm.group(2)), d["query"]).encode())
        h.update(m.group("ip", "tz", "ver").__repr__().encode())
    print(sorted(status.items()), bad, sorted(paths.items())[:3], bytes_by_method.most_common(2))
    log = "\n".join(make_syslog(i) for i in range(SCALE // 2))
    progs = collections.Counter(m["prog"] for m in SYSLOG.finditer(log))
    pids = sum(1 for m in SYSLOG.finditer(log) if m.group("pid"))
    print(sorted(progs.items()), pids)
    redacted = SECRET.sub(r"\1=<redacted>", log)
    h.update(redacted.encode())
    dups = WORDDUP.findall(log)
    ips = IPV4.findall(log)
    nums = NUM.findall(log[:5000])
    print(len(dups), dups[:2], len(ips), ips[:2], nums[:8])
    fields = re.split(r"\s*[;,|]\s*|\s+-\s+", "a , b;c | d - e,,f")
    print(fields, re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "x1 y22 z333"))
    print(re.findall(r"(?m)^(\w+) +(\d+)", log[:300]), re.escape("a.b*c?d[e]"))
    print(re.subn(r"(?P<w>\bo\w*)", r"<\g<w>>", "one two oven out"), re.search(r"(?s)CMD.*?job", log).span())
    m = re.match(r"(?P<a>x)(?P<b>y)?(z)", "xz")
    print(m.groups(), m.groupdict("-"), m.lastindex, m.lastgroup, m.span(2), m.expand(r"[\1|\3]"))
    try:
        re.compile(r"(unclosed")
    except re.error as e:
        print("re.error:", e.msg, e.pos)
    print(h.hexdigest())


main()
