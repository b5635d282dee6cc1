"""Configuration file parser (INI files): sections of `name = value` options.

heapstack's own implementation of CPython 3.11's configparser interface: RawConfigParser and
ConfigParser (with BasicInterpolation, ExtendedInterpolation or none), the mapping protocol
(parser["section"]["option"], SectionProxy), reading from files, strings and dicts, writing,
the typed getters and converters, and the exceptions with CPython's messages.
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
import collections
import collections.abc

_Chain = collections.ChainMap
MutableMapping = collections.abc.MutableMapping

__all__ = (
    "NoSectionError DuplicateOptionError DuplicateSectionError NoOptionError "
    "InterpolationError InterpolationDepthError InterpolationMissingOptionError "
    "InterpolationSyntaxError ParsingError MissingSectionHeaderError ConfigParser "
    "SafeConfigParser RawConfigParser Interpolation BasicInterpolation "
    "ExtendedInterpolation LegacyInterpolation SectionProxy ConverterMapping "
    "DEFAULTSECT MAX_INTERPOLATION_DEPTH"
).split()

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# --- exceptions -------------------------------------------------------------------------------

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=""):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, "No section: %r" % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno):
    return "While reading from %r [line %2d]: " % (source, lineno)


class DuplicateSectionError(Error,):
    """A section given twice (in one source, or by add_section)."""

    def __init__(
        self, section, source=None, lineno=None
    ):
        if source is not None:
            text = _where(source, lineno) if lineno is not None else "While reading from %r: " % (source,)
            text += "section %r already exists" % (section,)
        else:
            text = "Section %r already exists" % (section,)
        Error.__init__(self, text)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error,):
    """An option given twice in one section of one source."""

    def __init__(
        self, section, option, source=None, lineno=None
    ):
        if source is not None:
            text = _where(source, lineno) if lineno is not None else "While reading from %r: " % (source,)
            text += "option %r in section %r already exists" % (option, section)
        else:
            text = "Option %r in section %r already exists" % (option, section)
        Error.__init__(self, text)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option is not in the section (nor in the defaults)."""

    def __init__(
        self, option, section
    ):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error,):
    """Base class for interpolation-related exceptions."""

    def __init__(
        self, option, section, msg
    ):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError,):
    """A reference names an option that does not exist."""

    def __init__(
        self, option, section, rawval, reference
    ):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError,):
    """A value whose interpolation syntax is malformed."""


