import io

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c", final=True)), repr(d.newlines))
print(d.getstate())
d.reset()
print(repr(d.newlines), d.getstate())
d2 = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d2.decode("x\r\ny\rz\n", final=True)), d2.newlines)
d3 = io.IncrementalNewlineDecoder(None, True)
print(repr(d3.decode("end\r")), d3.getstate())
d3.setstate((b"", 0))
print(repr(d3.decode("", final=True)))
