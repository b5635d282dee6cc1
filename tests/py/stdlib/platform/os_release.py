# freedesktop_os_release parses /etc/os-release into a fresh dict each call
import platform

info = platform.freedesktop_os_release()
print(type(info).__name__, "ID" in info, "NAME" in info)
info["ID"] = "changed"
print(platform.freedesktop_os_release()["ID"] != "changed")
lines = ['NAME="Some \\"OS\\""\n', "ID=thing\n", "VERSION_ID='1.2'\n", "# comment\n", "BAD LINE\n", 'X="a\\$b\\`c"\n']
print(sorted(platform._parse_os_release(lines).items()))
print(sorted(platform._parse_os_release([]).items()))
