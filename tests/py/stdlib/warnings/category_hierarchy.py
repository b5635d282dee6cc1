import sys
import warnings

sys.stderr = sys.stdout


class AppWarning(UserWarning):
    pass


class DbWarning(AppWarning):
    pass


warnings.simplefilter("ignore", AppWarning)
warnings.warn("db", DbWarning)
warnings.warn("app", AppWarning)
warnings.warn("user", UserWarning)
warnings.simplefilter("error", DbWarning)
try:
    warnings.warn("db now errors", DbWarning)
except DbWarning as e:
    print("caught", type(e).__name__, e.args)
warnings.warn(DbWarning("instance beats category"), RuntimeWarning) if False else None
try:
    warnings.warn(DbWarning("instance category wins"), RuntimeWarning)
except DbWarning as e:
    print("caught instance", e)
w = AppWarning("custom", 1)
warnings.simplefilter("always")
warnings.warn(w)
print(warnings.filters[0][0], warnings.filters[0][2].__name__)
with warnings.catch_warnings(record=True) as log:
    warnings.warn("x", DeprecationWarning)
    warnings.warn("y", PendingDeprecationWarning)
print([type(m.message).__name__ for m in log], [m.message.args for m in log])
