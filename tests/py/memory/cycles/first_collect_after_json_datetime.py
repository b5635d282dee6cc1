# The first gc.collect() after `import gc, json, datetime` returns python3's count: json's import
# leaves python3's generation-0 count, so datetime's import passes the threshold where python3's
# does, and the automatic collection it runs comes amid datetime's objects as in python3 (the
# tuples made before it are untracked, the pure-Python classes thrown away after it are found).
import gc, json, datetime  # noqa: E401

print(gc.collect())
print(gc.collect())
print(json.dumps({"d": datetime.date(2024, 1, 2).isoformat()}))
