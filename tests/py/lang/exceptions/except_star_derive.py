# except* builds its parts through the group's derive() with a list, as split() does (one exceptiongroup_subset)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive got", type(excs).__name__)
        return MyEG(self.message, excs)
try:
    try:
        raise MyEG("m", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("caught value")
except MyEG as e:
    print("rest", repr(e))
