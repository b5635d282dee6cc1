for s in ['abbbc', 'aaaa', 'abababa', 'xxyxxyxx']:
    for sep in ['bb', 'aa', 'aba', 'xx', 'y']:
        print(s, sep, s.rsplit(sep), s.rsplit(sep, 1), s.split(sep), s.encode().rsplit(sep.encode()), bytearray(s.encode()).rsplit(sep.encode(), 1), s.rpartition(sep), s.encode().rpartition(sep.encode()), s.rfind(sep), s.encode().rfind(sep.encode()), s.count(sep), s.encode().count(sep.encode()), s.replace(sep, '-'), s.encode().replace(sep.encode(), b'-'))
class BA(bytearray): pass
class B(bytes): pass
print(type(BA.fromhex('00ff')), type(B.fromhex('00')), BA.fromhex('41'), B.fromhex('4142'))
