"""mimetypes: guess a file's MIME type and encoding from its name (and the reverse).

The built-in tables are CPython 3.11's; init() adds the system's mime.types files
(knownfiles) that exist, as CPython does on Linux.
"""

import os
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
    "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
    "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# --- CPython 3.11's default tables (generated from python3's values) -------------------------

_suffix_map_default = {
    '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
}

_encodings_map_default = {
    '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br',
}

_types_map_default = {
    '.js': 'application/javascript', '.mjs': 'application/javascript',
    '.json': 'application/json', '.webmanifest': 'application/manifest+json',
    '.doc': 'application/msword', '.dot': 'application/msword', '.wiz': 'application/msword',
    '.nq': 'application/n-quads', '.nt': 'application/n-triples',
    '.bin': 'application/octet-stream', '.a': 'application/octet-stream',
    '.dll': 'application/octet-stream', '.exe': 'application/octet-stream',
    '.o': 'application/octet-stream', '.obj': 'application/octet-stream',
    '.so': 'application/octet-stream', '.oda': 'application/oda', '.pdf': 'application/pdf',
    '.p7c': 'application/pkcs7-mime', '.ps': 'application/postscript',
    '.ai': 'application/postscript', '.eps': 'application/postscript',
    '.trig': 'application/trig', '.m3u': 'application/vnd.apple.mpegurl',
    '.m3u8': 'application/vnd.apple.mpegurl', '.xls': 'application/vnd.ms-excel',
    '.xlb': 'application/vnd.ms-excel', '.ppt': 'application/vnd.ms-powerpoint',
    '.pot': 'application/vnd.ms-powerpoint', '.ppa': 'application/vnd.ms-powerpoint',
    '.pps': 'application/vnd.ms-powerpoint', '.pwz': 'application/vnd.ms-powerpoint',
    '.wasm': 'application/wasm', '.bcpio': 'application/x-bcpio', '.cpio': 'application/x-cpio',
    '.csh': 'application/x-csh', '.dvi': 'application/x-dvi', '.gtar': 'application/x-gtar',
    '.hdf': 'application/x-hdf', '.h5': 'application/x-hdf5', '.latex': 'application/x-latex',
    '.mif': 'application/x-mif', '.cdf': 'application/x-netcdf', '.nc': 'application/x-netcdf',
    '.p12': 'application/x-pkcs12', '.pfx': 'application/x-pkcs12',
    '.ram': 'application/x-pn-realaudio', '.pyc': 'application/x-python-code',
    '.pyo': 'application/x-python-code', '.sh': 'application/x-sh',
    '.shar': 'application/x-shar', '.swf': 'application/x-shockwave-flash',
    '.sv4cpio': 'application/x-sv4cpio', '.sv4crc': 'application/x-sv4crc',
    '.tar': 'application/x-tar', '.tcl': 'application/x-tcl', '.tex': 'application/x-tex',
    '.texi': 'application/x-texinfo', '.texinfo': 'application/x-texinfo',
    '.roff': 'application/x-troff', '.t': 'application/x-troff', '.tr': 'application/x-troff',
    '.man': 'application/x-troff-man', '.me': 'application/x-troff-me',
    '.ms': 'application/x-troff-ms', '.ustar': 'application/x-ustar',
    '.src': 'application/x-wais-source', '.xsl': 'application/xml', '.rdf': 'application/xml',
    '.wsdl': 'application/xml', '.xpdl': 'application/xml', '.zip': 'application/zip',
    '.3gp': 'audio/3gpp', '.3gpp': 'audio/3gpp', '.3g2': 'audio/3gpp2', '.3gpp2': 'audio/3gpp2',
    '.aac': 'audio/aac', '.adts': 'audio/aac', '.loas': 'audio/aac', '.ass': 'audio/aac',
    '.au': 'audio/basic', '.snd': 'audio/basic', '.mp3': 'audio/mpeg', '.mp2': 'audio/mpeg',
    '.opus': 'audio/opus', '.aif': 'audio/x-aiff', '.aifc': 'audio/x-aiff',
    '.aiff': 'audio/x-aiff', '.ra': 'audio/x-pn-realaudio', '.wav': 'audio/x-wav',
    '.avif': 'image/avif', '.bmp': 'image/bmp', '.gif': 'image/gif', '.ief': 'image/ief',
    '.jpg': 'image/jpeg', '.jpe': 'image/jpeg', '.jpeg': 'image/jpeg', '.heic': 'image/heic',
    '.heif': 'image/heif', '.png': 'image/png', '.svg': 'image/svg+xml', '.tiff': 'image/tiff',
    '.tif': 'image/tiff', '.ico': 'image/vnd.microsoft.icon', '.ras': 'image/x-cmu-raster',
    '.pnm': 'image/x-portable-anymap', '.pbm': 'image/x-portable-bitmap',
    '.pgm': 'image/x-portable-graymap', '.ppm': 'image/x-portable-pixmap',
    '.rgb': 'image/x-rgb', '.xbm': 'image/x-xbitmap', '.xpm': 'image/x-xpixmap',
    '.xwd': 'image/x-xwindowdump', '.eml': 'message/rfc822', '.mht': 'message/rfc822',
    '.mhtml': 'message/rfc822', '.nws': 'message/rfc822', '.css': 'text/css',
    '.csv': 'text/csv', '.html': 'text/html', '.htm': 'text/html', '.n3': 'text/n3',
    '.txt': 'text/plain', '.bat': 'text/plain', '.c': 'text/plain', '.h': 'text/plain',
    '.ksh': 'text/plain', '.pl': 'text/plain', '.srt': 'text/plain', '.rtx': 'text/richtext',
    '.tsv': 'text/tab-separated-values', '.vtt': 'text/vtt', '.py': 'text/x-python',
    '.etx': 'text/x-setext', '.sgm': 'text/x-sgml', '.sgml': 'text/x-sgml',
    '.vcf': 'text/x-vcard', '.xml': 'text/xml', '.mp4': 'video/mp4', '.mpeg': 'video/mpeg',
    '.m1v': 'video/mpeg', '.mpa': 'video/mpeg', '.mpe': 'video/mpeg', '.mpg': 'video/mpeg',
    '.mov': 'video/quicktime', '.qt': 'video/quicktime', '.webm': 'video/webm',
    '.avi': 'video/x-msvideo', '.movie': 'video/x-sgi-movie',
}

