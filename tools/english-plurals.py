#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fills the English plural forms (claimscope_en.ts, which lupdate writes with
# plural messages only): the source marks the plural as "(s)", so
# "%n claim(s)" gives "%n claim" and "%n claims". Forms already filled in,
# by this script or by hand, are left as they are. Run by the
# update_translations target after lupdate; usage: english-plurals.py FILE.ts
import re
import sys

MESSAGE = re.compile(
    r'(<message[^>]*numerus="yes"[^>]*>\s*<source>(?P<source>[^<]*)</source>(?:(?!</message>).)*?)'
    r'<translation type="unfinished">\s*(?P<forms>(?:<numerusform>\s*</numerusform>\s*)+)</translation>',
    re.S)


def fill(match: re.Match) -> str:
    source = match.group('source')
    count = match.group('forms').count('<numerusform>')
    one, other = source.replace('(s)', ''), source.replace('(s)', 's')
    forms = [one] + [other] * (count - 1)
    indent = '\n            '
    body = ''.join(f'{indent}<numerusform>{f}</numerusform>' for f in forms)
    return f'{match.group(1)}<translation>{body}\n        </translation>'


def main() -> int:
    if len(sys.argv) != 2:
        print('usage: english-plurals.py FILE.ts', file=sys.stderr)
        return 2
    path = sys.argv[1]
    with open(path, encoding='utf-8') as f:
        text = f.read()
    filled, n = MESSAGE.subn(fill, text)
    if n:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(filled)
    print(f'{path}: {n} English plural form(s) filled')
    return 0


if __name__ == '__main__':
    sys.exit(main())
