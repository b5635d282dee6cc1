# int() of decimal text with 15, 16 and 17 digits (with and without a sign) is exact: 16-digit
# values pass 2**53 and must not go through a double.
for text in ("9707731770755849", "-9707731770755849", "+9999999999999999", "9007199254740993",
             "999999999999999", "-999999999999999", "1234567890123456", "12345678901234567",
             "0000000000000001", "9007199254740992"):
    v = int(text)
    print(text, v, v % 10, v == int(text + "0") // 10)
print(int("9007199254740993") - 9007199254740992)
