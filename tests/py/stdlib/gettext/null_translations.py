import gettext
_ = gettext.gettext
print(_("Hello"), gettext.ngettext("apple", "apples", 1), gettext.ngettext("apple", "apples", 3), gettext.pgettext("menu", "Open"), gettext.npgettext("c", "a", "b", 0))
t = gettext.translation("myapp", localedir="locale", languages=["de"], fallback=True)
print(type(t).__name__, t.gettext("x"), t.info(), t.charset())
try: gettext.translation("myapp", localedir="locale", languages=["de"])
except FileNotFoundError as e: print(type(e).__name__, e, e.errno)
gettext.install("myapp"); print(_("installed"))
t.install(names=["ngettext"]); print(ngettext("one", "many", 2))
print(gettext.textdomain(), gettext.textdomain("other"), gettext.find("x"), gettext.find("x", all=True), gettext.dgettext("d", "m"))
n = gettext.NullTranslations(); n.add_fallback(gettext.NullTranslations()); print(n.gettext("fb"))
