"""zoneinfo._common: reading TZif files (RFC 8536) and the not-found error."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


def read_tzif(data):
    """Parse TZif bytes: (utc transition times, ttinfo index per transition,
    ttinfos as (utcoff seconds, isdst, abbreviation), footer TZ string or '')."""
    if data[:4] != b'TZif':
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]

    def header(offset):
        counts = struct.unpack('>6l', data[offset + 20:offset + 44])
        return counts  # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt

    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header(0)
    time_size = 4
    offset = 44
    if version >= b'2':
        # skip the 32-bit block: the 64-bit one follows with its own header
        offset += (timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8
                   + isstdcnt + isutcnt)
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header(offset)
        offset += 44
        time_size = 8
    fmt = '>%d%s' % (timecnt, 'q' if time_size == 8 else 'l')
    transitions = list(struct.unpack(fmt, data[offset:offset + timecnt * time_size]))
    offset += timecnt * time_size
    indexes = list(data[offset:offset + timecnt])
    offset += timecnt
    raw_types = []
    for _ in range(typecnt):
        utcoff, isdst, abbrind = struct.unpack('>lBB', data[offset:offset + 6])
        raw_types.append((utcoff, isdst, abbrind))
        offset += 6
    chars = data[offset:offset + charcnt]
    offset += charcnt + leapcnt * (time_size + 4) + isstdcnt + isutcnt
    types = []
    for utcoff, isdst, abbrind in raw_types:
        end = chars.find(b'\x00', abbrind)
        types.append((utcoff, isdst, chars[abbrind:end if end >= 0 else None].decode()))
    footer = ''
    if version >= b'2':
        rest = data[offset:]
        if rest.startswith(b'\n'):
            end = rest.find(b'\n', 1)
            footer = rest[1:end].decode() if end > 0 else ''
    return transitions, indexes, types, footer
