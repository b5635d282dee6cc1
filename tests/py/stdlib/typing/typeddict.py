# TypedDict: class and functional syntax, totality, Required/NotRequired
from typing import NotRequired, Required, TypedDict, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {"title", "year"}, Movie.__optional_keys__, Movie.__total__)
print(Movie.__annotations__, Movie.__mro__, type(Movie).__name__, is_typeddict(Movie), is_typeddict(dict))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__, Point.__module__)

Opt = TypedDict("Opt", {"a": int, "b": Required[str]}, total=False)
print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__), Opt.__total__)


class Extra(Movie):
    rating: NotRequired[float]


print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), list(Extra.__annotations__))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError", e)
