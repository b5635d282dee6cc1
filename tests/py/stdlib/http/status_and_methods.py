from http import HTTPStatus, HTTPMethod
import http
print([(s.value, s.name, s.phrase, s.description) for s in HTTPStatus])
print(len(HTTPStatus), repr(HTTPStatus.OK), str(HTTPStatus.OK), HTTPStatus(404), HTTPStatus.NOT_FOUND == 404, f"{HTTPStatus.OK}", HTTPStatus["IM_A_TEAPOT"].phrase, HTTPStatus.OK + 1, isinstance(HTTPStatus.OK, int))
print([m for m in HTTPMethod], repr(HTTPMethod.GET), HTTPMethod.GET.description, str(HTTPMethod.GET), HTTPMethod.GET == "GET", HTTPMethod("POST"), f"{HTTPMethod.PUT}")
print(sorted(n for n in dir(http) if not n.startswith("_")), HTTPStatus.__doc__.splitlines()[0])
try: HTTPStatus(999)
except ValueError as e: print(e)
print({s.value // 100 for s in HTTPStatus}, [s.name for s in HTTPStatus if s.value >= 500])
