def fizzbuzz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 16)))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(code) if 400 <= code < 500:
            return f"client error {code}"
        case int(code) if code >= 500:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 302, 404, 503, "x")])

def unpack(data):
    match data:
        case {"user": {"name": str(name), "roles": [*roles]}} if "admin" in roles:
            return f"admin {name}"
        case {"user": {"name": name}}:
            return f"user {name}"
        case [x, y, *rest] if len(rest) > 1:
            return f"long list from {x},{y}"
        case [*_]:
            return "short list"
    return "other"
print(unpack({"user": {"name": "root", "roles": ["admin", "dev"]}}))
print(unpack({"user": {"name": "guest", "roles": []}}))
print(unpack([1, 2, 3, 4]), unpack([1]), unpack(5))
