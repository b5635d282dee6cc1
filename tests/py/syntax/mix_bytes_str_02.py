s = 'a' b'b'
