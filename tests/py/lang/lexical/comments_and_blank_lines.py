# leading comment

def f():  # comment after def
    # comment inside

    return 1  # trailing



print(f())  # the end
x = [1,  # one
     2]  # two
print(x)
