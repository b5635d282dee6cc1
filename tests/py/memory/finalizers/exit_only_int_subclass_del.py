# At exit the only observer of the teardown is an int subclass instance with __del__.
class Noisy(int):
    def __del__(self):
        print("noisy", int(self))
keep = [Noisy(3)]
print("end")
