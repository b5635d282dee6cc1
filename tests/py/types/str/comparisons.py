pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("\uffff", "\U00010000"), ("\U00010000", "\ue000"), ("a\U0001F600", "a\uffff"), ("abc", "abc")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
words = ["banana", "Apple", "cherry", "éclair", "😀", "apple", "Zebra", "\uffff", "\U00010000"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=str.casefold))
try:
    "a" < 1
except TypeError as e:
    print(e)
print("a" == 1, "1" == 1, "a" != None)
