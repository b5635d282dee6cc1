import textwrap


class Bullets(textwrap.TextWrapper):
    def wrap(self, text):
        lines = super().wrap(text)
        return ["* " + line for line in lines]


print(Bullets(width=15).wrap("alpha beta gamma delta epsilon"))


class NoSplit(textwrap.TextWrapper):
    def _split(self, text):
        return text.split(" ")


print(NoSplit(width=10).wrap("a b c d e f g h i j"))


class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=8).fill("shout this text"))
print(textwrap.__all__)
print(sorted(k for k in vars(textwrap.TextWrapper) if not k.startswith("__")))
