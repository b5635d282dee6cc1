# LoggerAdapter.warn (deprecated like Logger.warn: a DeprecationWarning at the caller's line,
# then a WARNING record with the adapter's extra), and the handler and adapter classes that are
# generic in 3.11 (StreamHandler[...], FileHandler[...], LoggerAdapter[...]).
import io
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s %(k)s", stream=sys.stdout)
adapter = logging.LoggerAdapter(logging.getLogger("app"), {"k": "extra-k"})
adapter.warn("adapter warn %s", 1)
adapter.warning("adapter warning %s", 2)
print(logging.StreamHandler[io.StringIO], logging.FileHandler[io.TextIOWrapper])
print(logging.LoggerAdapter[logging.Logger], logging.LoggerAdapter.warn.__name__)
