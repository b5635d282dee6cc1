"""platform: facts about the machine and the interpreter, as CPython 3.11 reports them on Linux.

heapstack emulates CPython, so python_implementation() says 'CPython'. Everything about the
machine comes from os.uname() and from files (/proc/self/maps, ELF headers, os-release);
there is no subprocess, so processor() is '' (what `uname -p` prints as 'unknown' on most
distributions) and architecture() reads ELF headers where CPython runs `file`.
"""

import collections
import os
import re
import sys

__version__ = "1.0.8"


def _clean_platform_string(*parts):
    # One filename-safe token: non-empty parts joined by '-', awkward characters made '-'
    # or '_', 'unknown' dropped, runs of '-' folded and trailing ones removed.
    text = "-".join(part.strip() for part in parts if len(part))
    text = text.replace(" ", "_")
    for awkward in "/\\:;\"()":
        text = text.replace(awkward, "-")
    text = text.replace("unknown", "")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def _mapped_glibc_version():
    # CPython asks confstr(CS_GNU_LIBC_VERSION); the C library this process has mapped says
    # the same thing in its banner ("... release version 2.36.").
    with open("/proc/self/maps") as maps:
        paths = [line.split()[-1] for line in maps if "/libc.so" in line or "/libc-" in line]
    if not paths:
        return None
    with open(paths[0], "rb") as library:
        image = library.read()
    found = re.search(rb"GNU C Library [^\n]*release version (\d+\.\d+)", image)
    return found.group(1).decode("ascii") if found else None


def _version_key(version):
    return [int(piece) if piece.isdigit() else -1 for piece in version.split(".")]


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library, version) of the C library: the running one, or the newest GLIBC symbol
    version that executable's binary refers to."""
    if not executable:
        try:
            running = _mapped_glibc_version()
        except OSError:
            running = None
        if running:
            return "glibc", running
        executable = sys.executable
        if not executable:
            return lib, version
    with open(os.path.realpath(executable), "rb") as binary:
        image = binary.read()
    for found in re.finditer(rb"GLIBC_([0-9.]+)", image):
        candidate = found.group(1).decode("latin1")
        if lib != "glibc":
            lib, version = "glibc", candidate
        elif _version_key(candidate) > _version_key(version):
            version = candidate
    if lib != "glibc" and b"__libc_init" in image:
        lib = "libc"
    return lib, version


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of an executable, e.g. ('64bit', 'ELF')."""
    if not bits:
        bits = str(sys.maxsize.bit_length() + 1) + "bit"
    try:
        with open(executable, "rb") as binary:
            header = binary.read(18)
    except (OSError, TypeError, ValueError):
        return bits, linkage
    # ELF: class byte 1/2 for 32/64 bits; e_type 2 (executable) or 3 (shared object).
    if len(header) < 18 or header[:4] != b"\x7fELF":
        return bits, linkage
    object_type = header[16] | header[17] << 8 if header[5] == 1 else header[17] | header[16] << 8
    if object_type not in (2, 3):
        return bits, linkage
    if header[4] == 1:
        bits = "32bit"
    elif header[4] == 2:
        bits = "64bit"
    return bits, "ELF"


class uname_result(
    collections.namedtuple("uname_result_base", "system node release version machine")
):
    """os.uname()'s fields plus processor, which is filled in lazily."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        return ""

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields) - 1} arguments, got {len(result)}")
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor) of this machine."""
    global _uname_cache
    if _uname_cache is None:
        facts = os.uname()
        fields = [
            facts.sysname,
            facts.nodename,
            facts.release,
            facts.version,
            facts.machine,
        ]
        _uname_cache = uname_result(*["" if value == "unknown" else value for value in fields])
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    """(system, release, version) under marketing names (SunOS 5 is Solaris 2...)."""
    if system == "SunOS":
        if release < "5":
            return system, release, version
        # The marketing release is the SunOS release minus 3 (SunOS 5.8 is Solaris 2.8).
        pieces = release.split(".")
        try:
            pieces[0] = str(int(pieces[0]) - 3)
        except ValueError:
            pass
        else:
            release = ".".join(pieces)
        system = "Solaris"
    elif system in ("win32", "win16"):
        system = "Windows"
    return system, release, version


_platform_cache = {}


def platform(aliased=0, terse=0):
    """A one-line, filename-safe description such as 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    system_name, _, release_name, version_text, machine_name, processor_name = uname()
    if machine_name == processor_name:
        processor_name = ""
    if aliased:
        system_name, release_name, version_text = system_alias(
            system_name, release_name, version_text
        )
    if system_name == "Linux":
        library, library_version = libc_ver()
        text = _clean_platform_string(
            system_name, release_name, machine_name, processor_name, "with", library + library_version
        )
    elif terse:
        text = _clean_platform_string(system_name, release_name)
    else:
        bits, linkage = architecture(sys.executable)
        text = _clean_platform_string(
            system_name, release_name, machine_name, processor_name, bits, linkage
        )
    _platform_cache[key] = text
    return text


def python_implementation():
    # heapstack emulates CPython 3.11 and says so, as sys.implementation.name does.
    return "CPython"


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def _version_banner():
    # sys.version is "3.11.7 (buildno, builddate, buildtime) [compiler]".
    found = re.match(r"[\w.+]+\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*\[([^\]]+)\]?", sys.version)
    if found is None:
        raise ValueError("failed to parse CPython sys.version: %r" % sys.version)
    return found.groups()


def python_build():
    build_number, build_date, build_time, _ = _version_banner()
    if build_time:
        build_date = build_date + " " + build_time
    return build_number, build_date


def python_compiler():
    return _version_banner()[3]


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


_os_release_candidates = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None
_os_release_assignment = re.compile(
    "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$"
)
_os_release_escape = re.compile(r"\\([\\$\"'`])")


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        found = _os_release_assignment.match(line)
        if found is not None:
            info[found.group("name")] = _os_release_escape.sub(r"\1", found.group("value"))
    return info


def freedesktop_os_release():
    """The key=value pairs of /etc/os-release (or /usr/lib/os-release), as a dict copy."""
    global _os_release_cache
    if _os_release_cache is None:
        failure = None
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding="utf-8") as release_file:
                    _os_release_cache = _parse_os_release(release_file)
                break
            except OSError as exc:
                failure = exc.errno
        else:
            raise OSError(
                failure, f"Unable to read files {', '.join(_os_release_candidates)}"
            )
    return _os_release_cache.copy()


if __name__ == "__main__":
    # python -m platform [terse] [nonaliased]: the aliased, verbose string by default.
    terse = "terse" in sys.argv or "--terse" in sys.argv
    aliased = "nonaliased" not in sys.argv and "--nonaliased" not in sys.argv
    print(platform(aliased, terse))
    sys.exit(0)
