# bools hash and compare as 0 and 1.
import sys
print(hash(True), hash(False), True == 1, False == 0, True == 1.0, True > False)
print({True: "a", 1: "b", 1.0: "c"}, {False, 0, 0.0}, sorted([True, 2, False, -1, 0.5]))
print(sys.getsizeof(True), sys.getsizeof(False), True.__sizeof__(), True.bit_length(), False.bit_length())
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), True.as_integer_ratio(), True.to_bytes())
print(int(True), float(True), complex(True), str(True + 0), round(True), round(True, 2), type(round(True)).__name__)
