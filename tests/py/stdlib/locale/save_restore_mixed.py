# Saving and restoring the locale: setlocale(LC_ALL) reports a mixed setting as glibc's
# composite "LC_CTYPE=...;LC_NUMERIC=...;..." string, which setlocale(LC_ALL, saved) accepts
# (as test.support.run_with_locale does). A composite name must list every category.
import locale

locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL))
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
saved = locale.setlocale(locale.LC_ALL)
print(saved)
locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, saved) == saved)
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))

swapped = saved.replace("LC_CTYPE=C.UTF-8", "LC_CTYPE=C").replace("LC_TIME=C", "LC_TIME=C.UTF-8")
print(locale.setlocale(locale.LC_ALL, swapped))
print(locale.setlocale(locale.LC_TIME), locale.setlocale(locale.LC_CTYPE))

parts = saved.split(";")
for bad in [
    ";".join(parts[:2]),
    ";".join(parts[1:] + parts[:1]),
    saved.replace("LC_NUMERIC=C", "LC_NUMERIC=xx_YY"),
    saved.replace("LC_NUMERIC", "LC_BOGUS"),
    "LC_CTYPE=C",
]:
    try:
        print("ok", locale.setlocale(locale.LC_ALL, bad))
    except locale.Error as e:
        print("locale.Error:", e)
try:
    locale.setlocale(locale.LC_NUMERIC, saved)
except locale.Error as e:
    print("locale.Error:", e)
print(locale.setlocale(locale.LC_ALL, "C"))
