# Numeric kernels (in the spirit of SciMark): successive over-relaxation, sparse matrix-vector
# multiply in compressed-row form, Monte Carlo pi with our own generator, LU factorisation with
# partial pivoting, and a radix-2 complex FFT with its inverse.
import math

import sys

# tests/py/programs/scimark.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 12


class Rand:
    """A small multiplicative congruential generator, deterministic across implementations."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 16807) % 2147483647
        return self.state / 2147483647.0


def make_matrix(rng, m, n):
    return [[rng.next() for _ in range(n)] for _ in range(m)]


def sor(grid, omega, cycles):
    m = len(grid)
    n = len(grid[0])
    w4 = omega * 0.25
    w1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, m - 1):
            gi = grid[i]
            gim = grid[i - 1]
            gip = grid[i + 1]
            for j in range(1, n - 1):
                gi[j] = w4 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + w1 * gi[j]
    return sum(sum(row) for row in grid)


def sparse_matmult(rng, n, nz, cycles):
    per_row = nz // n
    row_ptr = [0] * (n + 1)
    cols = []
    vals = []
    for r in range(n):
        step = max(r // per_row, 1)
        for k in range(per_row):
            cols.append((k * step) % n)
            vals.append(rng.next())
        row_ptr[r + 1] = row_ptr[r] + per_row
    x = [rng.next() for _ in range(n)]
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for idx in range(row_ptr[r], row_ptr[r + 1]):
                s += x[cols[idx]] * vals[idx]
            y[r] = s
    return sum(y)


def monte_carlo(rng, samples):
    under = 0
    for _ in range(samples):
        x = rng.next()
        y = rng.next()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def lu_factor(a, pivot):
    n = len(a)
    for j in range(n):
        jp = j
        big = abs(a[j][j])
        for i in range(j + 1, n):
            v = abs(a[i][j])
            if v > big:
                jp, big = i, v
        pivot[j] = jp
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < n - 1:
            aj = a[j]
            for ii in range(j + 1, n):
                ai = a[ii]
                aij = ai[j]
                for jj in range(j + 1, n):
                    ai[jj] -= aij * aj[jj]
    return a


def fft_transform(data, direction):
    n = len(data) // 2
    if n == 1:
        return
    logn = n.bit_length() - 1
    # bit reverse
    j = 0
    for i in range(n - 1):
        if i < j:
            data[2 * i], data[2 * j] = data[2 * j], data[2 * i]
            data[2 * i + 1], data[2 * j + 1] = data[2 * j + 1], data[2 * i + 1]
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    for _ in range(logn):
        w_real = 1.0
        w_imag = 0.0
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for b in range(0, n, 2 * dual):
            i = 2 * b
            jj = 2 * (b + dual)
            wd_real = data[jj]
            wd_imag = data[jj + 1]
            data[jj] = data[i] - wd_real
            data[jj + 1] = data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real, w_imag = tmp_real, tmp_imag
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                jj = 2 * (b + a + dual)
                z1_real = data[jj]
                z1_imag = data[jj + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[jj] = data[i] - wd_real
                data[jj + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2


def fft_roundtrip(rng, n, cycles):
    data = [rng.next() for _ in range(2 * n)]
    orig = data[:]
    for _ in range(cycles):
        fft_transform(data, -1)
        fft_transform(data, 1)
        for i in range(len(data)):
            data[i] /= n
    return max(abs(a - b) for a, b in zip(data, orig)) < 1e-9, sum(data)


rng = Rand(101010)
g = make_matrix(rng, 40, 40)
print("sor %.8f" % sor(g, 1.25, 12 * SCALE))
print("sparse %.8f" % sparse_matmult(rng, 400, 4000, 25 * SCALE))
print("monte carlo %.6f" % monte_carlo(rng, 60000 * SCALE))
a = make_matrix(rng, 60, 60)
piv = [0] * 60
lu_factor(a, piv)
print("lu %.8f" % sum(a[i][i] for i in range(60)), piv[:10])
ok, s = fft_roundtrip(rng, 512, 6 * SCALE)
print("fft", ok, "%.8f" % s)
