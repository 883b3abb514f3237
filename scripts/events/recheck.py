"""
The lookup both audit re-check scripts run (audit7_recheck.py, audit8_recheck.py): which judged events of an audit
an events export still holds. An event is "still there" when the export has one with the same article, sentence,
source code, PLOVER type and target code.
"""
import json
import sys


def run(audit, argv):
    """Prints, per verdict, the numbers of the audit's events kept and gone in the export named by argv[1]."""
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} EVENTS.jsonl")

    def code(a):
        return (a or {}).get("code")
    with open(argv[1], encoding="utf-8") as f:
        events = [json.loads(line) for line in f if line.strip()]
    have = {(e["article_id"], e["sentence_index"], code(e["source"]), e["plover"], code(e["target"])) for e in events}
    groups = {}
    for n, verdict, *key in audit:
        groups.setdefault((verdict, tuple(key) in have), []).append(n)
    for (verdict, kept), ns in sorted(groups.items()):
        print(f"verdict {verdict} {'kept' if kept else 'gone'} {len(ns)}: {ns}")
