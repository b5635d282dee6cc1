import array, sys
a = array.array('i')
print(sys.getsizeof(a), a.__sizeof__(), array.typecodes, array.ArrayType is array.array)
sizes = []
for i in range(40):
    sizes.append(a.buffer_info()[1] and sys.getsizeof(a))
    a.append(i)
print([sys.getsizeof(array.array('i', range(n))) for n in range(12)])
a = array.array('b')
out = []
for i in range(100):
    a.append(1); out.append(sys.getsizeof(a) - 80)
print(out)
print(sys.getsizeof(array.array('d', [1.0]*10)), sys.getsizeof(array.array('u', 'abc')), sys.getsizeof(array.array('b', b'abc')))
a = array.array('b', range(50))
del a[10:]
print(sys.getsizeof(a))
a = array.array('b', range(50)); a.pop(); print(sys.getsizeof(a))
for _ in range(20): a.pop()
print(sys.getsizeof(a))
a = array.array('h', (i for i in range(10))); print(sys.getsizeof(a))
a = array.array('h', [1,2]); a.extend([3,4,5]); print(sys.getsizeof(a))
a = array.array('h', [1,2]); a.extend(array.array('h',[3,4,5])); print(sys.getsizeof(a))
a = array.array('h', [1,2]); a.frombytes(b'abcd'); print(sys.getsizeof(a))
a = array.array('h', [1,2]); a += array.array('h',[5]); print(sys.getsizeof(a))
a = array.array('h', [1,2]) * 3; print(sys.getsizeof(a))
a = array.array('h', [1,2]); a *= 3; print(sys.getsizeof(a))
a = array.array('h', [1,2]); a.insert(0, 5); print(sys.getsizeof(a))
a = array.array('h', range(10)); a[2:5] = array.array('h'); print(sys.getsizeof(a))
a = array.array('h', range(10)); a[2:5] = array.array('h', range(10)); print(sys.getsizeof(a))
a = array.array('h', range(10)); print(sys.getsizeof(a[1:3]), sys.getsizeof(a + a))
print(array.array('i', [1,2]), array.array('u', 'hi'), array.array('d'), array.array('f', [1.5, 0.1]), repr(array.array('b')))
