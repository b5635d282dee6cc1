print("pkg_basic.sub init", __name__, __package__)
