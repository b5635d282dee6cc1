def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except FileNotFoundError as exc:
        raise RuntimeError("could not load configuration") from exc
    finally:
        print("load finished")

def main():
    try:
        load("settings.toml")
    finally:
        print("main cleanup")

main()
