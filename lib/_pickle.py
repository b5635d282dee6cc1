"""The accelerator module's names; in heapstack they live in lib/pickle.py."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, PickleBuffer, dump, dumps, load, loads)
