s = f'{x!rr}'
