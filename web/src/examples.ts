/** The examples menu: small programs, each showing one thing about Python's memory. */
export interface Example {
  id: string;
  title: string;
  /** What to look at, shown under the menu. */
  hint: string;
  code: string;
  /** Show shared objects (small ints, interned strings) as boxes of their own. */
  showShared?: boolean;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: "recursion",
    title: "Recursive calls: frames grow and shrink",
    hint: "Each call of fact pushes a frame on top of the stack; each return pops it.",
    code: `def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

result = fact(4)
print(result)
`,
  },
  {
    id: "aliasing",
    title: "Two names, one list",
    hint: "a and b point at the same list object: appending through b changes what a sees.",
    code: `a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = list(a)
c.append(5)
print(a, c, a is c)
`,
  },
  {
    id: "outlives",
    title: "An object outlives the frame that made it",
    hint: "make_point's frame disappears on return, but the dict it built lives on, referenced by p.",
    code: `def make_point(x, y):
    point = {"x": x, "y": y}
    return point

p = make_point(3, 4)
print(p["x"] + p["y"])
`,
  },
  {
    id: "refcount",
    title: "Refcount drops to zero: freed on the spot",
    hint: "del and rebinding drop references; at zero the object is freed at once and __del__ runs.",
    code: `class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

r = Resource("first")
alias = r
del r
print("still alive through alias")
alias = None
print("after alias = None")
`,
  },
  {
    id: "cycle",
    title: "A reference cycle only the collector frees",
    hint: "After del, the two nodes keep each other alive (refcount 1). gc.collect() finds and frees them.",
    code: `import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a, b
found = gc.collect()
print("collected", found)
`,
  },
  {
    id: "recursion-error",
    title: "RecursionError at the limit",
    hint: "With no base case the stack grows until the recursion limit (lowered to 40 here).",
    code: `import sys
sys.setrecursionlimit(40)

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
`,
  },
  {
    id: "cache-leak",
    title: "A leak through a module-level cache",
    hint: "Every result is kept in _cache forever: the heap only grows.",
    code: `_cache = {}

def load(key):
    if key not in _cache:
        _cache[key] = [key] * 5
    return _cache[key]

for i in range(6):
    data = load(i)
print(len(_cache), "entries kept alive")
`,
  },
  {
    id: "mutable-default",
    title: "The mutable default argument",
    hint: "The default list is made once, when def runs, and shared by every call.",
    code: `def add(item, bucket=[]):
    bucket.append(item)
    return bucket

first = add(1)
second = add(2)
print(first, second, first is second)
`,
  },
  {
    id: "interning",
    title: "Small ints and interned strings are shared",
    hint: "Ints -5..256 and identifier-like strings exist once; 1000 + 1 makes a new int object.",
    showShared: true,
    code: `a = 256
b = 255 + 1
print(a is b)
n = 1000
c = n + 1
d = n + 1
print(c == d, c is d)
s = "hello"
t = "hel" + "lo"
print(s is t)
`,
  },
  {
    id: "overallocation",
    title: "A list over-allocates as it grows",
    hint: "Watch the list's size: it jumps only now and then, because append reserves room ahead.",
    code: `import sys

items = []
for i in range(10):
    items.append(i)
    print(len(items), sys.getsizeof(items))
`,
  },
];

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
