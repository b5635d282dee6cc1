results = []
for item in ["1", "x", "3", None, "5"]:
    try:
        value = int(item)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(value)
    finally:
        results.append("|")
print(results)

def retry(attempts):
    count = 0
    while True:
        count += 1
        try:
            if count < attempts:
                raise ConnectionError(f"attempt {count}")
            return f"succeeded after {count}"
        except ConnectionError as e:
            print("retrying after", e)
print(retry(3))
