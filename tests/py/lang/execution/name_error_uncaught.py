def greet(name):
    message = "hello " + name
    return mesage

print("start")
greet("world")
