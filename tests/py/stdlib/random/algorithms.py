import random

random.seed(2718)
def monte_carlo_pi(n):
    inside = sum(1 for _ in range(n) if random.random() ** 2 + random.random() ** 2 <= 1.0)
    return 4 * inside / n
print(monte_carlo_pi(2000))
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.sample(deck, 3))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
counts = {}
for _ in range(1000):
    v = random.choices("abc", weights=[5, 3, 2])[0]
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))
print(sorted(random.randint(1, 6) + random.randint(1, 6) for _ in range(20)))
print([round(random.expovariate(1 / 5), 3) for _ in range(5)])
