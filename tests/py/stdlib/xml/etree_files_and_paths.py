import xml.etree.ElementTree as ET, os, tempfile
root = ET.Element("students")
for i, (name, grade) in enumerate([("Ann", 91), ("Bob", 78), ("Cy", 85)]):
    st = ET.SubElement(root, "student", id=str(i + 1))
    ET.SubElement(st, "name").text = name
    ET.SubElement(st, "grade").text = str(grade)
ET.indent(root, space="    ")
path = os.path.join(tempfile.mkdtemp(), "s.xml")
ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
print(open(path).read())
tree = ET.parse(path)
r = tree.getroot()
grades = {s.findtext("name"): int(s.findtext("grade")) for s in r.iter("student")}
print(grades, sum(grades.values()) / len(grades))
for s in r.findall("student"):
    if int(s.find("grade").text) < 80:
        r.remove(s)
r.find("student[@id='3']/grade").text = "88"
r.set("count", str(len(r)))
print(ET.tostring(r, encoding="unicode"))
print([e.tag for e in r.iter() if e.text and e.text.strip()])
print(r.findall(".//grade[.='91']")[0].text, r.findall("student[name='Cy']")[0].get("id"))
print([e.text for e in r.findall(".//{*}name")], len(r.findall("*")), r.find(".").tag)
x = ET.XML("<a><b><c>1</c><c>2</c></b><b><c>3</c></b></a>")
print([c.text for c in x.findall("b/c[1]")], [c.text for c in x.findall(".//c[last()]")], x.find("b[2]/c").text)
print([c.text for c in x.iterfind(".//c")], x.findall("b//c")[-1].text)
tree2, ids = ET.XMLID('<r><p id="a">x</p><p id="b">y</p></r>')
print(sorted(ids), ids["b"].text)
html = ET.fromstring("<html><body><p>Hi<br/>there</p><script>a<b</script></body></html>") if False else ET.Element("html")
body = ET.SubElement(html, "body"); ET.SubElement(body, "br"); p = ET.SubElement(body, "p"); p.text = "a & b"
print(ET.tostring(html, method="html", encoding="unicode"))
import copy
c = copy.deepcopy(r); c[0].find("name").text = "Zed"
print(r[0].findtext("name"), c[0].findtext("name"))
parser = ET.XMLParser()
parser.feed("<root><x>1</x>")
parser.feed("<x>2</x></root>")
print([e.text for e in parser.close()])
tb = ET.TreeBuilder()
tb.start("t", {"a": "1"}); tb.data("hello"); tb.end("t")
print(ET.tostring(tb.close()))
