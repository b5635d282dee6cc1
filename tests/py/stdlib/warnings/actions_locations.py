import sys
import warnings

sys.stderr = sys.stdout


def site_a():
    warnings.warn("shared text")


def site_b():
    warnings.warn("shared text")


for action in ["default", "once", "module", "always"]:
    print("==", action)
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for _ in range(2):
        site_a()
        site_b()
    warnings.warn("shared text")
