# The deprecated sre_* modules old code still imports: the warning, the shared constants, re.error.
import sre_constants
import sre_compile, sre_parse
print(sre_constants.MAXREPEAT, sre_constants.MAXGROUPS, sre_constants.MAGIC, sre_constants.SRE_FLAG_IGNORECASE, sre_constants.error is __import__('re').error)
print(sre_compile.compile('a+b', 2).match('AAB'), sre_parse.SRE_FLAG_VERBOSE)
try: __import__('re').compile('(')
except sre_constants.error as e: print('caught', e)
print(sre_constants.MAXREPEAT is sre_parse.MAXREPEAT is sre_compile.MAXREPEAT, repr(sre_parse.MAXREPEAT))
