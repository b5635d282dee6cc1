# wave: write a short tone to a WAV file in /tmp, read it back, and the errors for
# unset parameters, bad values and files that are not WAV.
import io
import math
import os
import struct
import tempfile
import wave

rate = 8000
samples = [int(3000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(40)]
frames = struct.pack("<%dh" % len(samples), *samples)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tone.wav")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.setcomptype("NONE", "not compressed")
        print(w.getparams(), w.tell())
        w.writeframes(frames[:40])
        w.writeframes(frames[40:])
        print(w.getnframes(), w.tell())
    raw = open(path, "rb").read()
    print(len(raw), raw[:44].hex())
    with wave.open(path) as r:
        p = r.getparams()
        print(p, p.nframes, p._asdict()["framerate"])
        print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(),
              r.getcomptype(), r.getcompname(), r.getmarkers())
        first = r.readframes(5)
        print(struct.unpack("<5h", first), r.tell())
        r.setpos(30)
        print(struct.unpack("<10h", r.readframes(100)), r.tell(), r.readframes(3))
        r.rewind()
        print(r.readframes(0), r.readframes(40) == frames, r.tell())
        try:
            r.setpos(41)
        except wave.Error as e:
            print("wave.Error:", e)
        try:
            r.getmark(1)
        except wave.Error as e:
            print("wave.Error:", e)

    stereo = os.path.join(tmp, "stereo.wav")
    w = wave.open(stereo, "wb")
    w.setparams((2, 1, 22050.4, 0, "NONE", "not compressed"))
    w.writeframesraw(bytes(range(0, 256, 8)))
    w.writeframesraw(bytearray(b"\x80\x80"))
    w.close()
    data = open(stereo, "rb").read()
    print(data[:48].hex(), len(data))
    r = wave.open(open(stereo, "rb"))
    print(r.getparams(), r.readframes(3).hex())
    r.close()

buf = io.BytesIO()
w = wave.open(buf, "wb")
w.setnchannels(2)
w.setsampwidth(3)
w.setframerate(44100)
w.setnframes(10)
try:
    w.getparams()
except AttributeError:
    print("no compression type set yet: AttributeError, as in python3")
w.writeframes(bytes(18))
try:
    w.setnchannels(1)
except wave.Error as e:
    print("wave.Error:", e)
w.close()
print(buf.getvalue().hex())
odd = io.BytesIO()
with wave.open(odd, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(100)
    w.writeframes(b"\x01\x02\x03")
print(odd.getvalue().hex())
odd.seek(0)
with wave.open(odd, "rb") as r:
    print(r.getnframes(), r.readframes(10))

w = wave.open(io.BytesIO(), "wb")
for call in [
    lambda: w.getnchannels(),
    lambda: w.getsampwidth(),
    lambda: w.getframerate(),
    lambda: w.getparams(),
    lambda: w.setnchannels(0),
    lambda: w.setsampwidth(5),
    lambda: w.setframerate(0),
    lambda: w.setcomptype("ULAW", "u-law"),
    lambda: w.setmark(1, 2, "x"),
    lambda: w.writeframes(b"ab"),
    lambda: wave.open(io.BytesIO(), "x"),
    lambda: wave.open(io.BytesIO(b"RIFX\x04\x00\x00\x00WAVE")),
    lambda: wave.open(io.BytesIO(b"RIFF\x04\x00\x00\x00AVI ")),
    lambda: wave.open(io.BytesIO(b"RIFF\x04\x00\x00\x00WAVE")),
    lambda: wave.open(io.BytesIO(b"RIFF\x0c\x00\x00\x00WAVEdata\x00\x00\x00\x00")),
    lambda: wave.open(io.BytesIO(b"RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x03\x00" + bytes(14))),
]:
    try:
        print(call())
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
w.setnchannels(1)
w.setsampwidth(2)
w.setframerate(10)
w.close()
