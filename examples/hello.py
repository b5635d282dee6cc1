def greet(name: str) -> str:
    return f"Hello, {name}!"


names = ["stack", "heap"]
for name in names:
    print(greet(name))
