# Assigning __del__ to the class after instances exist still makes them finalizable;
# deleting it stops finalization.
class Late:
    pass


a = Late()
Late.__del__ = lambda self: print("late __del__")
del a
print("after first")
del Late.__del__
b = Late()
del b
print("end")
