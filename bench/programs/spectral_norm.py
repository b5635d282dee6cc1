# Float-heavy nested loops through small functions, enumerate and zip (pyperformance's spectral_norm).
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def a_times_u(u):
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(len(u))]


def at_times_u(u):
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(len(u))]


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = at_times_u(a_times_u(u))
        u = at_times_u(a_times_u(v))
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


print("%.9f" % spectral_norm(350))
