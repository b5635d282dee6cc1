from .. import shared
shared.counter += 1
