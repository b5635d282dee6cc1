"""importlib.metadata: what installed distributions say about themselves
(heapstack's own text).

Distributions are found as '<name>-<version>.dist-info' or '.egg-info'
directories on sys.path (or the path given); their METADATA/PKG-INFO is
read with the email parser, entry_points.txt as an ini-like file, RECORD
as CSV.  heapstack's sys.path holds no site-packages of its own, so only
distributions placed on the path by the program are seen.
"""

import abc
import collections
import csv
import email
import email.message
import functools
import itertools
import operator
import os
import pathlib
import posixpath
import re
import sys
import textwrap
import warnings
from importlib import import_module

from . import _meta
from ._meta import PackageMetadata, SimplePath

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata',
           'PackageNotFoundError', 'distribution', 'distributions',
           'entry_points', 'files', 'metadata', 'packages_distributions',
           'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name was found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


_Pair = collections.namedtuple('Pair', 'name value')


def _sections(text):
    """(section name, line) for each meaningful line of an ini-like text;
    lines before any [section] have the name None."""
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('[') and line.endswith(']'):
            current = line.strip('[]')
            continue
        yield _Pair(current, line)


class Sectioned:
    """Reading ini-like text (entry_points.txt, requires.txt)."""

    @staticmethod
    def read(text, filter_=None):
        return _sections(text)

    @classmethod
    def section_pairs(cls, text):
        for section, line in _sections(text):
            if section is None:
                continue
            key, _, value = line.partition('=')
            yield _Pair(section, _Pair(key.strip(), value.strip()))

    @staticmethod
    def valid(line):
        return line and not line.startswith('#')


def _entry_point_warning(message, level=3):
    warnings.warn(message, DeprecationWarning, stacklevel=level)


