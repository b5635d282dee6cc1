naïve_café = {"clé": 1}
print(naïve_café["clé"])
print(naïve_café["clef"] + "é")
