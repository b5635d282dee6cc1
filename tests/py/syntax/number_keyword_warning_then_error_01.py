y = 1if 1 else 2
x = (1 2)
z = 0x1for
