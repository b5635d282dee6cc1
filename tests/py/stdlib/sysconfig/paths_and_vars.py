# sysconfig: scheme names, path templates, expansion with given variables, the common
# configuration variables (only what does not depend on where Python is installed is printed
# as is; install locations are printed relative to the prefix).
import io
import os
import sys
import sysconfig

print(sysconfig.get_python_version())
print(sysconfig.get_platform())
print(sorted(sysconfig.__all__))
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print(sysconfig.get_default_scheme())
print([sysconfig.get_preferred_scheme(k) for k in ("prefix", "home", "user")])
try:
    sysconfig.get_preferred_scheme("nope")
except KeyError as e:
    print("KeyError", e)
for name in sysconfig.get_scheme_names():
    print(name, sysconfig.get_paths(name, expand=False))
print(sysconfig.get_path("purelib", "posix_user", expand=False))

fixed = {
    "base": "/b", "platbase": "/pb", "installed_base": "/ib", "installed_platbase": "/ipb",
    "userbase": "/u", "platlibdir": "lib64", "py_version_short": "3.11", "abiflags": "",
    "py_version_nodot_plat": "",
}
for name in sysconfig.get_scheme_names():
    print(name, sorted(sysconfig.get_paths(name, vars=dict(fixed)).items()))
print(sysconfig.get_path("scripts", "posix_prefix", vars={"base": "/a/./b/../c"}))
for bad in ("nope",):
    try:
        sysconfig.get_paths(bad)
    except KeyError as e:
        print("KeyError", e)
    try:
        sysconfig.get_path(bad)
    except KeyError as e:
        print("KeyError", e)

for key in ("EXT_SUFFIX", "SOABI", "py_version_short", "py_version_nodot", "VERSION",
            "SHLIB_SUFFIX", "EXE", "MULTIARCH", "MACHDEP", "abiflags", "ABIFLAGS", "platlibdir",
            "Py_DEBUG", "Py_ENABLE_SHARED", "WITH_DOC_STRINGS", "SIZEOF_VOID_P", "SIZEOF_LONG",
            "SIZEOF_INT", "SIZEOF_SIZE_T", "SIZEOF_WCHAR_T", "HOST_GNU_TYPE", "LDVERSION",
            "LIBRARY", "LDLIBRARY", "CC", "CCSHARED", "SO", "py_version_nodot_plat", "nope"):
    print(key, repr(sysconfig.get_config_var(key)))
print(sysconfig.get_config_var("py_version") == "%d.%d.%d" % sys.version_info[:3])
print(sysconfig.get_config_vars("VERSION", "nope", "SOABI"))
cv = sysconfig.get_config_vars()
print(type(cv).__name__, cv is sysconfig.get_config_vars(), len(cv) > 20)

prefix = sysconfig.get_config_var("prefix")
exec_prefix = sysconfig.get_config_var("exec_prefix")
print(prefix == os.path.normpath(sys.prefix), exec_prefix == os.path.normpath(sys.exec_prefix))
print(sysconfig.get_config_var("base") == prefix, sysconfig.get_config_var("platbase") == exec_prefix)


def rel(path):
    for root, tag in ((prefix, "<prefix>"), (exec_prefix, "<exec_prefix>")):
        if path == root or path.startswith(root + "/"):
            return tag + path[len(root):]
    return path


for key in ("LIBDIR", "BINDIR", "LIBDEST", "BINLIBDEST", "LIBPL", "INCLUDEPY", "CONFINCLUDEPY",
            "srcdir"):
    print(key, rel(sysconfig.get_config_var(key)))
for name, path in sorted(sysconfig.get_paths().items()):
    print(name, rel(path))
print(rel(sysconfig.get_config_h_filename()))
print(rel(sysconfig.get_makefile_filename()))
print(os.path.dirname(sysconfig.get_makefile_filename()) == sysconfig.get_config_var("srcdir"))
ub = sysconfig.get_config_var("userbase")
print(ub == os.environ.get("PYTHONUSERBASE") or ub == os.path.expanduser("~/.local"))
print(sysconfig.get_path("purelib", "posix_user") == ub + "/lib/python3.11/site-packages")
print(sysconfig.is_python_build())

header = io.StringIO(
    "/* pyconfig.h */\n"
    "#define HAVE_FORK 1\n"
    "#define SIZEOF_LONG 8\n"
    "#define PY_FORMAT_SIZE_T \"z\"\n"
    "#define Py_NAME name value\n"
    "/* #undef HAVE_NOTHING */\n"
    "#define lower_case 1\n"
    "#define NOVALUE\n"
    "  #define INDENTED 3\n"
)
print(sorted(sysconfig.parse_config_h(header).items()))
into = {"KEPT": 1}
result = sysconfig.parse_config_h(io.StringIO("#define XX 0x10\n#define YY 017\n#define ZZ -3\n#define MULTIARCH 12\n#define MACOSX_DEPLOYMENT_TARGET 10\n"), into)
print(result is into, sorted(into.items()))
