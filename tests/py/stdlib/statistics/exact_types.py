import statistics as st
from fractions import Fraction as F


class MyFloat(float):
    pass


class MyInt(int):
    pass


print(type(st.mean([MyFloat(1.5), 2.5])).__name__, type(st.mean([MyInt(2), 4])).__name__, type(st.mean([1, F(1, 2)])).__name__)
print(st.mean([MyInt(2), MyInt(4)]), type(st.variance([MyFloat(1), MyFloat(2)])).__name__)
print(st._sum([3, 2.25, 4.5, -0.5, 0.25]), st._sum([F(2, 3), F(7, 5), F(1, 4), F(5, 6)]), st._sum([]))
print(st._exact_ratio(0.25), st._exact_ratio(F(2, 6)), st._exact_ratio(7), st._exact_ratio(float("inf")))
print(st._coerce(int, float), st._coerce(float, int), st._coerce(F, float), st._coerce(int, bool), st._coerce(MyInt, int))
try:
    st._coerce(str, float)
except TypeError as e:
    print("TypeError", e)
print(st._convert(F(1, 2), float), st._convert(F(4, 2), int), st._convert(F(1, 2), int), st._convert(F(1, 3), F))
print(issubclass(st.StatisticsError, ValueError), st.__all__)
