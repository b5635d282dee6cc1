import random
random.seed(1)
print(random.randrange(2.0))
try:
    random.randrange(1.5)
except ValueError as e:
    print(e)
print(random.randint(1.0, 3))
r = random.Random(3)
print(r.randrange(0, 10.0), r.randrange(0, 10, 2.0))
for bad in [lambda: r.randrange(0, 2.5), lambda: r.randrange(0, 10, 1.5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
