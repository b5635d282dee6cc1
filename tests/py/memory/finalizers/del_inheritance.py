# __del__ is inherited and can chain to the base with super().
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()


class Quiet(Base):
    pass


Child()
Quiet()
print("end")
