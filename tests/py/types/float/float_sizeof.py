# sys.getsizeof of floats and float subclasses.
import sys
print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("nan")), (1.5).__sizeof__())
class F(float):
    pass
class G(float):
    __slots__ = ()
print(sys.getsizeof(F(1.0)), sys.getsizeof(G(2.0)), F(1.0).__sizeof__(), G(2.0).__sizeof__())
