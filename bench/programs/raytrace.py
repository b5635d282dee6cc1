# A small ray tracer (in the spirit of pyperformance's raytrace): vector classes with operator
# overloading, spheres and planes, shadows and reflections, a checksum of the rendered pixels.
import math

import sys

# tests/py/programs/raytrace.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 160
EPSILON = 1e-5


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        t = v - math.sqrt(disc)
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, colour, reflect):
        self.point = point
        self.normal = normal.normalized()
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def nearest(self, ray):
        best = None
        best_t = math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            return (0.1, 0.1, 0.15)
        p = ray.point_at(t)
        n = obj.normal_at(p)
        r, g, b = 0.05, 0.05, 0.05
        for light in self.lights:
            to_light = (light - p).normalized()
            lambert = n.dot(to_light)
            if lambert <= 0:
                continue
            shadow, _ = self.nearest(Ray(p + n * EPSILON, to_light))
            if shadow is not None:
                continue
            r += obj.colour[0] * lambert
            g += obj.colour[1] * lambert
            b += obj.colour[2] * lambert
        if depth < 3 and obj.reflect > 0:
            refl = self.trace(Ray(p + n * EPSILON, ray.direction.reflect(n)), depth + 1)
            k = obj.reflect
            r, g, b = r * (1 - k) + refl[0] * k, g * (1 - k) + refl[1] * k, b * (1 - k) + refl[2] * k
        return (min(r, 1.0), min(g, 1.0), min(b, 1.0))


def render(size):
    scene = Scene()
    scene.objects.append(Sphere(Vec(0, 1, -1), 1.0, (0.9, 0.2, 0.2), 0.3))
    scene.objects.append(Sphere(Vec(-2.2, 0.7, 0), 0.7, (0.2, 0.9, 0.2), 0.5))
    scene.objects.append(Sphere(Vec(2.0, 0.5, 0.5), 0.5, (0.2, 0.3, 0.9), 0.0))
    scene.objects.append(Plane(Vec(0, 0, 0), Vec(0, 1, 0), (0.7, 0.7, 0.7), 0.2))
    scene.lights.append(Vec(-5, 8, 6))
    scene.lights.append(Vec(4, 6, 3))
    eye = Vec(0, 1.8, 6)
    look = Vec(0, 0.8, 0)
    forward = (look - eye).normalized()
    right = forward.cross(Vec(0, 1, 0)).normalized()
    up = right.cross(forward)
    hist = [0] * 8
    total = 0
    for j in range(size):
        for i in range(size):
            u = (i + 0.5) / size * 2 - 1
            v = 1 - (j + 0.5) / size * 2
            d = forward + right * (u * 0.8) + up * (v * 0.8)
            r, g, b = scene.trace(Ray(eye, d))
            px = int(r * 255) << 16 | int(g * 255) << 8 | int(b * 255)
            total = (total * 31 + px) % 1000000007
            hist[int((r + g + b) / 3 * 7.999)] += 1
    return total, hist


print(render(SCALE))
