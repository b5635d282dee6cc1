# string module constants and capwords
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, repr(string.printable), len(string.printable))
print(string.capwords(" hello   world  foo "), string.capwords("a-b-c", "-"), string.capwords(""))
print(string.capwords("tHE quick\tBROWN\nfox"), sorted(string.__all__))
