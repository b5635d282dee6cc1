with open("/definitely/not/here.txt") as f:
    print(f.read())
