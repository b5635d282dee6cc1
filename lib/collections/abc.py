# collections.abc is the public face of _collections_abc (kept separate so
# that interpreter start-up does not need the whole collections package).
import _collections_abc

__all__ = _collections_abc.__all__
globals().update({name: getattr(_collections_abc, name) for name in __all__})
_CallableGenericAlias = _collections_abc._CallableGenericAlias
