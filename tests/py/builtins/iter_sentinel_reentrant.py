# gh-101892: a callable that exhausts its own callable_iterator
HAS_MORE, NO_MORE = 1, 2
def spam():
    if spam.rec:
        return NO_MORE
    spam.rec = True
    print("inner", list(spam.it))
    return HAS_MORE
spam.rec = False
spam.it = iter(spam, NO_MORE)
try:
    next(spam.it)
except StopIteration:
    print("stop")
print(list(spam.it))
