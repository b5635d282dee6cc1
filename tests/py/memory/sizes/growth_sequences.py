# sys.getsizeof through growth and shrink sequences: bytearray, deque, array, set, dict, list.
import sys, collections, array
gs = sys.getsizeof
# bytearray growth
b = bytearray(); out=[]
for i in range(70): b.append(i); out.append(gs(b))
print("ba_append", out)
b = bytearray(); out=[]
for i in range(30): b.extend(b"xyz"); out.append(gs(b))
print("ba_extend", out)
b = bytearray(); out=[]
for i in range(30): b += b"ab"; out.append(gs(b))
print("ba_iadd", out)
out=[]
while len(b) > 0: del b[:5]; out.append(gs(b))
print("ba_del", out)
b = bytearray(b"x"*100); out=[]
while len(b) > 0: del b[-7:]; out.append(gs(b))
print("ba_del_tail", out)
b = bytearray(b"x"*100); out=[]
while len(b) > 0: b.pop(); out.append(gs(b)) if len(b)%9==0 else None
print("ba_pop", out)
print("ba_mul", [gs(bytearray(b"ab")*i) for i in range(10)], gs(bytearray(range(10))), gs(bytearray(10)), gs(bytearray(b"abc")*3))
b = bytearray(b"abc"); b *= 5; print("ba_imul", gs(b))
b = bytearray(b"abcdef"); b[1:3] = b"xxxxxxxxxx"; print("ba_slice_grow", gs(b))
b[0:8] = b""; print("ba_slice_shrink", gs(b))
b = bytearray(b"abc"); b.insert(0, 1); print("ba_insert", gs(b))
b = bytearray(b"x"*50); b.clear(); print("ba_clear", gs(b))
print("ba_fromhex", gs(bytearray.fromhex("aabbcc")), gs(bytearray(b"abc").copy()), gs(bytearray(b"a")+bytearray(b"b")))
# deque
d = collections.deque(); out=[]
for i in range(200): d.append(i); out.append(gs(d))
print("deque_append", sorted(set(out)))
d = collections.deque(); out=[]
for i in range(200): d.appendleft(i); out.append(gs(d))
print("deque_appendleft", sorted(set(out)))
out=[]
while d: d.pop(); out.append(gs(d))
print("deque_pop", sorted(set(out)))
print("deque_maxlen", gs(collections.deque(maxlen=3)), gs(collections.deque(range(100))), gs(collections.deque(range(64))), gs(collections.deque(range(63))))
# array
for tc in "bBhHiIlLqQfd":
    a = array.array(tc); out=[]
    for i in range(40): a.append(1); out.append(gs(a))
    print("array", tc, out)
