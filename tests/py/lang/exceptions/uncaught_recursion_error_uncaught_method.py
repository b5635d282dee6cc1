class Tree:
    def size(self):
        return 1 + self.size()
Tree().size()
