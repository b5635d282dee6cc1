# gc.freeze moves every tracked object to the permanent generation.
import gc


class Node:
    pass


gc.collect()
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("generations empty:", gc.get_count()[0] < 5)
a = Node()
a.me = a
del a
print("collect ignores frozen, finds new garbage:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
