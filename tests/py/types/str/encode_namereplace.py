# The 'namereplace' error handler works without importing codecs (CPython's is built in): \N{NAME}
# for characters with a name, backslash escapes for the rest; decoding with it is a TypeError.
print('a\u20ac\U0001f600\x80\udc80'.encode('ascii', 'namereplace'))
try:
    b'\xff'.decode('ascii', 'namereplace')
except Exception as e:
    print(type(e).__name__, e)
print('\u20ac'.encode('utf-8', 'namereplace'), '\ud800x'.encode('utf-8', 'namereplace'))
print('\u20acx'.encode('latin-1', 'namereplace'), '\u20ac'.encode('cp437', 'namereplace'))
print('\uac00\u4e00\U00020000\u0378'.encode('ascii', 'namereplace'))
print('caf\xe9 \u2014 \u00bd'.encode('ascii', errors='namereplace').decode())
import codecs
print(codecs.encode('\u2603', 'ascii', 'namereplace'), '\u2603'.encode('cp1252', 'namereplace'))
print(codecs.lookup_error('namereplace')('\u2603'.encode('ascii', 'namereplace') and UnicodeEncodeError('ascii', '\u2603', 0, 1, 'x')))
codecs.register_error('namereplace', lambda e: ('<%d>' % ord(e.object[e.start]), e.end))
print('\u2603x\u20ac'.encode('ascii', 'namereplace'), '\u20ac'.encode('latin-1', 'namereplace'))
