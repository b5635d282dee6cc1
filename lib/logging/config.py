"""logging.config: set logging up from a dictionary (dictConfig) or an INI file (fileConfig).

The dictionary schema is CPython's (version 1): formatters, filters, handlers, loggers, root,
incremental and disable_existing_loggers, with 'ext://' and 'cfg://' values and '()' factories.
"""

import logging
import logging.handlers
import re

__all__ = ["dictConfig", "fileConfig", "valid_ident", "DictConfigurator", "BaseConfigurator",
           "DEFAULT_LOGGING_CONFIG_PORT", "RESET_ERROR", "IDENTIFIER", "listen", "stopListening"]

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104
IDENTIFIER = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')


def valid_ident(s):
    """True when s can be a keyword argument name, else ValueError."""
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % (s,))
    return True


def _import_dotted(path):
    """The object named by 'package.module.attr', importing as far as needed."""
    head, *tail = path.split('.')
    obj = __import__(head)
    so_far = head
    for part in tail:
        so_far += '.' + part
        if not hasattr(obj, part):
            __import__(so_far)
        obj = getattr(obj, part)
    return obj


def _level(value):
    """A level given as an int or a registered name."""
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        number = logging._nameToLevel.get(value)
        if number is None:
            raise ValueError("Unknown level: %r" % value)
        return number
    raise TypeError("Level not an integer or a valid string: %r" % (value,))


def _forget_handlers():
    """Close and drop every handler made so far (a new configuration replaces them)."""
    logging._handler_names.clear()
    logging.shutdown(list(logging._all_handlers))
    logging._all_handlers.clear()


def _descendants(names, parent):
    start = parent + "."
    return [n for n in names if n.startswith(start)]


def _settle_old_loggers(leftover, keep, disable):
    """Loggers the configuration did not name: children of configured ones are reset to
    inherit, the others are disabled when `disable` is true."""
    tree = logging.root.manager.loggerDict
    for name in leftover:
        lg = tree[name]
        if name not in keep:
            lg.disabled = disable
            continue
        if hasattr(lg, 'setLevel'):
            lg.setLevel(logging.NOTSET)
            lg.handlers = []
            lg.propagate = True


