# os.environ and friends failing at the top of a script: CPython's os module is frozen, so the
# traceback shows "<frozen os>", line 679, in __getitem__ (and encode's TypeError at 758,
# makedirs' recursion at 215, walk checking its argument when called): same lines here.
# Also os.environb and os.getenvb, bytes views of the same environment.
import os
import traceback

os.environ.pop("HEAPSTACK_SURELY_UNSET", None)
attempts = [
    lambda: os.environ["HEAPSTACK_SURELY_UNSET"],
    lambda: os.environ[1],
    lambda: os.environ.__setitem__("A", 1),
    lambda: os.environ.__delitem__("HEAPSTACK_SURELY_UNSET"),
    lambda: os.environ.setdefault("A", 2),
    lambda: os.environb["x"],
    lambda: os.environb[b"HEAPSTACK_SURELY_UNSET"],
    lambda: os.fsencode(1),
    lambda: os.fsdecode(None),
    lambda: os.makedirs("/proc/heapstack/x/y"),
    lambda: os.makedirs("/proc/heapstack"),
    lambda: os.removedirs("/nonexistent/heapstack"),
    # (the new name's directory exists: renames() would otherwise create /nonexistent as root,
    # and other tests count on its absence)
    lambda: os.renames("/nonexistent/a", "/tmp/heapstack-renames-target"),
    lambda: os.walk(None),
]
for attempt in attempts:
    try:
        attempt()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

os.environ["HEAPSTACK_T"] = "é"
print(os.environb[b"HEAPSTACK_T"], os.getenvb(b"HEAPSTACK_T"), os.getenv("HEAPSTACK_T"))
os.environb[b"HEAPSTACK_T"] = b"b"
print(os.environ["HEAPSTACK_T"], "HEAPSTACK_T" in os.environ, b"HEAPSTACK_T" in os.environb)
del os.environb[b"HEAPSTACK_T"]
print(os.environ.get("HEAPSTACK_T"), len(os.environ) == len(os.environb), os.fsencode.__qualname__, os.fsdecode.__qualname__)
print(sorted(os.environ)[:3] == sorted(os.environ.keys())[:3], os.environ.copy() == dict(os.environ))
config = os.environ["HEAPSTACK_SURELY_UNSET"]
