import getopt
print(getopt.short_has_arg('a', 'a:b'), getopt.short_has_arg('b', 'a:b'))
print(getopt.long_has_args('ver', ['verbose', 'version=']) if False else getopt.long_has_args('verb', ['verbose', 'version=']))
print(getopt.long_has_args('version', ['verbose', 'version=']))
print(getopt.do_shorts([], 'ab', 'a:b', ['x', 'y']), getopt.do_shorts([], 'ba1', 'a:b', ['x']))
print(getopt.do_longs([], 'version=2', ['version='], ['rest']), getopt.do_longs([], 'version', ['version='], ['2', 'rest']))
for call in (lambda: getopt.short_has_arg('z', 'a'), lambda: getopt.long_has_args('ver', ['verbose', 'version']), lambda: getopt.do_longs([], 'verbose=1', ['verbose'], []), lambda: getopt.do_shorts([], 'a', 'a:', [])):
    try:
        call()
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt), e.msg)
print(sorted(n for n in dir(getopt) if not n.startswith('_')))