class EntryPoint:
    """An entry point: name, value ('module:attr [extras]') and group."""

    pattern = re.compile(r'(?P<module>[\w.]+)\s*'
                         r'(:\s*(?P<attr>[\w.]+)\s*)?'
                         r'((?P<extras>\[.*\])\s*)?$')
    dist = None

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def _match(self):
        return self.pattern.match(self.value)

    def load(self):
        """Import the module and return the attribute named, if any."""
        found = self._match()
        target = import_module(found.group('module'))
        for attr in (found.group('attr') or '').split('.'):
            if attr:
                target = getattr(target, attr)
        return target

    @property
    def module(self):
        return self._match().group('module')

    @property
    def attr(self):
        return self._match().group('attr')

    @property
    def extras(self):
        return re.findall(r'\w+', self._match().group('extras') or '')

    def _for(self, dist):
        vars(self).update(dist=dist)
        return self

    def __getitem__(self, item):
        _entry_point_warning("EntryPoint tuple interface is deprecated. "
                             "Access members by name.")
        return self._key()[item]

    def __iter__(self):
        warnings.warn("Construction of dict of EntryPoints is deprecated in "
                      "favor of EntryPoints.", DeprecationWarning)
        return iter((self.name, self))

    def matches(self, **params):
        """True if every attribute named in params has the value given."""
        return all(getattr(self, k) == v for k, v in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def __repr__(self):
        return (f'EntryPoint(name={self.name!r}, value={self.value!r}, '
                f'group={self.group!r})')


def _list_method_warns(name):
    def method(self, *args, **kwargs):
        _entry_point_warning("EntryPoints list interface is deprecated. "
                             "Cast to list if needed.")
        return getattr(list, name)(self, *args, **kwargs)
    method.__name__ = name
    return method


class DeprecatedList(list):
    """A list whose mutating methods warn (EntryPoints will become a
    tuple)."""

    __slots__ = ()
    for _name in ('__setitem__', '__delitem__', 'append', 'reverse', 'extend',
                  'pop', 'remove', '__iadd__', 'insert', 'sort'):
        locals()[_name] = _list_method_warns(_name)
    del _name

    def __add__(self, other):
        if not isinstance(other, tuple):
            _entry_point_warning("EntryPoints list interface is deprecated. "
                                 "Cast to list if needed.")
            other = tuple(other)
        return type(self)(tuple(self) + other)

    def __eq__(self, other):
        if not isinstance(other, tuple):
            _entry_point_warning("EntryPoints list interface is deprecated. "
                                 "Cast to list if needed.")
            other = tuple(other)
        return tuple(self) == other


class EntryPoints(DeprecatedList):
    """The entry points of some distributions, selectable by attribute."""

    __slots__ = ()

    def __getitem__(self, name):
        """The entry point of this name (an int index is deprecated)."""
        if isinstance(name, int):
            _entry_point_warning("Accessing entry points by index is "
                                 "deprecated. Cast to tuple if needed.")
            return list.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    @classmethod
    def _from_text_for(cls, text, dist):
        return cls(ep._for(dist) for ep in cls._from_text(text))

    @staticmethod
    def _from_text(text):
        return (EntryPoint(name=item.value.name, value=item.value.value,
                           group=item.name)
                for item in Sectioned.section_pairs(text or ''))


def _groups_warn():
    _entry_point_warning("SelectableGroups dict interface is deprecated. "
                         "Use select.", 4)


class SelectableGroups(dict):
    """entry_points() without arguments: a dict of group -> EntryPoints
    whose dict interface is deprecated in favour of select()."""

    @classmethod
    def load(cls, eps):
        ordered = sorted(eps, key=operator.attrgetter('group'))
        return cls((group, EntryPoints(members)) for group, members in
                   itertools.groupby(ordered, operator.attrgetter('group')))

    def __getitem__(self, name):
        _groups_warn()
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        _groups_warn()
        return dict.get(self, name, default)

    def __iter__(self):
        _groups_warn()
        return dict.__iter__(self)

    def __contains__(self, *args):
        _groups_warn()
        return dict.__contains__(self, *args)

    def keys(self):
        _groups_warn()
        return dict.keys(self)

    def values(self):
        _groups_warn()
        return dict.values(self)

    @property
    def _all(self):
        return EntryPoints(itertools.chain.from_iterable(dict.values(self)))

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        return self._all.select(**params) if params else self


class PackagePath(pathlib.PurePosixPath):
    """A file listed in a distribution's RECORD (hash, size, dist)."""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        """The file's path on disk."""
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


class _Metadata(email.message.Message):
    """A distribution's metadata: an email Message whose continuation
    lines are dedented, the body kept as a Description header."""

    multiple_use_keys = {'classifier', 'obsoletes-dist', 'platform',
                         'project-url', 'provides-dist', 'provides-extra',
                         'requires-dist', 'requires-external',
                         'supported-platform', 'dynamic'}

    def __new__(cls, orig):
        self = super().__new__(cls)
        vars(self).update(vars(orig))
        return self

    def __init__(self, *args, **kwargs):
        fixed = []
        for key, value in vars(self)['_headers']:
            if value and '\n' in value:
                value = textwrap.dedent(' ' * 8 + value)
            fixed.append((key, value))
        if self._payload:
            fixed.append(('Description', self.get_payload()))
        self._headers = fixed

    def __iter__(self):
        return super().__iter__()

    @property
    def json(self):
        """The metadata as PEP 566's JSON: keys lowercased with '_' for
        '-', multiple-use keys as lists, Keywords split."""
        out = {}
        for key in self:
            if key.lower() in self.multiple_use_keys:
                value = self.get_all(key)
            else:
                value = self[key]
            if key.lower() == 'keywords':
                value = re.split(r'\s+', value)
            out[key.lower().replace('-', '_')] = value
        return out


class Distribution(metaclass=abc.ABCMeta):
    """An installed distribution: read_text() of its metadata files and
    locate_file() of its installed files."""

    @abc.abstractmethod
    def read_text(self, filename):
        """The text of a metadata file, or None if it is missing."""

    @abc.abstractmethod
    def locate_file(self, path):
        """The path of a file of the distribution."""

    @classmethod
    def from_name(cls, name):
        """The first distribution of this name found."""
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        """The distributions the finders know (name=..., path=...)."""
        context = kwargs.pop('context', None)
        if context and kwargs:
            raise ValueError("cannot accept context and kwargs")
        context = context or DistributionFinder.Context(**kwargs)
        return itertools.chain.from_iterable(
            resolve(context) for resolve in cls._discover_resolvers())

    @staticmethod
    def at(path):
        """The distribution whose metadata directory is path."""
        return PathDistribution(pathlib.Path(path))

    @staticmethod
    def _discover_resolvers():
        found = [getattr(f, 'find_distributions', None) for f in sys.meta_path]
        found = [f for f in found if f is not None]
        # heapstack's path finder is native: search sys.path ourselves
        if not any(getattr(f, '__self__', None) is MetadataPathFinder
                   for f in found):
            found.append(MetadataPathFinder.find_distributions)
        return found

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO')
                or self.read_text(''))
        return _Metadata(email.message_from_string(text))

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return Prepared.normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        return EntryPoints._from_text_for(self.read_text('entry_points.txt'),
                                          self)

    @property
    def files(self):
        """The files of RECORD (or SOURCES.txt) as PackagePaths, or None."""
        text = self.read_text('RECORD')
        if text:
            rows = text.splitlines()
        else:
            text = self.read_text('SOURCES.txt')
            if not text:
                return None
            rows = ['"%s"' % line for line in text.splitlines()]
        made = []
        for row in csv.reader(rows):
            name, digest, size = (list(row) + [None, None])[:3]
            path = PackagePath(name)
            path.hash = FileHash(digest) if digest else None
            path.size = int(size) if size else None
            path.dist = self
            made.append(path)
        return made

    @property
    def requires(self):
        """The requirement strings (Requires-Dist, or requires.txt made
        into that form), or None."""
        found = self.metadata.get_all('Requires-Dist')
        if not found:
            text = self.read_text('requires.txt')
            found = None if text is None else \
                list(self._deps_from_requires_text(text))
        return found and list(found)

    @classmethod
    def _deps_from_requires_text(cls, source):
        for section, req in _sections(source):
            extra, _, markers = (section or '').partition(':')
            if extra and markers:
                markers = '(' + markers + ')'
            conditions = [c for c in (markers, extra and
                                      'extra == "%s"' % extra) if c]
            tail = '; ' + ' and '.join(conditions) if conditions else ''
            yield req + (' ' if '@' in req else '') + tail


