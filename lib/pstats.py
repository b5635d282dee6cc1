"""pstats: sort and print the statistics a profile.Profile or cProfile.Profile collected.

A statistics table maps a function key to (primitive calls, total calls, own time, cumulative
time, callers). A key is (filename, first line, name), or ('~', 0, '<built-in ...>') for code
that is not Python. The report layout is CPython's, column for column.
"""

import os
import re
import sys
from enum import StrEnum
from functools import cmp_to_key

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    CALLS = 'calls', 'ncalls'
    CUMULATIVE = 'cumulative', 'cumtime'
    FILENAME = 'filename', 'module'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'time', 'tottime'

    def __new__(cls, *values):
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


class FunctionProfile:
    """One row of get_stats_profile()."""

    def __init__(self, ncalls, tottime, percall_tottime, cumtime, percall_cumtime, file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number

    def __repr__(self):
        return ("FunctionProfile(ncalls=%r, tottime=%r, percall_tottime=%r, cumtime=%r, "
                "percall_cumtime=%r, file_name=%r, line_number=%r)"
                % (self.ncalls, self.tottime, self.percall_tottime, self.cumtime,
                   self.percall_cumtime, self.file_name, self.line_number))


class StatsProfile:
    """What get_stats_profile() returns: the total time and one FunctionProfile per function."""

    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles

    def __repr__(self):
        return "StatsProfile(total_tt=%r, func_profiles=%r)" % (self.total_tt, self.func_profiles)


# sort key -> (((field index, direction), ...), description); the indexes are those of the
# rows sort_stats builds: (cc, nc, tt, ct, file, line, name, standard name)
_SORTS = {
    'calls': (((1, -1),), "call count"),
    'ncalls': (((1, -1),), "call count"),
    'cumtime': (((3, -1),), "cumulative time"),
    'cumulative': (((3, -1),), "cumulative time"),
    'filename': (((4, 1),), "file name"),
    'file': (((4, 1),), "file name"),
    'module': (((4, 1),), "file name"),
    'line': (((5, 1),), "line number"),
    'name': (((6, 1),), "function name"),
    'nfl': (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    'pcalls': (((0, -1),), "primitive call count"),
    'stdname': (((7, 1),), "standard name"),
    'time': (((2, -1),), "internal time"),
    'tottime': (((2, -1),), "internal time"),
}
_LEGACY_SORTS = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


def func_std_string(func):
    """The 'filename:lineno(function)' text of a function key ('{...}' for built-ins)."""
    if func[:2] == ('~', 0):
        name = func[2]
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return "%s:%d(%s)" % func


def func_strip_path(func):
    filename, line, name = func
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def add_func_stats(target, source):
    cc, nc, tt, ct, callers = target
    t_cc, t_nc, t_tt, t_ct, t_callers = source
    return cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct, add_callers(t_callers, callers)


def add_callers(target, source):
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            if isinstance(value, tuple):
                merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
            else:
                merged[func] += value
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    total = 0
    for value in callers.values():
        total += value[0] if isinstance(value, tuple) else value
    return total


def f8(x):
    return "%8.3f" % x


class Stats:
    """Statistics from one or more profiles, sorted and printed on request."""

    # the sort keys sort_stats accepts in full (others are accepted as unique prefixes)
    sort_arg_dict_default = {key: value for key, value in _SORTS.items() if key != 'file'}

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = 0
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.sort_arg_dict = {}
        self.all_callees = None
        self.sort_type = ''
        if args:
            self.load_stats(args[0])
            self.add(*args[1:])

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            import marshal
            with open(arg, 'rb') as f:
                self.stats = marshal.load(f)
            try:
                import time
                arg = time.ctime(os.stat(arg).st_mtime) + "    " + arg
            except Exception:
                pass
            self.files = [arg]
        elif hasattr(arg, 'create_stats'):
            arg.create_stats()
            self.stats = arg.stats
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))
        self.get_top_level_stats()

    def get_top_level_stats(self):
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        for item in arg_list:
            if type(self) != type(item):
                item = Stats(item)
            self.files += item.files
            self.total_calls += item.total_calls
            self.prim_calls += item.prim_calls
            self.total_tt += item.total_tt
            self.top_level |= item.top_level
            self.max_name_len = max(self.max_name_len, item.max_name_len)
            self.fcn_list = None
            for func, stat in item.stats.items():
                old = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(old, stat)
        return self

    def dump_stats(self, filename):
        import marshal
        with open(filename, 'wb') as f:
            marshal.dump(self.stats, f)

    def get_sort_arg_defs(self):
        return {key: value for key, value in _SORTS.items()}

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = [_LEGACY_SORTS[field[0]]]
        elif len(field) >= 2:
            for arg in field[1:]:
                if type(arg) != type(field[0]):
                    raise TypeError("Can't have mixed argument type")
        keys = []
        descriptions = []
        for word in field:
            if isinstance(word, SortKey):
                word = word.value
            if word not in _SORTS:
                matches = [k for k in _SORTS if k.startswith(word)]
                if len(matches) != 1:
                    raise KeyError(word)
                word = matches[0]
            spec, text = _SORTS[word]
            keys.extend(spec)
            descriptions.append(text)
        self.sort_type = ", ".join(descriptions)
        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append((cc, nc, tt, ct) + func + (func_std_string(func), func))

        def compare(left, right):
            for index, direction in keys:
                a, b = left[index], right[index]
                if a < b:
                    return -direction
                if a > b:
                    return direction
            return 0
        rows.sort(key=cmp_to_key(compare))
        self.fcn_list = [row[-1] for row in rows]
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        max_len = 0
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            new_func = func_strip_path(func)
            max_len = max(max_len, len(func_std_string(new_func)))
            new_callers = {func_strip_path(c): v for c, v in callers.items()}
            if new_func in stripped:
                stripped[new_func] = add_func_stats(stripped[new_func], (cc, nc, tt, ct, new_callers))
            else:
                stripped[new_func] = (cc, nc, tt, ct, new_callers)
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = max_len
        self.stats = stripped
        self.fcn_list = 0
        self.all_callees = None
        return self

    def calc_callees(self):
        if self.all_callees is not None:
            return
        self.all_callees = callees = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            callees.setdefault(func, {})
            for caller, value in callers.items():
                callees.setdefault(caller, {})[func] = value

    def eval_print_amount(self, sel, names, msg):
        new_list = names
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return new_list, msg
            new_list = [f for f in names if pattern.search(func_std_string(f))]
        else:
            count = len(names)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + .5)
                new_list = names[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                new_list = names[:sel]
        if len(names) != len(new_list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(names), len(new_list), sel)
        return new_list, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            names = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + '\n'
        else:
            names = list(self.stats.keys())
            msg = "   Random listing order was used\n"
        for selection in sel_list:
            names, msg = self.eval_print_amount(selection, names, msg)
        count = len(names)
        if not names:
            return 0, names
        print(msg, file=self.stream)
        if count < len(self.stats):
            width = max(len(func_std_string(f)) for f in names)
        return width + 2, names

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = ' ' * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, "function calls", end=' ', file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=' ', file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, names = self.get_print_list(amount)
        if names:
            self.print_title()
            for func in names:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callees(self, *amount):
        width, names = self.get_print_list(amount)
        if names:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in names:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, names = self.get_print_list(amount)
        if names:
            self.print_call_heading(width, "was called by...")
            for func in names:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)
        subheader = any(isinstance(v, tuple) for (_, _, _, _, callers) in self.stats.values()
                        for v in callers.values())
        if subheader:
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        print(func_std_string(source).ljust(name_size) + arrow, end=' ', file=self.stream)
        if not call_dict:
            print(file=self.stream)
            return
        indent = ""
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = "%d/%d" % (nc, cc) if nc != cc else "%d" % nc
                text = "%s %s %s  %s" % (calls.rjust(7 + 2 * len(indent)), f8(tt), f8(ct), name)
                left_width = name_size + 1
            else:
                text = name + "(%r)" % value
                left_width = name_size + 3
            print(indent * left_width + text, file=self.stream)
            indent = " "

    def print_title(self):
        print('   ncalls  tottime  percall  cumtime  percall', end=' ', file=self.stream)
        print('filename:lineno(function)', file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc)
        if nc != cc:
            calls = calls + '/' + str(cc)
        print(calls.rjust(9), end=' ', file=self.stream)
        print(f8(tt), end=' ', file=self.stream)
        print(' ' * 8 if nc == 0 else f8(tt / nc), end=' ', file=self.stream)
        print(f8(ct), end=' ', file=self.stream)
        print(' ' * 8 if cc == 0 else f8(ct / cc), end=' ', file=self.stream)
        print(func_std_string(func), file=self.stream)

    def get_stats_profile(self):
        names = self.fcn_list[:] if self.fcn_list else list(self.stats.keys())
        profiles = {}
        for func in names:
            cc, nc, tt, ct, callers = self.stats[func]
            file_name, line_number, name = func
            ncalls = str(nc) if nc == cc else "%d/%d" % (nc, cc)
            profiles[name] = FunctionProfile(
                ncalls, round(tt, 3), round(tt / nc, 3) if nc else 0, round(ct, 3),
                round(ct / cc, 3) if cc else 0, file_name, line_number)
        return StatsProfile(round(self.total_tt, 3), profiles)
