s = f'{"\n".join(x)}'
