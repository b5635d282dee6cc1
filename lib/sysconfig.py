"""sysconfig (heapstack): where this installation keeps its files, and the build settings a
CPython 3.11 built for x86_64 Linux reports.

There is no Makefile or pyconfig.h behind heapstack: the configuration variables are the common
ones (EXT_SUFFIX, SOABI, LIBDIR, CC, SIZEOF_*, ...) derived from sys, shaped as CPython's are on
Linux. Install paths expand the usual scheme templates with those variables."""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
    'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
    'get_scheme_names', 'parse_config_h',
]

_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_VERSION_NODOT = '%d%d' % sys.version_info[:2]
_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = _VERSION_SHORT
_PY_VERSION_SHORT_NO_DOT = _VERSION_NODOT
_PREFIX = os.path.normpath(sys.prefix)
_BASE_PREFIX = os.path.normpath(sys.base_prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_BASE_EXEC_PREFIX = os.path.normpath(sys.base_exec_prefix)
_PROJECT_BASE = os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd()
_PYTHON_BUILD = False
_MULTIARCH = getattr(sys.implementation, '_multiarch', 'x86_64-linux-gnu')


def _scheme(lib, include, scripts, stdlib=None, platstdlib=None, purelib=None, platlib=None,
            platinclude=True, base='{base}'):
    # One install scheme: the templates for the seven (or eight) path names.
    paths = {
        'stdlib': stdlib,
        'platstdlib': platstdlib,
        'purelib': purelib if purelib is not None else lib,
        'platlib': platlib if platlib is not None else lib,
        'include': include,
    }
    if platinclude:
        paths['platinclude'] = include if platinclude is True else platinclude
    paths['scripts'] = scripts
    paths['data'] = base
    return paths


_POSIX_STDLIB = '{installed_base}/{platlibdir}/python{py_version_short}'
_POSIX_INCLUDE = '{installed_base}/include/python{py_version_short}{abiflags}'
_POSIX_PLATINCLUDE = '{installed_platbase}/include/python{py_version_short}{abiflags}'


def _posix_layout(stdlib_base, platstdlib_base, include, platinclude):
    return _scheme(
        stdlib=stdlib_base + '/{platlibdir}/python{py_version_short}',
        platstdlib='{platbase}/{platlibdir}/python{py_version_short}',
        purelib='{base}/lib/python{py_version_short}/site-packages',
        platlib='{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        lib=None, include=include, platinclude=platinclude, scripts='{base}/bin')


def _windows_layout(include):
    return _scheme(
        stdlib='{installed_base}/Lib', platstdlib='{base}/Lib', lib='{base}/Lib/site-packages',
        include=include, platinclude=include, scripts='{base}/Scripts')


_INSTALL_SCHEMES = {
    'posix_prefix': _posix_layout('{installed_base}', '{platbase}', _POSIX_INCLUDE,
                                  _POSIX_PLATINCLUDE),
    'posix_home': _scheme(
        stdlib='{installed_base}/lib/python', platstdlib='{base}/lib/python',
        lib='{base}/lib/python', include='{installed_base}/include/python',
        scripts='{base}/bin'),
    'nt': _windows_layout('{installed_base}/Include'),
    'posix_venv': _posix_layout('{installed_base}', '{platbase}', _POSIX_INCLUDE,
                                _POSIX_PLATINCLUDE),
    'nt_venv': _windows_layout('{installed_base}/Include'),
    'posix_user': _scheme(
        stdlib='{userbase}/{platlibdir}/python{py_version_short}',
        platstdlib='{userbase}/{platlibdir}/python{py_version_short}',
        purelib='{userbase}/lib/python{py_version_short}/site-packages',
        platlib='{userbase}/lib/python{py_version_short}/site-packages',
        lib=None, include='{userbase}/include/python{py_version_short}',
        platinclude=False, scripts='{userbase}/bin', base='{userbase}'),
    'nt_user': _scheme(
        stdlib='{userbase}/Python{py_version_nodot_plat}',
        platstdlib='{userbase}/Python{py_version_nodot_plat}',
        lib='{userbase}/Python{py_version_nodot_plat}/site-packages',
        include='{userbase}/Python{py_version_nodot_plat}/Include',
        platinclude=False, scripts='{userbase}/Python{py_version_nodot_plat}/Scripts',
        base='{userbase}'),
    'osx_framework_user': _scheme(
        stdlib='{userbase}/lib/python', platstdlib='{userbase}/lib/python',
        lib='{userbase}/lib/python/site-packages', include='{userbase}/include/python{py_version_short}',
        platinclude=False, scripts='{userbase}/bin', base='{userbase}'),
}
# the running platform's venv layout, under its plain name
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def _getuserbase():
    from_env = os.environ.get('PYTHONUSERBASE')
    if from_env:
        return from_env
    return os.path.expanduser(os.path.join('~', '.local'))


_HAS_USER_BASE = True


def is_python_build(check_home=None):
    """Whether this interpreter runs from a CPython source tree (never, here)."""
    return False


def get_path_names():
    """The names of the installation paths, as a tuple."""
    return _SCHEME_KEYS


def get_scheme_names():
    """The installation scheme names, sorted, as a tuple."""
    return tuple(sorted(_INSTALL_SCHEMES))


def _get_preferred_schemes():
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}


def get_preferred_scheme(key):
    """The scheme for a 'prefix', 'home' or 'user' installation."""
    if key == 'prefix' and sys.prefix != sys.base_prefix:
        return 'venv'
    name = _get_preferred_schemes()[key]
    if name not in _INSTALL_SCHEMES:
        raise ValueError(f"{key!r} returned {name!r}, which is not a valid scheme on this platform")
    return name


def get_default_scheme():
    """The scheme of this installation ('posix_prefix', or 'venv' inside one)."""
    return get_preferred_scheme('prefix')


def _fill(template, names):
    # '{name}' fields from names, else from the environment; a missing one is an AttributeError
    try:
        return template.format(**names)
    except KeyError as missing:
        try:
            return template.format(**os.environ)
        except KeyError:
            raise AttributeError(f'{missing}') from None


def _subst_vars(s, local_vars):
    return _fill(s, local_vars)


def _expand_vars(scheme, vars):
    names = {} if vars is None else vars
    for key, value in get_config_vars().items():
        names.setdefault(key, value)
    out = {}
    for key, template in _INSTALL_SCHEMES[scheme].items():
        out[key] = os.path.normpath(_fill(os.path.expanduser(template), names))
    return out


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """A dict of the install paths of a scheme, expanded with the configuration variables
    (and `vars`) unless expand is false."""
    if not expand:
        return _INSTALL_SCHEMES[scheme]
    return _expand_vars(scheme, vars)


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    """One install path of a scheme (see get_paths)."""
    return get_paths(scheme, vars, expand)[name]


_CONFIG_VARS = None


def _build_config_vars():
    prefix = _PREFIX
    exec_prefix = _EXEC_PREFIX
    version = _VERSION_SHORT
    soabi = '%s-%s' % (sys.implementation.cache_tag, _MULTIARCH)
    libdir = exec_prefix + '/' + sys.platlibdir
    libdest = prefix + '/' + sys.platlibdir + '/python' + version
    binlibdest = exec_prefix + '/' + sys.platlibdir + '/python' + version
    libpl = libdest + '/config-' + version + '-' + _MULTIARCH
    include = prefix + '/include/python' + version
    cflags = '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall'
    ldshared = 'gcc -shared'
    v = {
        # the interpreter's own layout (CPython's get_config_vars() basics)
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'py_version': _PY_VERSION,
        'py_version_short': version,
        'py_version_nodot': _VERSION_NODOT,
        'installed_base': _BASE_PREFIX,
        'base': prefix,
        'installed_platbase': _BASE_EXEC_PREFIX,
        'platbase': exec_prefix,
        'projectbase': _PROJECT_BASE,
        'platlibdir': sys.platlibdir,
        'abiflags': getattr(sys, 'abiflags', ''),
        'py_version_nodot_plat': '',
        # what the Makefile of a Linux build says
        'ABIFLAGS': getattr(sys, 'abiflags', ''),
        'VERSION': version,
        'LDVERSION': version + getattr(sys, 'abiflags', ''),
        'SOABI': soabi,
        'EXT_SUFFIX': '.' + soabi + '.so',
        'SHLIB_SUFFIX': '.so',
        'EXE': '',
        'MULTIARCH': _MULTIARCH,
        'MACHDEP': 'linux',
        'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
        'BINDIR': exec_prefix + '/bin',
        'LIBDIR': libdir,
        'LIBDEST': libdest,
        'BINLIBDEST': binlibdest,
        'DESTSHARED': binlibdest + '/lib-dynload',
        'LIBPL': libpl,
        'INCLUDEDIR': prefix + '/include',
        'INCLUDEPY': include,
        'CONFINCLUDEPY': include,
        'CONFINCLUDEDIR': exec_prefix + '/include',
        'LIBRARY': 'libpython' + version + '.a',
        'LDLIBRARY': 'libpython' + version + '.so',
        'INSTSONAME': 'libpython' + version + '.so.1.0',
        'Py_ENABLE_SHARED': 1,
        'Py_DEBUG': 0,
        'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 1,
        'CC': 'gcc',
        'CXX': 'g++',
        'AR': 'ar',
        'ARFLAGS': 'rcs',
        'CFLAGS': cflags,
        'OPT': '-DNDEBUG -g -fwrapv -O3 -Wall',
        'CCSHARED': '-fPIC',
        'LDSHARED': ldshared,
        'BLDSHARED': ldshared,
        'LDFLAGS': '',
        'LDCXXSHARED': 'g++ -shared',
        'CPPFLAGS': '',
        'LIBS': '-ldl',
        'SYSLIBS': '-lm',
        'LIBM': '-lm',
        'LIBC': '',
        'SIZEOF_VOID_P': 8,
        'SIZEOF_SIZE_T': 8,
        'SIZEOF_LONG': 8,
        'SIZEOF_LONG_LONG': 8,
        'SIZEOF_INT': 4,
        'SIZEOF_SHORT': 2,
        'SIZEOF_FLOAT': 4,
        'SIZEOF_DOUBLE': 8,
        'SIZEOF_LONG_DOUBLE': 16,
        'SIZEOF_WCHAR_T': 4,
        'SIZEOF_TIME_T': 8,
        'SIZEOF_OFF_T': 8,
        'SIZEOF_PID_T': 4,
        'SIZEOF_FPOS_T': 16,
        'SIZEOF_UINTPTR_T': 8,
        'SIZEOF__BOOL': 1,
        'ALIGNOF_LONG': 8,
        'ALIGNOF_SIZE_T': 8,
        'HAVE_FORK': 1,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'MACHDESTLIB': binlibdest,
        'SCRIPTDIR': prefix + '/lib',
        'DATAROOTDIR': prefix + '/share',
        'MANDIR': prefix + '/share/man',
    }
    if _HAS_USER_BASE:
        v['userbase'] = _getuserbase()
    v['srcdir'] = libpl
    return v


def get_config_vars(*args):
    """The configuration variables as a dict (the same one each time); given names, a list
    of their values (None for an unknown name)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _build_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable (None when unknown): get_config_vars().get(name)."""
    return get_config_vars().get(name)


def get_platform():
    """The platform tag of built distributions: 'linux-x86_64' here."""
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    forced = os.environ.get('_PYTHON_HOST_PLATFORM')
    if forced:
        return forced
    system, _node, _release, _version, machine = os.uname()
    system = system.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if system[:5] == 'linux':
        return f'{system}-{machine}'
    return f'{system}-{_release}-{machine}'


def get_python_version():
    """'3.11'."""
    return _VERSION_SHORT


def get_makefile_filename():
    """Where a CPython build's Makefile would be (no such file exists here)."""
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    """Where pyconfig.h would be (no such file exists here)."""
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Read a pyconfig.h-style file: '#define NAME value' lines give NAME (an int when the
    value is one), '/* #undef NAME */' lines give NAME = 0. Fills and returns vars."""
    import re
    found = {} if vars is None else vars
    defined = re.compile(r'#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undefined = re.compile(r'/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    text_only = {'MACOSX_DEPLOYMENT_TARGET'}
    for line in fp:
        m = defined.match(line)
        if m is not None:
            name, value = m.group(1), m.group(2)
            if name not in text_only:
                try:
                    value = int(value)
                except ValueError:
                    pass
            found[name] = value
            continue
        m = undefined.match(line)
        if m is not None:
            found[m.group(1)] = 0
    return found


def _print_section(title, mapping):
    print(f'{title}: ')
    for key, value in sorted(mapping.items()):
        print(f'\t{key} = "{value}"')


def _main():
    """python -m sysconfig: the platform, version, scheme, paths and variables."""
    if '--generate-posix-vars' in sys.argv:
        raise SystemExit('sysconfig: --generate-posix-vars is not supported by heapstack')
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_section('Paths', get_paths())
    print()
    _print_section('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
