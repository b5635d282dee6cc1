"""readline: the GNU readline interface, as far as it means anything without a terminal.

heapstack reads standard input line by line without line editing, so key bindings, hooks and
completers are only remembered; the history list is kept and its files are read and written
one entry per line.
"""

_READLINE_VERSION = 2050
_READLINE_RUNTIME_VERSION = 2050
_READLINE_LIBRARY_VERSION = '8.2'

_history = []
_history_length = -1
_completer = None
_completer_delims = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'
_hooks = {}
_auto_history = True


def parse_and_bind(string):
    """Execute the init line provided in the string argument."""


def read_init_file(filename=None):
    """Execute a readline initialization file."""
    if filename is not None:
        with open(filename, 'rb'):
            pass


def get_line_buffer():
    """Return the current contents of the line buffer."""
    return ''


def insert_text(string):
    """Insert text into the line buffer at the cursor position."""


def redisplay():
    """Change what's displayed on the screen to reflect contents of the line buffer."""


def _trim():
    if _history_length >= 0 and len(_history) > _history_length:
        del _history[:len(_history) - _history_length]


def read_history_file(filename=None):
    """Load a readline history file (default ~/.history)."""
    import os
    path = os.path.expanduser(filename if filename is not None else '~/.history')
    try:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError as e:
        # readline reports the errno alone, without the file name
        raise type(e)(e.errno, e.strerror) from None
    _history.extend(lines)
    _trim()


def write_history_file(filename=None):
    """Save the history to a readline history file (default ~/.history)."""
    import os
    path = os.path.expanduser(filename if filename is not None else '~/.history')
    entries = _history if _history_length < 0 else _history[len(_history) - _history_length:]
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.writelines(entry + '\n' for entry in entries)


def append_history_file(nelements, filename=None):
    """Append the last nelements items of the history list to a file."""
    import os
    path = os.path.expanduser(filename if filename is not None else '~/.history')
    tail = _history[len(_history) - nelements:] if nelements > 0 else []
    with open(path, 'a', encoding='utf-8', errors='surrogateescape') as f:
        f.writelines(entry + '\n' for entry in tail)


def set_history_length(length):
    """Set the maximal number of lines kept by write_history_file (negative: no limit)."""
    global _history_length
    _history_length = length


def get_history_length():
    """Return the maximum number of lines kept by write_history_file."""
    return _history_length


def get_current_history_length():
    """Return the current (not the maximum) length of history."""
    return len(_history)


def get_history_item(index):
    """Return the current contents of history item at one-based index."""
    if 1 <= index <= len(_history):
        return _history[index - 1]
    return None


def remove_history_item(pos):
    """Remove history item given by its zero-based position."""
    if pos < 0:
        raise ValueError("History index cannot be negative")
    if pos >= len(_history):
        raise ValueError("No history item at position %d" % pos)
    del _history[pos]


def replace_history_item(pos, line):
    """Replace the history item given by its zero-based position with line."""
    if pos < 0:
        raise ValueError("History index cannot be negative")
    if pos >= len(_history):
        raise ValueError("No history item at position %d" % pos)
    _history[pos] = line


def add_history(string):
    """Add an item to the history buffer."""
    _history.append(string)


def clear_history():
    """Clear the current readline history."""
    _history.clear()


def set_auto_history(enabled):
    """Enable or disable automatic history."""
    global _auto_history
    _auto_history = bool(enabled)


def _set_hook(name, function):
    if function is not None and not callable(function):
        raise TypeError("%s(func): argument not callable" % name)
    _hooks[name] = function


def set_startup_hook(function=None):
    """Set or remove the function invoked by the rl_startup_hook callback."""
    _set_hook('set_startup_hook', function)


def set_pre_input_hook(function=None):
    """Set or remove the function invoked by the rl_pre_input_hook callback."""
    _set_hook('set_pre_input_hook', function)


def set_completion_display_matches_hook(function=None):
    """Set or remove the completion display function."""
    _set_hook('set_completion_display_matches_hook', function)


def set_completer(function=None):
    """Set or remove the completer function."""
    global _completer
    if function is not None and not callable(function):
        raise TypeError("set_completer(func): argument not callable")
    _completer = function


def get_completer():
    """Get the current completer function."""
    return _completer


def get_completion_type():
    """Get the type of completion being attempted."""
    return 0


def get_begidx():
    """Get the beginning index of the completion scope."""
    return 0


def get_endidx():
    """Get the ending index of the completion scope."""
    return 0


def set_completer_delims(string):
    """Set the word delimiters for completion."""
    global _completer_delims
    _completer_delims = string


def get_completer_delims():
    """Get the word delimiters for completion."""
    return _completer_delims
