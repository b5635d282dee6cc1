# iskeyword works with non-str arguments (frozenset membership)
import keyword

print(keyword.iskeyword(1), keyword.iskeyword(None), keyword.issoftkeyword(b"match"))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError", e)
print(type(keyword.iskeyword).__name__)
