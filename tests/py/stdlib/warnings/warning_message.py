import warnings

m = warnings.WarningMessage("text", UserWarning, "a.py", 5)
print(str(m), m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source)
m2 = warnings.WarningMessage(ValueError("v"), None, "b.py", 6, line="x", source=1)
print(str(m2))
print(warnings.WarningMessage._WARNING_DETAILS)
print(warnings.__all__)
print(warnings.defaultaction, warnings.onceregistry)
