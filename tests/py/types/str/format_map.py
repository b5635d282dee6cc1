class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
print("{a} {b}".format_map(Default(a=1)))
print("no fields".format_map(1))
for m in [{}, 1]:
    try:
        print("{a}".format_map(m))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "{0}".format_map({"0": 1})
except Exception as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        return i * 2
print("{0[3]} {0[k]}".format({3: "three", "k": "kay"}), "{0[2]}".format(Seq()))
