# 'async for' over an __anext__ result whose __await__ fails: TypeError with the failure as cause
import traceback


class F:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class G:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def main(cls):
    async for _ in cls():
        pass


for cls in (F, G):
    try:
        main(cls).send(None)
    except TypeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
        traceback.print_exc()
