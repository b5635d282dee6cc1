import ipaddress as ip
a = ip.ip_address("192.168.1.10"); b = ip.ip_address(3232235777)
print(a, repr(a), int(a), a.version, a.packed, a.is_private, a.is_global, a.reverse_pointer, a + 5, a - 10, a < b, b, a.exploded, a.compressed, a.max_prefixlen)
for s in ["10.0.0.1", "8.8.8.8", "127.0.0.1", "169.254.3.4", "224.0.0.1", "240.0.0.1", "0.0.0.0", "100.64.0.1", "172.20.1.1", "255.255.255.255"]:
    x = ip.ip_address(s); print(s, x.is_private, x.is_global, x.is_loopback, x.is_link_local, x.is_multicast, x.is_reserved, x.is_unspecified)
n = ip.ip_network("192.168.1.0/24")
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_netmask, n.with_hostmask, n.with_prefixlen, n[0], n[-1], n[5], a in n, ip.ip_address("10.0.0.1") in n)
print(list(ip.ip_network("10.0.0.0/30")), list(ip.ip_network("10.0.0.0/30").hosts()), list(ip.ip_network("10.0.0.0/31").hosts()), list(ip.ip_network("10.0.0.7/32").hosts()))
print(list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=26))[:2], n.supernet(), n.supernet(new_prefix=16), ip.ip_network("0.0.0.0/0").supernet())
print(n.overlaps(ip.ip_network("192.168.0.0/16")), n.subnet_of(ip.ip_network("192.168.0.0/16")), n.supernet_of(ip.ip_network("192.168.1.128/25")), list(ip.ip_network("10.0.0.0/24").address_exclude(ip.ip_network("10.0.0.64/26"))))
print(ip.ip_network("10.1.2.3/8", strict=False), ip.ip_network("10.0.0.0/255.255.0.0"), ip.ip_network("10.0.0.0/0.0.255.255"), ip.ip_network(("10.0.0.0", 8)), ip.IPv4Network(167772160))
i = ip.ip_interface("192.168.5.7/24"); print(i, repr(i), i.ip, i.network, i.netmask, i.with_prefixlen, i.with_netmask, i.hostmask)
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("9.0.0.1"), ip.ip_address("10.0.0.1")]), sorted([ip.ip_network("10.0.0.0/8"), ip.ip_network("10.0.0.0/16"), ip.ip_network("9.0.0.0/8")]))
print(list(ip.summarize_address_range(ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130"))), list(ip.collapse_addresses([ip.ip_network("192.0.2.0/25"), ip.ip_network("192.0.2.128/25"), ip.ip_address("192.0.3.0")])))
v6 = ip.ip_address("2001:db8::8a2e:370:7334")
print(v6, repr(v6), v6.exploded, v6.compressed, int(v6), v6.version, v6.is_private, v6.is_global, v6.reverse_pointer[:20], v6.packed[:4])
for s in ["::1", "::", "fe80::1", "ff02::1", "::ffff:192.0.2.1", "2001:0db8:0000:0000:0000:0000:0000:0001", "1:0:0:2:0:0:0:3", "0:0:1:0:0:0:0:0", "1:2:3:4:5:6:7:8", "2002:c000:204::1"]:
    x = ip.ip_address(s); print(s, x, x.exploded, x.is_loopback, x.is_link_local, x.is_multicast, x.is_private, x.ipv4_mapped, x.sixtofour)
n6 = ip.ip_network("2001:db8::/126"); print(n6, n6.num_addresses, list(n6), list(n6.hosts()), n6.exploded, n6.broadcast_address, list(ip.ip_network("2001:db8::/64").subnets(new_prefix=66)))
print(ip.ip_interface("2001:db8::1/64"), ip.ip_interface("2001:db8::1/64").network, f"{ip.ip_address('10.0.0.1'):b}", f"{ip.ip_address('10.0.0.1'):#x}", format(ip.ip_address("::1"), "x"))
for bad in ["256.1.1.1", "1.2.3", "1.2.3.a", "01.2.3.4", "", "1.2.3.4/24", "1:2:3", "1::2::3", "12345::", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "gggg::", "1.2.3.4.5", "x"]:
    try: ip.ip_address(bad)
    except ValueError as e: print(type(e).__name__, e)
for bad in [lambda: ip.IPv4Address("1.2.3.04"), lambda: ip.IPv6Address("1:2:3:4:5:6:7"), lambda: ip.ip_network("192.168.1.1/24"), lambda: ip.ip_network("10.0.0.0/33"), lambda: ip.IPv4Network("10.0.0.0/255.0.255.0"), lambda: ip.IPv4Address(2**32), lambda: ip.IPv4Address(-1), lambda: ip.ip_network("1.2.3.0/24/1"), lambda: ip.ip_address("1.1.1.1") < ip.ip_address("::1"), lambda: list(n.subnets(new_prefix=20)), lambda: n[300], lambda: ip.IPv4Address(b"\x01\x02")]:
    try: print(bad())
    except (ValueError, TypeError, IndexError) as e: print(type(e).__name__, e)
print(ip.ip_address("1.2.3.4") == ip.ip_address("1.2.3.4"), hash(ip.ip_address("1.2.3.4")) == hash(ip.ip_address("1.2.3.4")), {ip.ip_network("10.0.0.0/8"): 1}, ip.get_mixed_type_key(ip.ip_address("1.1.1.1")))
x = ip.ip_address("fe80::1%eth0"); print(x, x.scope_id, repr(x), x == ip.ip_address("fe80::1"))
try: x.exploded
except ValueError as e: print(type(e).__name__, e)
try: f"{ip.ip_address('1.2.3.4'):>12}"
except TypeError as e: print(e)
