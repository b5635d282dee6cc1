s = f'{x!r'
