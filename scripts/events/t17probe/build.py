#!/usr/bin/env python3
"""Lays out a Timeline17 event probe as `dyad eval events` reads it (articles.jsonl + gold.jsonl).

The probes' gold events were coded by hand by dyad's authors (see README.md); the article texts are not copied
here but read from ../shared/bench/t17 when the folder is built.

    python3 scripts/events/t17probe/build.py a ../shared/bench/t17 /tmp/probe-a [--inter-state]
    java -jar dyad-app/target/dyad-app.jar eval events /tmp/probe-a

--inter-state keeps only the gold events between two different codes (the 1987 set's kind); without it the
events inside one state (an army and rebels of one country) are scored too.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('probe', choices=['a', 'b'])
    ap.add_argument('t17', help='the Timeline17 folder (../shared/bench/t17)')
    ap.add_argument('out', help='folder to write articles.jsonl and gold.jsonl into')
    ap.add_argument('--inter-state', action='store_true', help='only gold events between two different codes')
    args = ap.parse_args()
    if not os.path.isdir(args.t17):
        sys.exit(f'build.py: no such folder: {args.t17}')
    os.makedirs(args.out, exist_ok=True)
    kept = 0
    with open(os.path.join(args.out, 'articles.jsonl'), 'w', encoding='utf-8') as out:
        for line in open(os.path.join(HERE, f'probe-{args.probe}.articles.jsonl'), encoding='utf-8'):
            a = json.loads(line)
            path = os.path.join(args.t17, a.pop('path'))
            a['text'] = open(path, encoding='utf-8').read()
            out.write(json.dumps(a, ensure_ascii=False) + '\n')
    with open(os.path.join(args.out, 'gold.jsonl'), 'w', encoding='utf-8') as out:
        for line in open(os.path.join(HERE, f'probe-{args.probe}.gold.jsonl'), encoding='utf-8'):
            e = json.loads(line)
            if args.inter_state and e['source'] == e['target']:
                continue
            out.write(line if line.endswith('\n') else line + '\n')
            kept += 1
    print(f'{args.out}: 20 articles, {kept} gold events')


if __name__ == '__main__':
    main()
