"""`heapstack -m json.tool [infile [outfile]]`: check that the input is JSON and print it
again, indented (or compact, or as JSON Lines), like python3 -m json.tool."""

import argparse
import json
import sys
from pathlib import Path

_HELP = {
    'infile': 'a JSON file to be validated or pretty-printed',
    'outfile': 'write the output of infile to outfile',
    'sort_keys': 'sort the output of dictionaries alphabetically by key',
    'no_ensure_ascii': 'disable escaping of non-ASCII characters',
    'json_lines': ('parse input using the JSON Lines format. Use with --no-indent or '
                   '--compact to produce valid JSON Lines output.'),
    'indent': ('separate items with newlines and use this number of spaces for '
               'indentation'),
    'tab': 'separate items with newlines and use tabs for indentation',
    'no_indent': 'separate items with spaces rather than newlines',
    'compact': 'suppress all whitespace separation (most compact)',
}


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate and '
                    'pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', default=sys.stdin, help=_HELP['infile'],
                        type=argparse.FileType(encoding='utf-8'))
    parser.add_argument('outfile', nargs='?', default=None, type=Path, help=_HELP['outfile'])
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help=_HELP['sort_keys'])
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help=_HELP['no_ensure_ascii'])
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help=_HELP['json_lines'])
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int, help=_HELP['indent'])
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help=_HELP['tab'])
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help=_HELP['no_indent'])
    layout.add_argument('--compact', action='store_true', help=_HELP['compact'])
    return parser


def main():
    options = _parser().parse_args()
    settings = {'sort_keys': options.sort_keys, 'indent': options.indent,
                'ensure_ascii': options.ensure_ascii}
    if options.compact:
        settings['indent'] = None
        settings['separators'] = (',', ':')
    source = options.infile
    try:
        with source:
            if options.json_lines:
                documents = [json.loads(line) for line in source]
            else:
                documents = [json.load(source)]
        target = sys.stdout if options.outfile is None else options.outfile.open('w', encoding='utf-8')
        with target:
            for document in documents:
                json.dump(document, target, **settings)
                target.write('\n')
    except ValueError as problem:
        raise SystemExit(problem)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as problem:
        sys.exit(problem.errno)
