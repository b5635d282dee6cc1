"""The protocols of importlib.metadata (heapstack's own text): what
Distribution.metadata offers (an email-style mapping with get_all and a
json view) and the path operations a distribution's location needs
(joinpath, /, parent, read_text).  Typing markers only."""

from typing import Protocol


class PackageMetadata(Protocol):
    """Header mapping: len, in, [key], iteration, get_all(), json."""

    def get_all(self, name, failobj=...):
        """Every value of the key, or failobj."""

    @property
    def json(self):
        """The metadata as PEP 566's JSON form."""


class SimplePath(Protocol):
    """joinpath(), / and parent of a location, and read_text()."""

    def joinpath(self):
        """A location under this one."""

    def read_text(self):
        """The text of the file here."""
