# logging.config: dictConfig (formatters incl. '()' factories and '{' style, filters, handlers with
# ext:// streams, loggers, root, disable_existing_loggers and child loggers, errors with causes), fileConfig.
import logging, logging.config, sys, io
pre = logging.getLogger('app.early'); other = logging.getLogger('unrelated')
cfg = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'braces': {'format': '{levelname} | {name} | {message}', 'style': '{'},
    },
    'filters': {'onlyapp': {'name': 'app'}},
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'level': 'INFO', 'stream': 'ext://sys.stdout'},
        'other': {'class': 'logging.StreamHandler', 'formatter': 'braces', 'stream': 'ext://sys.stdout', 'filters': ['onlyapp']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['other'], 'propagate': True},
        'quiet': {'level': 'ERROR'},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
}
logging.config.dictConfig(cfg)
log = logging.getLogger('app.sub')
log.debug('debug from app.sub'); log.info('info from app.sub'); log.warning('warn')
logging.getLogger('quiet').warning('hidden'); logging.getLogger('quiet').error('quiet error')
pre.info('early info'); other.warning('unrelated disabled?'); print(other.disabled, pre.disabled)
logging.warning('root warn'); logging.info('root info hidden')
print(logging.getLogger().level, logging.getLogger('app').level, [type(h).__name__ for h in logging.getLogger().handlers])
for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}}, {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}}, {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}}]:
    try: logging.config.dictConfig(bad)
    except Exception as e: print(type(e).__name__, e, '<-', type(e.__cause__).__name__, e.__cause__)
class MyFmt(logging.Formatter):
    def format(self, record): return 'MY ' + super().format(record)
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False, 'formatters': {'f': {'()': MyFmt, 'fmt': '%(message)s'}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'}}, 'root': {'handlers': ['h'], 'level': 'DEBUG'}})
logging.getLogger('z').debug('custom formatter'); print(logging.getLogger('unrelated').disabled)
ini = io.StringIO('''[loggers]
keys=root,db

[handlers]
keys=out

[formatters]
keys=plain

[logger_root]
level=INFO
handlers=out

[logger_db]
level=DEBUG
handlers=
qualname=db
propagate=1

[handler_out]
class=StreamHandler
level=DEBUG
formatter=plain
args=(sys.stdout,)

[formatter_plain]
format=[%(name)s] %(levelname)s %(message)s
''')
logging.config.fileConfig(ini)
logging.getLogger('db').debug('db debug'); logging.getLogger('other2').info('other info'); logging.getLogger('z').info('z disabled now?')
print(logging.config.valid_ident('abc'))
try: logging.config.valid_ident('1x')
except ValueError as e: print(e)
# incremental updates, cfg:// values, a MemoryHandler whose target sorts after it
logging.config.dictConfig({'version': 1, 'incremental': True, 'root': {'level': 'ERROR'}})
logging.getLogger('db').warning('db still debug-level logger'); logging.warning('root now error-only')
logging.config.dictConfig({
    'version': 1, 'custom': {'fmt': '<%(message)s>'},
    'formatters': {'f': {'format': 'cfg://custom.fmt'}},
    'handlers': {'a_mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'z_out'},
                 'z_out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'}},
    'loggers': {'buf': {'handlers': ['a_mem'], 'level': 'INFO', 'propagate': False}},
})
b = logging.getLogger('buf'); b.info('one'); print('after one'); b.info('two'); print('after two')
try:
    logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {'missing': {}}})
except ValueError as e:
    print(e)