a = array.array('i', range(10)); print("array_init", gs(a), gs(array.array('d', [1.0]*7)), gs(array.array('b', b"abcd")), gs(array.array('u', "abc")))
a.extend(range(20)); print("array_extend", gs(a)); a *= 3; print(gs(a)); del a[5:]; print(gs(a)); a.frombytes(b"\0"*40); print(gs(a))
a = array.array('i', range(100)); 
while len(a): a.pop(); 
print("array_pop_empty", gs(a))
# set growth
s = set(); out=[]
for i in range(200): s.add(i); out.append(gs(s))
print("set_add", sorted(set(out)))
for i in range(200): s.discard(i)
print("set_discard_all", gs(s)); s.clear(); print("set_clear", gs(s))
s = set(); s.update(range(5)); print("set_update5", gs(s)); s.update(range(50)); print(gs(s)); s.update(range(500)); print(gs(s))
print("set_from", [gs(set(range(n))) for n in (0,1,4,5,8,9,18,19,20,40,77,78,100,1000)])
print("frozenset_from", [gs(frozenset(range(n))) for n in (0,1,4,5,8,9,18,19,20,40,77,78,100,1000)])
print("set_ops", gs({1,2}|{3,4,5,6}), gs({1,2,3,4,5,6}&{1,2}), gs({1,2,3}-{1}), gs({1,2}^{2,3}), gs(set("abcdefghij")), gs(set([1]*100)))
s = set(range(100)); print("set_copy", gs(s.copy()), gs(frozenset(s)), gs(set(frozenset(range(10)))))
print("set_comp", gs({i for i in range(10)}), gs({i for i in range(100)}))
# dict
d = {}; out=[]
for i in range(200): d[i]=i; out.append(gs(d))
print("dict_grow", sorted(set(out)))
out=[]
for i in range(200): d.pop(i); out.append(gs(d))
print("dict_pop", sorted(set(out)))
d = dict.fromkeys(range(100)); out=[]
while d: d.popitem(); out.append(gs(d))
print("dict_popitem", sorted(set(out)))
d = dict.fromkeys(range(100)); d.clear(); print("dict_clear", gs(d))
print("dict_fromkeys", [gs(dict.fromkeys(range(n))) for n in (0,1,5,6,10,11,20,21,22,43,44,100,1000)])
print("dict_comp", [gs({i:i for i in range(n)}) for n in (0,1,5,6,10,11,20,21,22,43,44,100)])
print("dict_copy", [gs(dict.fromkeys(range(n)).copy()) for n in (0,1,5,6,10,11,20,21,22,43,44,100)])
d = dict.fromkeys(range(100)); 
for i in range(90): del d[i]
print("dict_del_copy", gs(d), gs(d.copy()), gs(dict(d)), gs({**d}))
print("dict_strkeys", [gs(dict.fromkeys("abcdefghijklmnopqrstuvwxyz"[:n])) for n in (0,1,5,6,10,11,20,21,22)])
print("dict_kw", gs(dict(a=1)), gs(dict(a=1,b=2,c=3,d=4,e=5,f=6)), gs(dict([(1,2),(3,4)])), gs(dict(zip(range(30),range(30)))))
d1={1:1}; d1.update({i:i for i in range(50)}); print("dict_update", gs(d1)); d1 |= {i:i for i in range(100,200)}; print(gs(d1))
print("dict_or", gs({1:1}|{2:2}), gs(dict.fromkeys(range(30))|{}))
d = {}; d.setdefault(1, []); print("setdefault", gs(d))
# list
l = []; out=[]
for i in range(100): l.append(i); out.append(gs(l))
print("list_append", sorted(set(out)))
out=[]
while l: l.pop(); out.append(gs(l))
print("list_pop", out)
print("list_mul", [gs([0]*n) for n in range(10)], gs([1,2]*5))
l=[1,2,3]; l*=4; print("list_imul", gs(l))
print("list_iter", [gs(list(range(n))) for n in range(10)], gs(list(iter(range(10)))), gs(list(x for x in range(10))), gs(list({1:2,3:4})), gs(list("abcde")), gs(list((1,2,3))), gs(list(map(int, "123"))))
print("list_comp", [gs([x for x in range(n)]) for n in range(12)])
l = list(range(10)); l.sort(); print("sort", gs(l)); l.reverse(); print("rev", gs(l)); print(gs(sorted(range(10))), gs(sorted(range(10), reverse=True)), gs(sorted((3,1,2))))
l = list(range(10)); l[2:5] = range(20); print("slice_assign", gs(l)); l[:] = []; print(gs(l)); l[:]=range(3); print(gs(l))
l = list(range(20)); del l[5:]; print("del_slice", gs(l)); del l[:]; print(gs(l))
l=[1]; l.extend(range(10)); print("extend", gs(l)); l.extend((1,2)); print(gs(l)); l += [1]*20; print(gs(l))
l=[]; l.insert(0,1); print("insert", gs(l)); print(gs(l[:]), gs(l+l), gs(list(range(10))[::2]), gs(list(range(10))[2:5]), gs(list(range(10)).copy()))
print("split", gs("a b c d e".split()), gs("a,b".split(",")), gs(list("abc".encode())), gs([*range(5)]), gs([1,*range(5)]))
print("tuple", [gs(tuple(range(n))) for n in range(5)], gs(tuple(x for x in range(10))), gs(tuple([1,2]*3)))
