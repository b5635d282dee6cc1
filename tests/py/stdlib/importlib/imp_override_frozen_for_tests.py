import _imp
print(_imp._override_frozen_modules_for_tests(1), _imp._override_frozen_modules_for_tests(-1), _imp._override_frozen_modules_for_tests(0), _imp._override_frozen_modules_for_tests(True))
for bad in [(), ('x',), (1, 2)]:
    try:
        _imp._override_frozen_modules_for_tests(*bad)
    except TypeError as e:
        print('TypeError', e)
