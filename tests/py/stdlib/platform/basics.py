# platform's machine and interpreter facts agree with os.uname() and sys
import os
import platform
import sys

u = os.uname()
print(platform.system() == u.sysname, platform.node() == u.nodename, platform.release() == u.release)
print(platform.version() == u.version, platform.machine() == u.machine, repr(platform.processor()))
print(platform.system(), platform.machine())
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(repr(platform.python_branch()), repr(platform.python_revision()))
print(platform.architecture(), platform.architecture(sys.executable), platform.architecture("/nonexistent-%d" % os.getpid()))
print(platform.architecture(__file__), platform.architecture("/bin/sh", "32bit", "X"))
print(platform.architecture(bits="99bit", linkage="L", executable="/nonexistent"))
p = platform.platform()
print(p.startswith(u.sysname + "-"), u.machine in p, p == platform.platform(), p == platform.platform(terse=1) == platform.platform(aliased=1))
print(platform.libc_ver(), platform.libc_ver()[0], type(platform.libc_ver()[1]).__name__)
print(p.endswith("-with-" + "".join(platform.libc_ver())))
print(p == "-".join([u.sysname, u.release, u.machine, "with", "".join(platform.libc_ver())]).replace(" ", "_"))
r = platform.uname()
print(len(r), r[0] == u.sysname, r[-1], r.system == u.sysname, r.node == u.nodename, r._fields, type(r).__name__)
print(tuple(r)[:5] == tuple(u), list(r)[5], r.processor == platform.processor())
print(repr(r) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % tuple(u))
print(platform.system_alias("SunOS", "5.8", "v"), platform.system_alias("SunOS", "4.1", "v"), platform.system_alias("IRIX64", "6", ""), platform.system_alias("win32", "10", "x"), platform.system_alias("Linux", "6", "v"))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver(), platform.win32_edition(), platform.win32_is_iot())
print(type(platform.python_build()).__name__, len(platform.python_build()), type(platform.python_compiler()).__name__)
