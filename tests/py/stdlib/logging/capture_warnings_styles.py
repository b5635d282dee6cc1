# logging.captureWarnings routes warnings to the 'py.warnings' logger and back; the style
# classes and the manager under their public names.
import logging, warnings, sys
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.captureWarnings(True)
warnings.warn("captured warning")
log = logging.getLogger('app.sub')
log.info("hello %s", 'x'); log.debug('dbg'); log.warning('warn %d', 3)
try: 1/0
except ZeroDivisionError: log.exception('boom')
logging.captureWarnings(False)
warnings.warn("not captured")
print(logging.getLevelName(25), logging.getLevelName('INFO'), logging.PercentStyle, logging.StrFormatStyle, logging.StringTemplateStyle)
fmt = logging.Formatter('{levelname}|{message}', style='{'); h = logging.StreamHandler(sys.stdout); h.setFormatter(fmt)
l2 = logging.getLogger('x'); l2.propagate = False; l2.addHandler(h); l2.error('styled')
print(logging.root.manager.loggerDict.keys() >= {'app.sub', 'x'}, type(logging.root.manager).__name__, logging.Manager)
logging.lastResort; logging.raiseExceptions
