"""Records of the `from __future__ import ...` features.

Each feature is a _Feature object saying in which release it became optional
(importable from __future__), in which release it becomes (or became) the only
behaviour (None: not decided), and the code flag the compiler sets for it.
The compiler itself decides what a future statement does; this module only
describes the features, so that `import __future__` and introspection work.
"""

# Code-object flags the compiler associates with each feature.
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """One future feature: (optional release, mandatory release, compiler flag)."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The release (a sys.version_info-like 5-tuple) that first accepted the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on, or None if not yet decided."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


# name -> (optional release, mandatory release, flag), in the order features were added
_TABLE = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
    ("annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
)

all_feature_names = [row[0] for row in _TABLE]
for _name, _optional, _mandatory, _flag in _TABLE:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
del _name, _optional, _mandatory, _flag, _TABLE

__all__ = ["all_feature_names"] + all_feature_names
