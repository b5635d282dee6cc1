from . import __name__ as parent_name
from .. import shared
from ..shared import counter
shared.counter += 10
result = (parent_name, counter, __name__, __package__)
