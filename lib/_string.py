"""string helper module"""

# heapstack's _string: the parser that str.format uses, exposed for string.Formatter.


def _get_integer(s):
    # A field name that is all decimal digits is an index.
    if not s:
        return -1
    for ch in s:
        if not ('0' <= ch <= '9'):
            return -1
    return int(s)


def _parse_field(s, i, n):
    # Parses the field that starts at s[i] (just after its '{'); returns
    # (field_name, format_spec, conversion, next_index).
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    else:
        c = ''
    field_name = s[start:i - 1] if c in ('}', ':', '!') and c else s[start:i]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return field_name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    elif c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, i


def formatter_parser(format_string):
    if not isinstance(format_string, str):
        raise TypeError(f"expected str, got {type(format_string).__name__}")
    return _formatter_parser(format_string)


def _formatter_parser(s):
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        field_name, spec, conversion, i = _parse_field(s, i, n)
        yield (literal, field_name, spec, conversion)


def formatter_field_name_split(field_name):
    if not isinstance(field_name, str):
        raise TypeError(f"expected str, got {type(field_name).__name__}")
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    idx = _get_integer(first)
    if idx != -1:
        first = idx
    return first, _field_name_rest(field_name, i, n)


def _field_name_rest(s, i, n):
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            idx = _get_integer(name)
            yield (False, idx if idx != -1 else name)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
