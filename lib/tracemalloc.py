"""Trace the memory blocks a program allocates: where, how big, how many.

heapstack's tracemalloc sits on the native _tracemalloc module, which records a trace for every
block of the allocator model while tracing is on. Snapshots group traces by line, file or whole
traceback, compare with each other and filter by file name patterns, as CPython 3.11's do.
"""

from collections.abc import Iterable, Sequence
from functools import total_ordering
import fnmatch
import linecache
import os
import pickle

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB")


def _format_size(size, sign):
    value = size
    for unit in _UNITS:
        small = abs(value)
        if small < 100 and unit != "B":
            return ("%+.1f %s" if sign else "%.1f %s") % (value, unit)
        if small < 10 * 1024 or unit == _UNITS[-1]:
            return ("%+.0f %s" if sign else "%.0f %s") % (value, unit)
        value /= 1024


def _average(size, count):
    return _format_size(size / count, False)


class Statistic:
    """What one group of traces adds up to: total size and number of blocks."""

    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _average(self.size, self.count)
        return text

    def __repr__(self):
        return f"<Statistic traceback={self.traceback!r} size={self.size} count={self.count}>"

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A group's totals in a new snapshot and how they changed since an old one."""

    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        text = (
            f"{self.traceback}: size={_format_size(self.size, False)} "
            f"({_format_size(self.size_diff, True)}), "
            f"count={self.count} ({self.count_diff:+d})"
        )
        if self.count:
            text += f", average={_average(self.size, self.count)}"
        return text

    def __repr__(self):
        return (
            f"<StatisticDiff traceback={self.traceback!r} size={self.size} ({self.size_diff:+d}) "
            f"count={self.count} ({self.count_diff:+d})>"
        )






    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)




def _diff_grouped(old_group, new_group):
    diffs = []
    for group, stat in new_group.items():
        earlier = old_group.pop(group, None)
        if earlier is not None:
            diff = StatisticDiff(group,
                                 stat.size, stat.size - earlier.size,
                                 stat.count, stat.count - earlier.count)
        else:  # a group the old snapshot lacks: all of it is growth
            diff = StatisticDiff(group, stat.size, stat.size,
                                 stat.count, stat.count)

        diffs.append(diff)

    for group, stat in old_group.items():
        diff = StatisticDiff(group, 0, -stat.size, 0, -stat.count)
        diffs.append(diff)
    return diffs


@total_ordering
class Frame:
    """One line of a traceback: a file name and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


@total_ordering
class Traceback(Sequence):
    """The frames that allocated a block, oldest first.

    The native module lists them most recent first; they are kept here in call order.
    """

    __slots__ = ("_frames", "_total_nframe")


    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        # _tracemalloc lists a trace's frames most recent first; a Traceback
        # keeps them the other way round, oldest first, as tracebacks print.
        # (The tuple is made on CPython's line of tracemalloc.py, so that the
        # statistics of a snapshot that sees it name the same line.)
        self._frames = tuple(frames[::-1])
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(frame) for frame in self._frames[index])
        else:
            return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = f"<Traceback {tuple(self)!r}"
        if self._total_nframe is not None:
            text += f" total_nframe={self.total_nframe}"
        return text + ">"

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append(f'  File "{frame.filename}", line {frame.lineno}')
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append(f"    {source}")
        return lines










def get_object_traceback(obj):
    """The Traceback where obj was allocated.

    None when tracemalloc is not tracing or did not trace the block that holds obj.
    An instance whose class keeps its attributes in the object itself (a managed
    dict) is never found: CPython 3.11 looks the block up at the object less its
    GC header.
    """
    frames = _get_object_traceback(obj)
    if frames is not None:
        return Traceback(frames)
    return None


class Trace:
    """One traced block: its domain, size and Traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]





    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return f"{self.traceback}: {_format_size(self.size, False)}"

    def __repr__(self):
        return f"<Trace domain={self.domain} size={_format_size(self.size, False)}, traceback={self.traceback!r}>"



