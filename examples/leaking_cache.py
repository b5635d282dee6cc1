# A leak: a module-level cache that only grows. Each request's result is remembered forever
# under a key that is never asked for again, so the cache keeps every result alive.
# Run: heapstack run --report examples/leaking_cache.py

_cache = {}


def render(user_id, page):
    key = (user_id, page)
    if key in _cache:
        return _cache[key]
    html = ["<li>item %d of page %d</li>" % (i, page) for i in range(5)]
    _cache[key] = html
    return html


def handle_requests(n):
    served = 0
    for request in range(n):
        lines = render(request % 97, request)  # the page number never repeats
        served += len(lines)
    return served


print("served", handle_requests(400), "lines;", len(_cache), "cached pages")
