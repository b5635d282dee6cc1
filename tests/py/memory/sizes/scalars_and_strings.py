# sys.getsizeof of str kinds, ints around digit boundaries, floats, complex and bytes.
import sys
gs = sys.getsizeof
s = "héllo"; print(gs(s)); s.encode("utf-8"); print(gs(s))
s = "hello"; print(gs(s)); s.encode("utf-8"); print(gs(s))
s = "āb"; print(gs(s)); s.encode(); print(gs(s))
s = "𝄞b"; print(gs(s)); s.encode(); print(gs(s))
s = "ab"+"é"; print(gs(s)); 
import os
print(gs(str(12345)), gs(repr(1.5)), gs(f"{1}{2}"), gs("%d" % 5), gs("abc".upper()), gs("ÉTÉ".lower()), gs(chr(300)), gs(chr(70000)), gs("a"*100), gs("é"*100), gs("ā"*100), gs("𝄞"*100))
print([gs(x) for x in (1.0, 1j, 2**30, -(2**30), 2**30-1, 10**100, True, int("5"*40), -1, 0)])
print(gs(b"x"*100), gs(bytes(range(5))), gs(b"abc".hex()), gs(bytes.fromhex("ab")))