class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(raw) for raw in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        return self._traces == other._traces

    def __repr__(self):
        return f"<Traces len={len(self)}>"


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    return filename[:-1] if filename.endswith(".pyc") else filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops traces allocated in files matching a pattern."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _matches(self, domain, frames):
        if self.domain is not None and domain != self.domain:
            return False
        if self.all_frames:
            return any(self._frame_matches(*frame) for frame in frames)
        return self._frame_matches(*frames[0])

    def _match_frame(self, filename, lineno):
        # one frame against the pattern, the answer flipped for an exclusive filter
        return self._frame_matches(filename, lineno) == self.inclusive

    def _match_traceback(self, traceback):
        # a traceback's (filename, lineno) pairs, most recent first; the domain is not looked at
        if not self.all_frames:
            return self._match_frame(*traceback[0])
        hit = any(self._frame_matches(filename, lineno) for filename, lineno in traceback)
        return hit == self.inclusive

    def _match(self, trace):
        domain, _size, frames, _total = trace
        return self._matches(domain, frames) == self.inclusive


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address space."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) == self.inclusive












class Snapshot:
    """The traces of all traced blocks at one moment."""



    def __init__(self, traces, traceback_limit):
        # traces: the list _get_traces() made, one
        # (domain, size, frames, total_nframe) tuple per traced block
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (pickled, as CPython does)."""
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def _filter_trace(self, keeping, dropping, trace):
        if keeping and not any(f._match(trace) for f in keeping):
            return False
        return not (dropping and any(not f._match(trace) for f in dropping))











    def filter_traces(self, filters):
        """A new Snapshot holding the traces that pass the filters.

        An inclusive filter keeps the traces it matches, an exclusive one drops them;
        no filters at all gives a Snapshot with a copy of the traces.
        """
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not "
                            f"{type(filters).__name__}")
        if filters:
            keeping = []
            dropping = []
            for flt in filters:
                if flt.inclusive:
                    keeping.append(flt)
                else:
                    dropping.append(flt)
            kept = [trace for trace in self.traces._traces
                    if self._filter_trace(keeping, dropping, trace)]
            # (a list comprehension here, as CPython's, so that the new list
            # is traced at the same line)
        else:
            kept = self.traces._traces.copy()
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ("traceback", "filename", "lineno"):
            raise ValueError(f"unknown key_type: {key_type!r}")
        if cumulative and key_type == "traceback":
            raise ValueError("cumulative mode cannot by used "
                             f"with key type {key_type!r}")
        # One Traceback per distinct key and one Statistic per Traceback.
        stats = {}
        tracebacks = {}
        if not cumulative:
            for trace in self.traces._traces:
                _domain, size, frames, _total = trace
                try:
                    tb = tracebacks[frames]
                except KeyError:
                    if key_type == "traceback":
                        key = frames
                    elif key_type == "lineno":
                        key = frames[:1]
                    else:
                        key = ((frames[0][0], 0),)
                    tb = Traceback(key)
                    tracebacks[frames] = tb
                try:
                    stat = stats[tb]
                    stat.size += size
                    stat.count += 1
                except KeyError:
                    stats[tb] = Statistic(tb, size, 1)
        else:
            # every frame of a trace counts the block, not only the most recent
            for trace in self.traces._traces:
                _domain, size, frames, _total = trace
                for frame in frames:
                    try:
                        tb = tracebacks[frame]
                    except KeyError:
                        if key_type == "lineno":
                            key = (frame,)
                        else:
                            key = ((frame[0], 0),)
                        tb = Traceback(key)
                        tracebacks[frame] = tb
                    try:
                        stat = stats[tb]
                        stat.size += size
                        stat.count += 1
                    except KeyError:
                        stats[tb] = Statistic(tb, size, 1)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type ("lineno", "filename" or "traceback"),
        biggest first (size, then count, then traceback).
        cumulative counts a block at every frame of its traceback.
        """
        grouped = self._group_by(key_type, cumulative)
        stats = list(grouped.values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects: how each group changed since old_snapshot,
        biggest change first.

        Groups are made as statistics() makes them, in both snapshots.
        """
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        diffs = _diff_grouped(old_group, new_group)
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the blocks traced so far.

    RuntimeError when tracemalloc is not tracing."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
