import colorsys, random
random.seed(3)
cols = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (1, 0.5, 0)]
cols += [(random.random(), random.random(), random.random()) for _ in range(30)]
for c in cols:
    yiq = colorsys.rgb_to_yiq(*c); hls = colorsys.rgb_to_hls(*c); hsv = colorsys.rgb_to_hsv(*c)
    print(c, yiq, colorsys.yiq_to_rgb(*yiq))
    print(" ", hls, colorsys.hls_to_rgb(*hls))
    print(" ", hsv, colorsys.hsv_to_rgb(*hsv))
for h in [i / 12 for i in range(13)]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.9), colorsys.hls_to_rgb(h, 0.7, 0.3), colorsys.hls_to_rgb(h, 0.3, 0.5))
print(colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(0, -1, -1), colorsys.hsv_to_rgb(1.0, 1, 1), colorsys.rgb_to_hsv(255, 128, 0))
print(colorsys.ONE_THIRD, colorsys.__all__)
