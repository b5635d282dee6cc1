# asyncio's event loop policy: the default policy's type and module, get/set/new_event_loop
# going through it, a custom policy (as uvloop installs) making the loops asyncio.run uses,
# bad values for set_event_loop_policy / set_event_loop, the abstract policy's methods.
import asyncio
import asyncio.events

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, type(policy).__module__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(asyncio.DefaultEventLoopPolicy is type(policy), asyncio.get_event_loop_policy() is policy)
print(asyncio.events.get_event_loop_policy is asyncio.get_event_loop_policy)

loop = policy.new_event_loop()
policy.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, policy.get_event_loop() is loop)
print(loop.run_until_complete(asyncio.sleep(0, "ran")))
asyncio.set_event_loop(None)
try:
    policy.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()

made = []


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        made.append(1)
        return super().new_event_loop()


asyncio.set_event_loop_policy(CountingPolicy())


async def main():
    return type(asyncio.get_event_loop_policy()).__name__


print(asyncio.run(main()), len(made))
print(asyncio.new_event_loop().is_closed(), len(made))

asyncio.set_event_loop_policy(None)
fresh = asyncio.get_event_loop_policy()
print(type(fresh).__name__, fresh is policy)

bad_calls = (
    (asyncio.set_event_loop_policy, 42),
    (asyncio.set_event_loop_policy, object()),
    (asyncio.set_event_loop, "loop"),
)
for setter, bad in bad_calls:
    try:
        setter(bad)
    except TypeError as e:
        print("TypeError:", e)

abstract = asyncio.AbstractEventLoopPolicy()
for name, args in (("get_event_loop", ()), ("set_event_loop", (None,)), ("new_event_loop", ())):
    try:
        getattr(abstract, name)(*args)
    except NotImplementedError:
        print(name, "NotImplementedError")
