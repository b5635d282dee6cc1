import ipaddress, traceback
for fn, arg in [(ipaddress.ip_address, "x"), (ipaddress.ip_network, "10.0.0.1/24"), (ipaddress.ip_network, "nope"), (ipaddress.ip_interface, "1.2.3.4/99"), (ipaddress.ip_address, 2**200)]:
    try:
        print(fn(arg))
    except ValueError as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)], e.__context__)
print(ipaddress.ip_address("::1"), ipaddress.ip_network("10.0.0.0/8", strict=False), ipaddress.ip_interface("1.2.3.4/24"))
