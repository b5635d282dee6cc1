# html.escape / html.unescape and the html.entities tables.
import html
import html.entities as entities

for text in ["plain", "<a href=\"x\">'q' & more</a>", "", "&amp;", "\u20ac<"]:
    print(repr(html.escape(text)), repr(html.escape(text, quote=False)))

cases = [
    "no refs", "&amp; &lt; &gt; &quot; &apos; &#39; &#x27;", "&amp &lt &gt &copy", "&ampx &notit; &notin;",
    "&#65;&#x41;&#X41;&#0065", "&#0; &#13; &#128; &#x80; &#x9F; &#129;", "&#xD800; &#1114112; &#x110000;",
    "&#1; &#x7F; &#xFDD0; &#xFFFE; &#x10FFFF; &#11;", "&NotEqualTilde; &nGt; &fjlig; &ThickSpace;",
    "&unknown; &;", "& alone", "&#; &#x; &#xg;", "&AElig &AEligx &Aacute;", "&" + "a" * 40 + ";",
    "&lt;&lt;&lt;", "&CounterClockwiseContourIntegral;", "&#99999999999999999999;",
]
for text in cases:
    print(repr(text), ascii(html.unescape(text)))

print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(entities.name2codepoint["eacute"], entities.codepoint2name[233], entities.entitydefs["amp"],
      entities.html5["amp;"], entities.html5["amp"], ascii(entities.html5["NotEqualTilde;"]))
print(sorted(entities.html5)[:5], sorted(entities.name2codepoint)[-3:])
print(sum(map(ord, "".join(entities.html5.values()))), sum(entities.name2codepoint.values()))
print(entities.__all__, html.__all__)