class BaseConfigurator:
    """Value conversion shared by configurators: 'ext://dotted.name' imports an object,
    'cfg://key.sub[0]' looks a value up in the configuration itself."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _import_dotted(s)
        except ImportError as exc:
            raise ValueError('Cannot resolve %r: %s' % (s, exc)) from exc

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError("Unable to convert %r" % value)
        node = self.config[first.group(1)]
        remaining = value[first.end():]
        while remaining:
            step = self.DOT_PATTERN.match(remaining)
            by_index = False
            if step is None:
                step = self.INDEX_PATTERN.match(remaining)
                by_index = True
            if step is None:
                raise ValueError('Unable to convert %r at %r' % (value, remaining))
            key = step.group(1)
            if by_index and self.DIGIT_PATTERN.match(key) and not isinstance(node, dict):
                key = int(key)
            node = node[key]
            remaining = remaining[step.end():]
        return node

    def convert(self, value):
        if not isinstance(value, str):
            return value
        found = self.CONVERT_PATTERN.match(value)
        if found is None:
            return value
        method = self.value_converters.get(found.group('prefix'))
        return value if method is None else getattr(self, method)(found.group('suffix'))

    def _keywords(self, spec):
        return {key: self.convert(val) for key, val in spec.items() if valid_ident(key)}

    def configure_custom(self, spec):
        spec = dict(spec)
        factory = spec.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        attributes = spec.pop('.', None) or {}
        made = factory(**self._keywords(spec))
        for attr, val in attributes.items():
            setattr(made, attr, val)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a version-1 logging configuration dictionary."""

    def configure(self):
        cfg = self.config
        if 'version' not in cfg:
            raise ValueError("dictionary doesn't specify a version")
        if cfg['version'] != 1:
            raise ValueError("Unsupported version: %s" % cfg['version'])
        if cfg.pop('incremental', False):
            self._update_levels(cfg)
            return
        disable = cfg.pop('disable_existing_loggers', True)
        _forget_handlers()
        self._build_all('formatters', 'formatter', self.configure_formatter)
        self._build_all('filters', 'filter', self.configure_filter)
        self._build_handlers()
        tree = logging.root.manager.loggerDict
        leftover = sorted(tree)
        keep = []
        for name, spec in cfg.get('loggers', {}).items():
            keep.extend(_descendants(leftover, name))
            if name in leftover:
                leftover.remove(name)
            try:
                self.configure_logger(name, spec)
            except Exception as exc:
                raise ValueError('Unable to configure logger %r' % name) from exc
        _settle_old_loggers(leftover, keep, disable)
        if cfg.get('root'):
            try:
                self.configure_root(cfg['root'])
            except Exception as exc:
                raise ValueError('Unable to configure root logger') from exc

    def _build_all(self, section, what, builder):
        table = self.config.get(section, {})
        for name in table:
            try:
                table[name] = builder(table[name])
            except Exception as exc:
                raise ValueError('Unable to configure %s %r' % (what, name)) from exc

    def _build_handlers(self):
        table = self.config.get('handlers', {})
        later = []
        for name in sorted(table):
            try:
                made = self.configure_handler(table[name])
            except Exception as exc:
                # a MemoryHandler whose target comes later alphabetically: retry at the end
                if 'target not configured yet' not in str(exc.__cause__):
                    raise ValueError('Unable to configure handler %r' % name) from exc
                later.append(name)
                continue
            made.name = name
            table[name] = made
        for name in later:
            try:
                made = self.configure_handler(table[name])
            except Exception as exc:
                raise ValueError('Unable to configure handler %r' % name) from exc
            made.name = name
            table[name] = made

    def _update_levels(self, cfg):
        for name, spec in cfg.get('handlers', {}).items():
            handler = logging._handler_names.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            if spec.get('level'):
                handler.setLevel(_level(spec['level']))
        for name, spec in cfg.get('loggers', {}).items():
            self.configure_logger(name, spec, True)
        if cfg.get('root'):
            self.configure_root(cfg['root'], True)

    def configure_formatter(self, spec):
        # CPython's configuration dicts convert 'ext://' / 'cfg://' values when read
        spec = {key: self.convert(val) for key, val in spec.items()}
        if '()' in spec:
            try:
                return self.configure_custom(spec)
            except TypeError as exc:
                if "'format'" not in str(exc):
                    raise
                renamed = dict(spec)
                renamed['fmt'] = renamed.pop('format')
                return self.configure_custom(renamed)
        cls = _import_dotted(spec['class']) if spec.get('class') else logging.Formatter
        args = [spec.get('format'), spec.get('datefmt'), spec.get('style', '%')]
        if 'validate' in spec:
            args.append(spec['validate'])
        return cls(*args)

    def configure_filter(self, spec):
        if '()' in spec:
            return self.configure_custom(spec)
        return logging.Filter(spec.get('name', ''))

    def add_filters(self, target, names):
        known = self.config.get('filters', {})
        for name in names:
            try:
                target.addFilter(known[name] if isinstance(name, str) else name)
            except Exception as exc:
                raise ValueError('Unable to add filter %r' % name) from exc

    def configure_handler(self, spec):
        spec = dict(spec)
        fmt_name = spec.pop('formatter', None)
        fmt = None
        if fmt_name:
            try:
                fmt = self.config['formatters'][fmt_name]
            except Exception as exc:
                raise ValueError('Unable to set formatter %r' % fmt_name) from exc
        level = spec.pop('level', None)
        filter_names = spec.pop('filters', None)
        if '()' in spec:
            handler = self.configure_custom(spec)
        else:
            cls = spec.pop('class')
            if not callable(cls):
                cls = self.resolve(cls)
            if 'target' in spec and issubclass(cls, logging.handlers.MemoryHandler):
                target = self.config['handlers'].get(spec['target'])
                if not isinstance(target, logging.Handler):
                    try:
                        raise ValueError('target not configured yet')
                    except ValueError as inner:
                        raise ValueError('Unable to set target handler %r' % spec['target']) from inner
                spec['target'] = target
            handler = cls(**self._keywords(spec))
        if fmt is not None:
            handler.setFormatter(fmt)
        if level is not None:
            handler.setLevel(_level(level))
        if filter_names:
            self.add_filters(handler, filter_names)
        return handler

    def add_handlers(self, target, names):
        known = self.config.get('handlers', {})
        for name in names:
            try:
                target.addHandler(known[name])
            except Exception as exc:
                raise ValueError('Unable to add handler %r' % name) from exc

    def common_logger_config(self, target, spec, incremental=False):
        if spec.get('level') is not None:
            target.setLevel(_level(spec['level']))
        if incremental:
            return
        for old in list(target.handlers):
            target.removeHandler(old)
        if spec.get('handlers'):
            self.add_handlers(target, spec['handlers'])
        if spec.get('filters'):
            self.add_filters(target, spec['filters'])

    def configure_logger(self, name, spec, incremental=False):
        target = logging.getLogger(name)
        self.common_logger_config(target, spec, incremental)
        target.disabled = False
        if spec.get('propagate') is not None:
            target.propagate = spec['propagate']

    def configure_root(self, spec, incremental=False):
        self.common_logger_config(logging.getLogger(), spec, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the module docstring)."""
    dictConfigClass(config).configure()


# --- fileConfig -----------------------------------------------------------------------------

def _keys(parser, section):
    return [k.strip() for k in parser[section]["keys"].split(",") if k.strip()]


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a ConfigParser-format file, file object or parser."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        parser = configparser.ConfigParser(defaults)
        try:
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=encoding)
        except configparser.ParsingError as exc:
            raise RuntimeError(f'{fname} is invalid: {exc}')
    formatters = {}
    for name in _keys(parser, "formatters"):
        sec = parser["formatter_" + name]
        cls_name = sec.get("class", raw=True, fallback=None)
        cls = _import_dotted(cls_name) if cls_name else logging.Formatter
        args = [sec.get(opt, raw=True, fallback=None) for opt in ("format", "datefmt")]
        args.append(sec.get("style", raw=True, fallback='%'))
        if 'validate' in sec:
            args.append(sec.getboolean('validate'))
        formatters[name] = cls(*args)
    _forget_handlers()
    handlers = _ini_handlers(parser, formatters)
    _ini_loggers(parser, handlers, disable_existing_loggers)


def _ini_handlers(parser, formatters):
    namespace = vars(logging)
    made = {}
    targets = []
    for name in _keys(parser, "handlers"):
        sec = parser["handler_" + name]
        cls_text = sec.get("class")
        try:
            cls = eval(cls_text, namespace)
        except (AttributeError, NameError):
            cls = _import_dotted(cls_text)
        handler = cls(*eval(sec.get("args", '()'), namespace), **eval(sec.get("kwargs", '{}'), namespace))
        handler.name = name
        if "level" in sec:
            handler.setLevel(sec["level"])
        if sec.get("formatter", ""):
            handler.setFormatter(formatters[sec["formatter"]])
        if issubclass(cls, logging.handlers.MemoryHandler) and sec.get("target", ""):
            targets.append((handler, sec["target"]))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _attach(target, parser_value, handlers):
    for old in list(target.handlers):
        target.removeHandler(old)
    for hname in (h.strip() for h in parser_value.split(",")):
        if hname:
            target.addHandler(handlers[hname])


def _ini_loggers(parser, handlers, disable):
    names = _keys(parser, "loggers")
    names.remove("root")
    root_sec = parser["logger_root"]
    if "level" in root_sec:
        logging.root.setLevel(root_sec["level"])
    _attach(logging.root, root_sec["handlers"], handlers)
    leftover = sorted(logging.root.manager.loggerDict)
    keep = []
    for name in names:
        sec = parser["logger_" + name]
        qualname = sec["qualname"]
        target = logging.getLogger(qualname)
        keep.extend(_descendants(leftover, qualname))
        if qualname in leftover:
            leftover.remove(qualname)
        if "level" in sec:
            target.setLevel(sec["level"])
        target.propagate = sec.getint("propagate", fallback=1)
        target.disabled = False
        _attach(target, sec["handlers"], handlers)
    _settle_old_loggers(leftover, keep, disable)


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """Needs sockets, which heapstack does not have."""
    raise NotImplementedError("logging.config.listen() is not available in heapstack")


def stopListening():
    """Nothing listens, so nothing stops."""
