s = f'{a!r=}'
