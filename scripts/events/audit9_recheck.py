#!/usr/bin/env python3
"""
Looks up the ninth audit's 60 judged events (docs/event-audit.md, seed 409, coder a410a82) in an events
export of a later coder run on the same 290 Timeline17 files, and says which are still there. These are the ninth
audit's own 290 files (drawn fresh, none of them in the first eight audits), not the files of audit7_recheck.py or
audit8_recheck.py.

  java -jar dyad-app/target/dyad-app.jar ingest SAMPLE --store /tmp/s   # SAMPLE as under "Ninth audit" in docs/event-audit.md
  java -jar dyad-app/target/dyad-app.jar events --store /tmp/s --format jsonl > /tmp/s.jsonl
  python3 scripts/events/audit9_recheck.py /tmp/s.jsonl

An event is "still there" when the export holds one with the same article, sentence, source code, PLOVER type
and target code. The article ids are the store's (`dyad events`), not those of `dyad extract`: for 14 Reuters
articles of this file set the two differ. A second ingest of the same 290 files gave the same ids (a byte-identical
export), and this script reports all 60 kept on it.
Verdicts: c correct, w wrong, b borderline (the audit's judgement table). A gone wrong event is a
fix only for that event; a new sample measures precision.
"""
import sys

import recheck

# number, verdict, article id, sentence index, source code, PLOVER type, target code
AUDIT = [
    (1, 'c', '8826d161c9a17b7f', 310, 'LBY', 'SUPPORT', 'USA'),
    (2, 'w', '96299657d2b47657', 15, 'SYR', 'ACCUSE', 'USA'),
    (3, 'w', '8fcf69da6422d164', 6, 'CHN', 'ACCUSE', 'VNM'),
    (4, 'w', '87fdfdfe85151100', 5, 'HTI', 'REQUEST', 'GBR'),
    (5, 'c', '51673e8eb953bc6c', 28, 'RUS', 'ACCUSE', 'NATO'),
    (6, 'w', '42856263bfcbe677', 28, 'USA', 'SUPPORT', 'LBY'),
    (7, 'w', '45ac267d3ac13904', 3, 'FRA', 'AID', 'USA'),
    (8, 'c', '8826d161c9a17b7f', 1177, 'USA', 'AID', 'LBY'),
    (9, 'c', 'c16aee2f9243a2e1', 26, 'CHE', 'SANCTION', 'SYR'),
    (10, 'b', '42856263bfcbe677', 8, 'LBY', 'REQUEST', 'USA'),
    (11, 'w', '643c0dd713fb8b2a', 20, 'LBY', 'REQUEST', 'AU'),
    (12, 'c', '96299657d2b47657', 20, 'SYR', 'REQUEST', 'LBN'),
    (13, 'w', '302b07fb1121a4b4', 0, 'EGY', 'REQUEST', 'USA'),
    (14, 'w', '8826d161c9a17b7f', 474, 'USA', 'ASSAULT', 'LBY'),
    (15, 'c', 'bd5c5b9d5a61250f', 1, 'UN', 'ACCUSE', 'SYR'),
    (16, 'c', '38efabe68a65d635', 15, 'IRQ', 'ASSAULT', 'KWT'),
    (17, 'w', '611a2a61df291051', 83, 'LBY', 'REQUEST', 'CHN'),
    (18, 'w', '611a2a61df291051', 78, 'LBY', 'REQUEST', 'AL'),
    (19, 'b', '8826d161c9a17b7f', 1101, 'USA', 'ASSAULT', 'LBY'),
    (20, 'c', '7e41c1189ab0614f', 1, 'USA', 'MOBILIZE', 'LBY'),
    (21, 'w', '80c99d0b29a59757', 3, 'SYR', 'REQUEST', 'TUN'),
    (22, 'w', '96299657d2b47657', 21, 'LBN', 'REJECT', 'SYR'),
    (23, 'w', '7aa7c4491bc6f051', 11, 'USA', 'ACCUSE', 'IRQ'),
    (24, 'c', '643c0dd713fb8b2a', 13, 'NATO', 'SUPPORT', 'LBY'),
    (25, 'w', 'c5581e42cfa9d123', 22, 'UN', 'AGREE', 'SYR'),
    (26, 'c', '7863d89f92fca8cd', 9, 'AL', 'REQUEST', 'UN'),
    (27, 'w', '179b31e5b13ee466', 25, 'GBR', 'CONSULT', 'USA'),
    (28, 'w', 'c5581e42cfa9d123', 18, 'FRA', 'THREATEN', 'UN'),
    (29, 'c', '75b27040d538ce4c', 21, 'USA', 'SANCTION', 'SYR'),
    (30, 'w', '00dfbd459543ca14', 15, 'USA', 'COERCE', 'IRN'),
    (31, 'w', 'af7748326f2dc61a', 23, 'KWT', 'AGREE', 'JOR'),
    (32, 'c', 'bd0d1b86a9f9884d', 0, 'CHN', 'REQUEST', 'MEX'),
    (33, 'b', '0925eb65668a987b', 55, 'USA', 'CONSULT', 'EGY'),
    (34, 'c', '0127747a585e00e2', 1, 'LBY', 'SUPPORT', 'RUS'),
    (35, 'w', '55b98b73a2eacdd7', 0, 'UN', 'ACCUSE', 'SYR'),
    (36, 'w', '0925eb65668a987b', 96, 'USA', 'REQUEST', 'COL'),
    (37, 'c', '73f4095116078a42', 17, 'UN', 'REQUEST', 'SYR'),
    (38, 'w', '06b84a7a96f94a5c', 10, 'UN', 'ACCUSE', 'LBN'),
    (39, 'w', '3eb85c187c2cb2e6', 4, 'USA', 'AGREE', 'LBY'),
    (40, 'c', '42856263bfcbe677', 22, 'USA', 'SUPPORT', 'NATO'),
    (41, 'c', 'bd5c5b9d5a61250f', 2, 'UN', 'ACCUSE', 'SYR'),
    (42, 'w', '7aa7c4491bc6f051', 20, 'USA', 'ACCUSE', 'GBR'),
    (43, 'b', '8826d161c9a17b7f', 776, 'LBY', 'REQUEST', 'USA'),
    (44, 'c', '51673e8eb953bc6c', 25, 'NATO', 'ASSAULT', 'LBY'),
    (45, 'c', 'c616ac70661e0ffa', 7, 'USA', 'COERCE', 'GTM'),
    (46, 'c', '6ff2b713b3b2d440', 3, 'ZAF', 'REQUEST', 'UN'),
    (47, 'c', 'a65ab0740db359a4', 12, 'UN', 'RETREAT', 'LBY'),
    (48, 'b', 'a4765063c1662e0e', 3, 'ICC', 'ACCUSE', 'LBY'),
    (49, 'w', '38efabe68a65d635', 0, 'AL', 'REQUEST', 'UN'),
    (50, 'w', '07917a4a3e04cf3f', 18, 'VEN', 'REQUEST', 'EGY'),
    (51, 'w', '51673e8eb953bc6c', 25, 'RUS', 'REJECT', 'SYR'),
    (52, 'w', '3d19783551eb4ebb', 4, 'LBY', 'CONSULT', 'EGY'),
    (53, 'w', '0a3da891ab4cd995', 30, 'SYR', 'REQUEST', 'GBR'),
    (54, 'w', '8826d161c9a17b7f', 822, 'LBY', 'THREATEN', 'USA'),
    (55, 'w', '179b31e5b13ee466', 29, 'USA', 'REQUEST', 'GBR'),
    (56, 'c', '51673e8eb953bc6c', 0, 'TUR', 'REQUEST', 'SYR'),
    (57, 'w', '3eb85c187c2cb2e6', 21, 'USA', 'AGREE', 'LBY'),
    (58, 'c', 'b21ec2df026d30ce', 13, 'SYR', 'AGREE', 'UN'),
    (59, 'w', 'b85ecb06cc14c677', 16, 'AL', 'CONSULT', 'SYR'),
    (60, 'w', '5bec75e897499c61', 0, 'LBY', 'ASSAULT', 'USA'),
]


if __name__ == "__main__":
    recheck.run(AUDIT, sys.argv)