class DistributionFinder(metaclass=abc.ABCMeta):
    """A finder that also finds distributions."""

    class Context:
        """What to look for: name (None: all) and path (sys.path)."""

        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', sys.path)

    @abc.abstractmethod
    def find_distributions(self, context=Context()):
        """The distributions matching context."""

    def find_spec(self, *args, **kwargs):
        return None


class Prepared:
    """A name normalised as PEP 503 does, and the older way."""

    normalized = None
    legacy_normalized = None

    def __init__(self, name):
        self.name = name
        if name is not None:
            self.normalized = self.normalize(name)
            self.legacy_normalized = self.legacy_normalize(name)

    @staticmethod
    def normalize(name):
        return re.sub(r'[-_.]+', '-', name).lower().replace('-', '_')

    @staticmethod
    def legacy_normalize(name):
        return name.lower().replace('-', '_')

    def __bool__(self):
        return bool(self.name)


def _listing(root):
    """(names directly under root, a function joining a name to root);
    a zip file on the path is listed through zipfile.Path."""
    try:
        return os.listdir(root or '.'), lambda child: pathlib.Path(root, child)
    except OSError:
        pass
    try:
        import zipfile
        top = zipfile.Path(root)
        names = top.root.namelist()
    except Exception:
        return [], None
    children = dict.fromkeys(n.split(posixpath.sep, 1)[0] for n in names)
    return list(children), top.joinpath


def _search_dir(root, prepared):
    children, join = _listing(root)
    base = os.path.basename(root).lower()
    eggs = []
    for child in children:
        low = child.lower()
        if low.endswith(('.dist-info', '.egg-info')):
            stem = low.rpartition('.')[0].partition('-')[0]
            if not prepared or Prepared.normalize(stem) == prepared.normalized:
                yield join(child)
        elif base.endswith('.egg') and low == 'egg-info':
            stem = base.rpartition('.')[0].partition('-')[0]
            if (not prepared or Prepared.legacy_normalize(stem)
                    == prepared.legacy_normalized):
                eggs.append(join(child))
    yield from eggs


class MetadataPathFinder(DistributionFinder):
    """Finds distributions in the directories of a path list."""

    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        return map(PathDistribution, cls._search_paths(context.name,
                                                       context.path))

    @classmethod
    def _search_paths(cls, name, paths):
        prepared = Prepared(name)
        return itertools.chain.from_iterable(_search_dir(p, prepared)
                                             for p in paths)

    @classmethod
    def invalidate_caches(cls):
        pass


class PathDistribution(Distribution):
    """A distribution whose metadata is the directory (or zip path) given."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError,
                NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path

    @property
    def _normalized_name(self):
        stem = os.path.basename(str(self._path))
        name = self._name_from_stem(stem)
        return Prepared.normalize(name) if name is not None \
            else super()._normalized_name

    @staticmethod
    def _name_from_stem(stem):
        base, ext = os.path.splitext(stem)
        if ext not in ('.dist-info', '.egg-info'):
            return None
        return base.partition('-')[0]


def distribution(distribution_name):
    """The Distribution of this name."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """All distributions found (name=..., path=... narrow the search)."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """The metadata of the distribution of this name."""
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """The version string of the distribution of this name."""
    return distribution(distribution_name).version


def _unique(dists):
    seen = set()
    for dist in dists:
        key = dist._normalized_name
        if key not in seen:
            seen.add(key)
            yield dist


def entry_points(**params):
    """The entry points of all distributions (the first of each name),
    selected by params; without params a SelectableGroups."""
    eps = itertools.chain.from_iterable(dist.entry_points
                                        for dist in _unique(distributions()))
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    """The files of the distribution of this name, or None."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """The requirements of the distribution of this name, or None."""
    return distribution(distribution_name).requires


def packages_distributions():
    """A map from top-level import names to the distributions that
    provide them."""
    found = collections.defaultdict(list)
    for dist in distributions():
        tops = (dist.read_text('top_level.txt') or '').split()
        if not tops:
            tops = {f.parts[0] if len(f.parts) > 1 else f.with_suffix('').name
                    for f in (dist.files or ()) if f.suffix == '.py'}
        for top in tops:
            found[top].append(dist.metadata['Name'])
    return dict(found)
