# An unbound super subclass stored on a class binds through __get__ by calling its own type
class A:
    def meth(self, a):
        return "A(%r)" % a


class mysuper(super):
    def __init__(self, *args):
        print("mysuper init", len(args))
        return super(mysuper, self).__init__(*args)


class E(A):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)


class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)


F._F__super = mysuper(F)
print(F().meth(6))
print(type(F.__dict__["_F__super"].__get__(F(), F)).__name__)
print(F.__dict__["_F__super"].__get__(None, F) is F.__dict__["_F__super"])