class InterpolationDepthError(InterpolationError,):
    """References nested deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(
        self, option, section, rawval
    ):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines that are neither headers, options, comments nor continuations."""

    def __init__(
        self, source=None, filename=None
    ):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        elif not filename and not source:
            raise ValueError("Required argument `source' not given.")
        elif filename:
            source = filename
        Error.__init__(self, "Source contains parsing errors: %r" % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    def append(
        self, lineno, line
    ):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError,):
    """Options before the first section header."""

    def __init__(
        self, filename, lineno, line
    ):
        Error.__init__(
            self,
            "File contains no section headers.\nfile: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


_UNSET = object()


# --- interpolation ----------------------------------------------------------------------------

class Interpolation:
    """No interpolation: values are returned as stored."""

    def before_get(
        self, parser, section, option, value, defaults
    ):
        return value

    def before_set(
        self, parser, section, option, value
    ):
        return value

    def before_read(
        self, parser, section, option, value
    ):
        return value

    def before_write(
        self, parser, section, option, value
    ):
        return value


class BasicInterpolation(Interpolation,):
    """%(name)s refers to another option of the section (or of the defaults); %% is a %."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def before_get(
        self, parser, section, option, value, defaults
    ):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return "".join(out)

    def before_set(
        self, parser, section, option, value
    ):
        rest = self._KEYCRE.sub("", value.replace("%%", ""))
        if "%" in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find("%")))
        return value

    def _interpolate_some(
        self, parser, option, out, rest, section, mapping, depth
    ):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        while rest:
            at = rest.find("%")
            if at < 0:
                out.append(rest)
                return
            if at > 0:
                out.append(rest[:at])
                rest = rest[at:]
            nxt = rest[1:2]
            if nxt == "%":
                out.append("%")
                rest = rest[2:]
            elif nxt == "(":
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(option, section,
                                                   "bad interpolation variable reference %r" % rest)
                name = parser.optionxform(m.group(1))
                rest = rest[m.end():]
                try:
                    value = mapping[name]
                except KeyError:
                    raise InterpolationMissingOptionError(option, section, raw, name) from None
                if "%" in value:
                    self._interpolate_some(parser, option, out, value, section, mapping, depth + 1)
                else:
                    out.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))


class ExtendedInterpolation(Interpolation,):
    """${option} or ${section:option} (zc.buildout style); $$ is a $."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def before_get(
        self, parser, section, option, value, defaults
    ):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return "".join(out)

    def before_set(
        self, parser, section, option, value
    ):
        rest = self._KEYCRE.sub("", value.replace("$$", ""))
        if "$" in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find("$")))
        return value

    def _interpolate_some(
        self, parser, option, out, rest, section, mapping, depth
    ):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        while rest:
            at = rest.find("$")
            if at < 0:
                out.append(rest)
                return
            if at > 0:
                out.append(rest[:at])
                rest = rest[at:]
            nxt = rest[1:2]
            if nxt == "$":
                out.append("$")
                rest = rest[2:]
            elif nxt == "{":
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(option, section,
                                                   "bad interpolation variable reference %r" % rest)
                path = m.group(1).split(":")
                rest = rest[m.end():]
                sect, opt = section, option
                try:
                    if len(path) == 1:
                        opt = parser.optionxform(path[0])
                        value = mapping[opt]
                    elif len(path) == 2:
                        sect = path[0]
                        opt = parser.optionxform(path[1])
                        value = parser.get(sect, opt, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section, "More than one ':' found: %r" % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(option, section, raw, ":".join(path)) from None
                if "$" in value:
                    self._interpolate_some(parser, opt, out, value, sect,
                                 dict(parser.items(sect, raw=True)), depth + 1)
                else:
                    out.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', found: %r" % (rest,))


class LegacyInterpolation(Interpolation,):
    """Deprecated: %(name)s substituted by repeated string formatting."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(
        self, *args, **kwargs
    ):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 "
                      "and will be removed from the configparser module in Python 3.13. "
                      "Use BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(
        self, parser, section, option, value, vars
    ):
        rawval = value
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth -= 1
            if value and "%(" in value:
                value = self._KEYCRE.sub(lambda m: self._lower(m, parser), value)
                try:
                    value = value % vars
                except KeyError as e:
                    raise InterpolationMissingOptionError(option, section, rawval, e.args[0]) from None
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    @staticmethod
    def _lower(m, parser):
        s = m.group(1)
        if s is None:
            return m.group()
        return "%%(%s)s" % parser.optionxform(s)


# --- the parsers ------------------------------------------------------------------------------

class RawConfigParser(MutableMapping,):
    """ConfigParser without value interpolation."""

    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERP = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.replace("{delim}", "=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.replace("{delim}", "=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._mapping_type = dict_type
        self._secs = self._mapping_type()
        self._defs = self._mapping_type()
        self._convs = ConverterMapping(self)
        self._views = self._mapping_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._delims = tuple(delimiters)
        if delimiters == ("=", ":"):
            self._opt_re = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alternatives = "|".join(re.escape(d) for d in delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._opt_re = re.compile(template.replace("{delim}", alternatives))
        self._full_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._strict_mode = strict
        self._no_value_ok = allow_no_value
        self._blank_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interp = interpolation
        if self._interp is _UNSET:
            self._interp = self._DEFAULT_INTERP
        if self._interp is None:
            self._interp = Interpolation()
        if not isinstance(self._interp, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(self._interp)}")
        if converters is not _UNSET:
            self._convs.update(converters)
        if defaults:
            self._load_defaults(defaults)

    def defaults(self):
        return self._defs

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._secs.keys())

    def add_section(
        self, section
    ):
        """Create a new section (ValueError for the default section's name)."""
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % section)
        if section in self._secs:
            raise DuplicateSectionError(section)
        self._secs[section] = self._mapping_type()
        self._views[section] = SectionProxy(self, section)

    def has_section(
        self, section
    ):
        return section in self._secs

    def options(self, section):
        """The option names of the section, the defaults' included."""
        try:
            opts = self._secs[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defs)
        return list(opts.keys())

    def read(
        self, filenames, encoding=None
    ):
        """Read the files that exist among `filenames` (a path or a list of them); returns
        the names read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if isinstance(filename, os.PathLike):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(
        self, f, source=None
    ):
        """Read from an iterable of lines (a file object, say)."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = "<???>"
        self._read(f, source)

    def read_string(
        self, string, source="<string>"
    ):
        self.read_file(io.StringIO(string), source)

    def read_dict(
        self, dictionary, source="<dict>"
    ):
        """Read sections from a mapping of section names to mappings of options."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict_mode and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict_mode and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(
        self, fp, filename=None
    ):
        warnings.warn(
            "This method will be removed in Python 3.12. Use 'parser.read_file()' instead.",
            DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def get(
        self, section, option, *, raw=False, vars=None, fallback=_UNSET
    ):
        """The value of `option` in `section` (the defaults and `vars` are looked at too),
        interpolated unless raw; `fallback` instead of NoSectionError/NoOptionError."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section) from None
            return fallback
        if raw or value is None:
            return value
        return self._interp.before_get(self, section, option, value, d)

    def _get(
        self, section, conv, option, **kwargs
    ):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(
        self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs
    ):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(
        self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs
    ):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(
        self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs
    ):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(
        self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs
    ):
        return self._get_conv(section, option, self._to_bool, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(
        self, section=_UNSET, raw=False, vars=None
    ):
        """Without a section: (name, SectionProxy) pairs, DEFAULT first. With one: the
        (option, value) pairs of the section, the defaults' included."""
        if section is _UNSET:
            return super().items()
        d = self._defs.copy()
        try:
            d.update(self._secs[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        before_get = self._interp.before_get
        return [(name, before_get(self, section, name, d[name], d)) for name in names]

    def popitem(self):
        """Remove and return the first section (after DEFAULT) as (name, SectionProxy)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(
        self, optionstr
    ):
        return optionstr.lower()

    def has_option(
        self, section, option
    ):
        """True if the option exists in the section or (for any section) in the defaults."""
        if not section or section == self.default_section:
            option = self.optionxform(option)
            return option in self._defs
        elif section not in self._secs:
            return False
        else:
            option = self.optionxform(option)
            return option in self._secs[section] or option in self._defs

    def set(
        self, section, option, value=None
    ):
        """Set an option (the section must exist)."""
        if value:
            value = self._interp.before_set(self, section, option, value)
        if not section or section == self.default_section:
            target = self._defs
        else:
            try:
                target = self._secs[section]
            except KeyError:
                raise NoSectionError(section) from None
        target[self.optionxform(option)] = value

    def write(
        self, fp, space_around_delimiters=True
    ):
        """Write the configuration in INI format (DEFAULT first)."""
        if space_around_delimiters:
            d = " {} ".format(self._delims[0])
        else:
            d = self._delims[0]
        if self._defs:
            self._emit_section(fp, self.default_section, self._defs.items(), d)
        for section in self._secs:
            self._emit_section(fp, section, self._secs[section].items(), d)

    def _emit_section(
        self, fp, section_name, section_items, delimiter
    ):
        fp.write("[{}]\n".format(section_name))
        for key, value in section_items:
            value = self._interp.before_write(self, section_name, key, value)
            if value is not None or not self._no_value_ok:
                value = delimiter + str(value).replace("\n", "\n\t")
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    def remove_option(
        self, section, option
    ):
        """Remove an option; True if it existed."""
        if not section or section == self.default_section:
            target = self._defs
        else:
            try:
                target = self._secs[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        existed = option in target
        if existed:
            del target[option]
        return existed

    def remove_section(
        self, section
    ):
        """Remove a section; True if it existed."""
        existed = section in self._secs
        if existed:
            del self._secs[section]
            del self._views[section]
        return existed

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._views[key]

    def __setitem__(
        self, key, value
    ):
        # To conform with the mapping protocol, the section is replaced wholesale.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defs.clear()
        elif key in self._secs:
            self._secs[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._secs) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._secs.keys())

    def _read(
        self, fp, source_name
    ):
        """Parse lines of INI text into the sections (values are joined afterwards)."""
        seen_here = set()
        current = None
        header = None
        opt = None
        indent_level = 0
        errors = None
        for lineno, line in enumerate(fp, start=1):
            comment_start = None
            # inline comments: a prefix preceded by whitespace
            if self._inline_comments:
                best = None
                for prefix in self._inline_comments:
                    at = -1
                    while True:
                        at = line.find(prefix, at + 1)
                        if at <= 0:
                            break
                        if line[at - 1].isspace():
                            if best is None or at < best:
                                best = at
                            break
                comment_start = best
            stripped = line.strip()
            if any(stripped.startswith(p) for p in self._full_comments):
                comment_start = 0
            value = line[:comment_start].strip()
            if not value:
                if self._blank_in_values:
                    if (comment_start is None and current is not None and opt
                            and current[opt] is not None):
                        current[opt].append("")
                else:
                    indent_level = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            cur_indent = first.start() if first else 0
            if current is not None and opt and cur_indent > indent_level:
                current[opt].append(value)
                continue
            indent_level = cur_indent
            mo = self.SECTCRE.match(value)
            if mo:
                header = mo.group("header")
                if header in self._secs:
                    if self._strict_mode and header in seen_here:
                        raise DuplicateSectionError(header, source_name, lineno)
                    current = self._secs[header]
                    seen_here.add(header)
                elif header == self.default_section:
                    current = self._defs
                else:
                    current = self._mapping_type()
                    self._secs[header] = current
                    self._views[header] = SectionProxy(self, header)
                    seen_here.add(header)
                opt = None
            elif current is None:
                raise MissingSectionHeaderError(source_name, lineno, line)
            else:
                mo = self._opt_re.match(value)
                if mo:
                    opt, vi, raw_value = mo.group("option", "vi", "value")
                    if not opt:
                        errors = self._note_error(errors, source_name, lineno, line)
                    opt = self.optionxform(opt.rstrip())
                    if self._strict_mode and (header, opt) in seen_here:
                        raise DuplicateOptionError(header, opt, source_name, lineno)
                    seen_here.add((header, opt))
                    if raw_value is not None:
                        current[opt] = [raw_value.strip()]
                    else:
                        current[opt] = None
                else:
                    errors = self._note_error(errors, source_name, lineno, line)
        self._finish_values()
        if errors:
            raise errors

    def _finish_values(self):
        defaults = self.default_section, self._defs
        for section, options in itertools.chain((defaults,), self._secs.items()):
            for name, val in options.items():
                if isinstance(val, list):
                    val = "\n".join(val).rstrip()
                options[name] = self._interp.before_read(self, section, name, val)

    def _load_defaults(
        self, defaults
    ):
        self.read_dict({self.default_section: defaults})

    def _note_error(
        self, exc, source_name, lineno, line
    ):
        if not exc:
            exc = ParsingError(source_name)
        exc.append(lineno, repr(line))
        return exc

    def _unify_values(
        self, section, vars
    ):
        """The lookup chain for get(): vars, then the section, then the defaults."""
        sect_values = {}
        try:
            sect_values = self._secs[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        var_values = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                var_values[self.optionxform(key)] = value
        return _Chain(var_values, sect_values, self._defs)

    def _to_bool(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError("Not a boolean: %s" % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _check_types(
        self, *, section="", option="", value=""
    ):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._no_value_ok or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._convs


class ConfigParser(RawConfigParser,):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERP = BasicInterpolation()

    def set(
        self, section, option, value=None
    ):
        """Set an option (values must be strings)."""
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(
        self, section
    ):
        """Create a new section (its name must be a string)."""
        self._check_types(section=section)
        super().add_section(section)

    def _load_defaults(
        self, defaults
    ):
        hold = self._interp
        self._interp = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interp = hold


class SafeConfigParser(ConfigParser,):
    """ConfigParser alias for backwards compatibility purposes."""

    def __init__(
        self, *args, **kwargs
    ):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. "
            "This alias will be removed in Python 3.12. Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping,):
    """A view of one section of a parser, as a mapping of option names to values."""

    def __init__(
        self, parser, name
    ):
        self._owner = parser
        self._sect = name
        for conv in parser.converters:
            key = "get" + conv
            getter = functools.partial(self.get, _impl=getattr(parser, key))
            setattr(self, key, getter)

    def __repr__(self):
        return "<Section: {}>".format(self._sect)

    def __getitem__(self, key):
        if not self._owner.has_option(self._sect, key):
            raise KeyError(key)
        return self._owner.get(self._sect, key)

    def __setitem__(
        self, key, value
    ):
        self._owner._check_types(option=key, value=value)
        return self._owner.set(self._sect, key, value)

    def __delitem__(self, key):
        if not (self._owner.has_option(self._sect, key)
                and self._owner.remove_option(self._sect, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._owner.has_option(self._sect, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return self._options().__iter__()

    def _options(self):
        if self._sect != self._owner.default_section:
            return self._owner.options(self._sect)
        return self._owner.defaults()

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._sect

    def get(
        self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs
    ):
        """The option's value (interpolated unless raw), or `fallback`."""
        if not _impl:
            _impl = self._owner.get
        return _impl(self._sect, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping,):
    """The getX converters of a parser: converters["decimal"] = Decimal adds getdecimal()."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._owner = parser
        self._table = {}
        for getter in dir(self._owner):
            m = self.GETTERCRE.match(getter)
            if not m or not callable(getattr(self._owner, getter)):
                continue
            self._table[m.group("name")] = None

    def __getitem__(self, key):
        return self._table[key]

    def __setitem__(
        self, key, value
    ):
        try:
            k = "get" + key
        except TypeError:
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key))) from None
        if k == "get":
            raise ValueError("Incompatible key: cannot use an empty string")
        self._table[key] = value
        func = functools.partial(self._owner._get_conv, conv=value)
        func.converter = value
        setattr(self._owner, k, func)
        for proxy in self._owner.values():
            getter = functools.partial(proxy.get, _impl=func)
            setattr(proxy, k, getter)

    def __delitem__(self, key):
        try:
            k = "get" + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._table[key]
        for inst in itertools.chain((self._owner,), self._owner.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)
