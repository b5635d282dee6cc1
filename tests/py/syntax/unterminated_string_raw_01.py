r = r'C:\path\'
