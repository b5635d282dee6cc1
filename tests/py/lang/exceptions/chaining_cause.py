class ConfigError(Exception):
    pass

def read_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError("bad port: " + text) from exc

try:
    read_port("80a")
except ConfigError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__suppress_context__)

def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("quiet failure") from None

try:
    quiet("x")
except ConfigError as e:
    print(e.__cause__, e.__context__ is not None, e.__suppress_context__)

read_port("http")
