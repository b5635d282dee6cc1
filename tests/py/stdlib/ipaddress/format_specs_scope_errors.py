import ipaddress
a = ipaddress.IPv4Address('192.168.1.1'); b = ipaddress.IPv6Address('2001:db8::1')
for spec in ['', 's', 'b', 'x', 'X', 'n', '#b', '_b', '#_x', '#X', '>20', '<20s', '^20', '_n', '#n']:
    for x in (a, b):
        try:
            print(repr(spec), repr(format(x, spec)))
        except (TypeError, ValueError) as e:
            print(repr(spec), type(e).__name__, e)
for s in ['::1%', '::1%scope%', '1::2::3', '12345::', '::1.2.3.999', '1:2']:
    try:
        ipaddress.IPv6Address(s)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['1.2.3.04', '1.2.3.256', '1.2..3', '']:
    try:
        ipaddress.IPv4Address(s)
    except ValueError as e:
        print(type(e).__name__, e)
