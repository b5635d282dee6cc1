# Float arithmetic in loops (a small n-body step).
def advance(bodies, dt, steps):
    for _ in range(steps):
        n = len(bodies)
        for i in range(n):
            xi, yi, zi, vxi, vyi, vzi, mi = bodies[i]
            for j in range(i + 1, n):
                xj, yj, zj, vxj, vyj, vzj, mj = bodies[j]
                dx = xi - xj
                dy = yi - yj
                dz = zi - zj
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                bodies[i][3] -= dx * mj * mag
                bodies[i][4] -= dy * mj * mag
                bodies[i][5] -= dz * mj * mag
                bodies[j][3] += dx * mi * mag
                bodies[j][4] += dy * mi * mag
                bodies[j][5] += dz * mi * mag
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47],
    [4.84, -1.16, -0.10, 0.60, 2.81, -0.02, 0.037],
    [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011],
    [12.89, -15.11, -0.22, 1.08, 0.86, -0.01, 0.0017],
    [15.37, -25.91, 0.17, 0.97, 0.59, -0.03, 0.002],
]
advance(bodies, 0.01, 150000)
print(" ".join(f"{b[0]:.6f}" for b in bodies))
