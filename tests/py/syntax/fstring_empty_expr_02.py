s = f'a{ }b'