_common_types_default = {
    '.rtf': 'application/rtf', '.midi': 'audio/midi', '.mid': 'audio/midi', '.jpg': 'image/jpg',
    '.pict': 'image/pict', '.pct': 'image/pict', '.pic': 'image/pict', '.webp': 'image/webp',
    '.xul': 'text/xul',
}


def _split_scheme(url):
    """('scheme', rest) for 'scheme:rest' URLs (lower-cased scheme), else (None, url)."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A MIME-type database: the built-in tables plus any files read into it."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext (with its leading dot) to type; strict picks the official table."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) guessed from a file name or URL; either may be None."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            declared = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in declared or '/' not in declared:
                declared = 'text/plain'
            return declared, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        elif ext.lower() in self.encodings_map:
            encoding = self.encodings_map[ext.lower()]
            base, ext = posixpath.splitext(base)
        official, extra = self.types_map[True], self.types_map[False]
        for table in (official,) if strict else (official, extra):
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every known extension for type, official ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, []) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first known extension for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types listed in a mime.types-format file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types listed in an open mime.types-format file."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    words = words[:i]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Windows only: nothing to read here."""


def init(files=None):
    """Build the module's database from the defaults and the given (or known) files."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """Guess the type of a file from its URL or path: (type, encoding)."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for a MIME type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """One extension for a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping between a type and an extension."""
    return _database().add_type(type, ext, strict)


def read_mime_types(file):
    """The official types listed in one mime.types file, or None if it cannot be read."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


suffix_map = _suffix_map_default
encodings_map = _encodings_map_default
types_map = _types_map_default
common_types = _common_types_default
