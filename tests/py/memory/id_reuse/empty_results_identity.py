# Which operations return the empty singletons (b"", "", ()) and which make a new empty object:
# CPython's bytes repetition makes a new b"" unless the size is unchanged.
import sys
def rt(v): return v
e = b''
n0, neg = rt(0), rt(-5)
b = rt(b'x')
print(b * n0 is e, b * neg is e, e * rt(3) is e, rt(b'') * n0 is e)
s = ''
st = rt('ab')
print(st * n0 is s, st * neg is s, rt('') * rt(4) is s)
t = rt((1,))
et = rt(())
print(t * n0 is et, t * neg is et)
print(b[5:] is e, b[0:0] is e, st[3:] is s, bytes(rt(0)) is e, bytes(rt([])) is e)
print(b.replace(b'x', b'') is e, st.replace('ab', '') is s, b.strip(b'x') is e, st.strip('ab') is s)
print(b''.join([]) is e, ''.join([]) is s, b.split(b'x')[0] is e, st.partition('ab')[0] is s)
print(sys.getsizeof(b * neg), sys.getsizeof(b * n0))
print(b.lower() is b, bytes(b) is b, b[:] is b, b * rt(1) is b, b + e is b, e + b is b)
print(st.lower() is st, str(st) is st, st[:] is st, st * rt(1) is st, st + s is st, s + st is st)
