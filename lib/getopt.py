"""Parse command-line options in the style of the C getopt() function
(heapstack's own getopt).

getopt() stops at the first non-option argument; gnu_getopt() lets
options and operands mix, unless the short option string starts with '+'
or POSIXLY_CORRECT is set.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_option(name, longopts):
    """(takes an argument, full option name) for a possibly abbreviated
    long option."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        raise GetoptError(f"option --{name} not recognized", name)
    if name in candidates:
        return False, name
    if name + "=" in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError(f"option --{name} not a unique prefix", name)
    spec = candidates[0]
    if spec.endswith("="):
        return True, spec[:-1]
    return False, spec


def _short_takes_argument(letter, shortopts):
    for index, spec in enumerate(shortopts):
        if spec == letter and spec != ":":
            return shortopts.startswith(":", index + 1)
    raise GetoptError(f"option -{letter} not recognized", letter)


def _take_long(found, text, longopts, rest):
    name, has_value, value = text.partition("=")
    wants, name = _long_option(name, longopts)
    if wants:
        if not has_value:
            if not rest:
                raise GetoptError(f"option --{name} requires argument", name)
            value, rest = rest[0], rest[1:]
    elif has_value:
        raise GetoptError(f"option --{name} must not have an argument", name)
    found.append(("--" + name, value if has_value or wants else ""))
    return rest


def _take_shorts(found, letters, shortopts, rest):
    while letters:
        letter, letters = letters[0], letters[1:]
        value = ""
        if _short_takes_argument(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError(f"option -{letter} requires argument", letter)
                letters, rest = rest[0], rest[1:]
            value, letters = letters, ""
        found.append(("-" + letter, value))
    return rest


# CPython's helper functions, public (not in __all__) and used by its tests

def short_has_arg(opt, shortopts):
    """True if the short option letter opt takes an argument."""
    return _short_takes_argument(opt, shortopts)


def long_has_args(opt, longopts):
    """(takes an argument, the full option name) for a long option or its prefix."""
    return _long_option(opt, longopts)


def do_longs(opts, opt, longopts, args):
    """Add the long option opt ('name' or 'name=value') to opts; return (opts, args left)."""
    return opts, _take_long(opts, opt, longopts, args)


def do_shorts(opts, optstring, shortopts, args):
    """Add the short options of optstring to opts; return (opts, args left)."""
    return opts, _take_shorts(opts, optstring, shortopts, args)


def _as_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse the options at the front of args (usually sys.argv[1:]) and
    return the (option, value) pairs and the remaining arguments."""
    found = []
    longopts = _as_list(longopts)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            args = _take_long(found, args[0][2:], longopts, args[1:])
        else:
            args = _take_shorts(found, args[0][1:], shortopts, args[1:])
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and non-option arguments may be mixed."""
    found = []
    operands = []
    longopts = _as_list(longopts)
    stop_at_operand = bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        stop_at_operand = True
    while args:
        head = args[0]
        if head == "--":
            operands += args[1:]
            break
        if head[:2] == "--":
            args = _take_long(found, head[2:], longopts, args[1:])
        elif head[:1] == "-" and head != "-":
            args = _take_shorts(found, head[1:], shortopts, args[1:])
        elif stop_at_operand:
            operands += args
            break
        else:
            operands.append(head)
            args = args[1:]
    return found, operands


if __name__ == "__main__":
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
