"""cProfile: the profiler CPython writes in C, here the same collector as profile.Profile."""

import profile as _profile

__all__ = ["run", "runctx", "Profile"]


class Profile(_profile.Profile):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)"""

    _c_profiler = True

    # (defined here, like CPython's, so the profile shows the __exit__ that calls disable())
    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.disable()


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print (or, given filename, save) the statistics."""
    return _profile._run(Profile(), statement, filename, sort, None)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Run statement under the profiler with the given globals and locals."""
    return _profile._run(Profile(), statement, filename, sort, (globals, locals))


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    import pstats
    return _profile._main('cProfile', 2, sorted(pstats.Stats.sort_arg_dict_default), runctx)


if __name__ == '__main__':
    main()
