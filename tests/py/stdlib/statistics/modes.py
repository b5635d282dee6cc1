import statistics as st

print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(st.mode(["red", "red", "green", "blue", "blue"]), st.mode("aabbbc"), st.mode(iter([2.5, 2.5, 1])))
print(st.multimode("aabbbbbbbbcc"), st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([1, 2, 3]))
print(st.mode([(1, 2), (1, 2), (3,)]), st.multimode(iter([None, None, 0, 0])))
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.mode([[1], [1]])
except TypeError as e:
    print("TypeError", e)
