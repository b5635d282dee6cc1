def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(ascii("\x00\x7f\x80"), ascii("\U0001F600"), ascii("tab\t"), ascii("\ud800"))
print(repr("\x00\x7f\x80\xa0"), repr("\u2028"))
