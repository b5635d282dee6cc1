def cleanup():
    raise OSError("cleanup failed")

def run():
    try:
        raise ValueError("primary")
    finally:
        cleanup()

run()
