import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 0, 4]
for n in [-1, 0, 1, 2, 3, 5, 11, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data), heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
words = ["apple", "fig", "banana", "kiwi", "cherry", "date", "plum"]
for n in [1, 2, 3, 4, 10]:
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len), heapq.nlargest(n, iter(words), key=len))
pairs = [(1, "a"), (1, "b"), (0, "c"), (1, "d"), (0, "e")]
print(heapq.nsmallest(2, pairs, key=lambda p: p[0]), heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(3, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(3, {"x": 3, "y": 1, "z": 2}), heapq.nsmallest(2, "hello"), heapq.nlargest(2, range(100), key=lambda x: x % 7))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs), heapq.nsmallest(3, []), heapq.nlargest(3, iter([])))
for bad in [lambda: heapq.nlargest(2, 5), lambda: heapq.nsmallest("2", [1]), lambda: heapq.nlargest(2, [1, "a", 2])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
