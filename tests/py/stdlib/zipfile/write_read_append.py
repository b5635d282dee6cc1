import zipfile, io, os, tempfile
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2024, 1, 2, 3, 4, 5)), "hello hello hello")
    zi = zipfile.ZipInfo("dir/", (2021, 2, 3, 4, 5, 6)); zi.external_attr = 0o40775 << 16 | 0x10
    z.writestr(zi, "")
    zi = zipfile.ZipInfo("b.bin", (2020, 5, 6, 7, 8, 10)); zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, b"\x00\x01" * 500)
    zi = zipfile.ZipInfo("ünï.txt", (2022, 12, 31, 23, 59, 58)); z.writestr(zi, "unicode name", compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    z.comment = b"cmt"
print(b.getvalue().hex())
z = zipfile.ZipFile(b)
for i in z.infolist(): print(repr(i), i.external_attr, i.create_system, i.create_version, i.extract_version, i.flag_bits, i.CRC, i.date_time, i.header_offset)
print(z.namelist(), z.read("a.txt"), len(z.read("b.bin")), z.read("ünï.txt"), z.comment, z.testzip(), z.getinfo("dir/").is_dir())
with z.open("a.txt") as f: print(f.read(5), f.read())
try: z.read("nope")
except KeyError as e: print(e)
try: zipfile.ZipFile(io.BytesIO(b"junk"))
except zipfile.BadZipFile as e: print(e)
print(zipfile.is_zipfile(b), zipfile.is_zipfile(io.BytesIO(b"nope")))
d = tempfile.mkdtemp(); os.chdir(d)
with open("f1.txt", "w") as f: f.write("line1\nline2\n" * 10)
os.mkdir("sub"); open("sub/f2.txt", "w").write("two")
with zipfile.ZipFile("arch.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.write("f1.txt"); zf.write("sub"); zf.write("sub/f2.txt", arcname="renamed.txt")
    with zf.open("streamed.txt", "w") as w: w.write(b"via open")
with zipfile.ZipFile("arch.zip") as zf:
    print(zf.namelist(), [(i.file_size, i.compress_size, i.compress_type) for i in zf.infolist()], zf.read("renamed.txt"), zf.read("streamed.txt"))
    zf.extractall("out"); print(sorted(os.listdir("out")), open("out/f1.txt").read()[:6], zf.extract("renamed.txt", "out2"))
    with zf.open("f1.txt") as f: print([l for l in f][:2])
with zipfile.ZipFile("arch.zip", "a") as zf: zf.writestr("added.txt", "appended")
with zipfile.ZipFile("arch.zip") as zf: print(zf.namelist(), zf.read("added.txt"))
bad = bytearray(b.getvalue()); i = bad.find(b"hello"); bad[i] = ord("j")
try: zipfile.ZipFile(io.BytesIO(bytes(bad))).read("a.txt")
except zipfile.BadZipFile as e: print(e)
try: zipfile.ZipFile(b, "q")
except ValueError as e: print(e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.BadZipfile is zipfile.BadZipFile, repr(zipfile.ZipInfo("x")))
