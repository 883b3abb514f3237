#!/usr/bin/env python3
"""
Looks up the seventh audit's 60 judged events (docs/event-audit.md, seed 211, coder bd43f9c) in an events
export of a later coder run on the same 290 Timeline17 files, and says which are still there.

  java -jar dyad-app/target/dyad-app.jar ingest SAMPLE --store /tmp/s   # SAMPLE as under "Method" in docs/event-audit.md
  java -jar dyad-app/target/dyad-app.jar events --store /tmp/s --format jsonl > /tmp/s.jsonl
  python3 scripts/events/audit7_recheck.py /tmp/s.jsonl

An event is "still there" when the export holds one with the same article, sentence, source code, PLOVER type
and target code. Verdicts: c correct, w wrong, b borderline (the audit's judgement table). A gone wrong event is a
fix only for that event; a new sample measures precision.
"""
import sys

import recheck

# number, verdict, article id, sentence index, source code, PLOVER type, target code
AUDIT = [
    (1, 'c', '67cf3c189cba8b3e', 32, 'NATO', 'ASSAULT', 'LBY'),
    (2, 'w', '22ea3db95bf7fa8b', 60, 'USA', 'CONSULT', 'GRC'),
    (3, 'b', '8e9735ce63edca69', 1, 'FRA', 'REQUEST', 'SYR'),
    (4, 'b', '8e9735ce63edca69', 20, 'CHN', 'SUPPORT', 'UN'),
    (5, 'w', 'c645e71e67cebf23', 3, 'UN', 'REQUEST', 'SYR'),
    (6, 'w', '9de72f34fbc4e200', 34, 'LBY', 'ACCUSE', 'QAT'),
    (7, 'w', '9de72f34fbc4e200', 46, 'QAT', 'AID', 'ITA'),
    (8, 'c', '02cec49854f6f7b5', 7, 'UN', 'ACCUSE', 'NATO'),
    (9, 'c', '24486a9f7b96098f', 27, 'NATO', 'ASSAULT', 'LBY'),
    (10, 'w', '79e49ab2c656f995', 0, 'NATO', 'AGREE', 'LBY'),
    (11, 'b', 'dfe9aab183880cf4', 12, 'USA', 'CONSULT', 'HTI'),
    (12, 'w', '3738a7ffae5c2ec9', 6, 'IRN', 'CONSULT', 'SYR'),
    (13, 'c', '1ea4972a5f969ec9', 0, 'USA', 'ACCUSE', 'GBR'),
    (14, 'w', '87aca9185d78c162', 55, 'USA', 'CONCEDE', 'EGY'),
    (15, 'w', 'b06a553541a9128d', 23, 'IRQ', 'ACCUSE', 'USA'),
    (16, 'w', '1925c9da484a15c3', 59, 'IRN', 'AGREE', 'FRA'),
    (17, 'c', '6c7cbdb3b7dc428a', 2, 'USA', 'REQUEST', 'NER'),
    (18, 'w', '8e9735ce63edca69', 12, 'RUS', 'AGREE', 'SYR'),
    (19, 'w', '344c80a557842e0a', 36, 'GBR', 'REQUEST', 'IRQ'),
    (20, 'w', '0492963acce96c32', 2, 'CHN', 'SUPPORT', 'RUS'),
    (21, 'c', 'df21dc86835027d0', 50, 'NATO', 'ASSAULT', 'LBY'),
    (22, 'w', 'c9bff662ff2849ae', 63, 'GBR', 'ASSAULT', 'LBY'),
    (23, 'c', '8a6fe06d30f0b2da', 207, 'IMF', 'AGREE', 'ISL'),
    (24, 'w', '87aca9185d78c162', 32, 'DZA', 'REQUEST', 'SDN'),
    (25, 'c', '831a68da56c543a8', 12, 'USA', 'REQUEST', 'SYR'),
    (26, 'c', 'aa411c1a5ea3e8ec', 1, 'GBR', 'AID', 'SYR'),
    (27, 'w', 'd1f59396cfbf13b8', 13, 'UN', 'AID', 'LBY'),
    (28, 'w', '24486a9f7b96098f', 3, 'USA', 'ASSAULT', 'LBY'),
    (29, 'w', 'c5b7e0464cd4e62d', 0, 'USA', 'ACCUSE', 'LBY'),
    (30, 'w', '22ea3db95bf7fa8b', 52, 'LBY', 'ACCUSE', 'EU'),
    (31, 'w', 'df21dc86835027d0', 4, 'UN', 'AID', 'LBY'),
    (32, 'w', '3be30e93884edf93', 6, 'GBR', 'THREATEN', 'EGY'),
    (33, 'w', '6b13337fda342189', 6, 'HTI', 'REQUEST', 'GBR'),
    (34, 'c', 'bb6a6f9cbdebcf22', 17, 'NATO', 'CONSULT', 'UN'),
    (35, 'c', 'fa278a3d1445f4ae', 0, 'LBY', 'REQUEST', 'USA'),
    (36, 'w', 'b06a553541a9128d', 3, 'IRQ', 'SUPPORT', 'USA'),
    (37, 'w', 'b20e3f6321aa1580', 16, 'RUS', 'ACCUSE', 'LBY'),
    (38, 'w', '8e9735ce63edca69', 8, 'CHN', 'SUPPORT', 'UN'),
    (39, 'c', '0492963acce96c32', 6, 'FRA', 'REQUEST', 'SYR'),
    (40, 'c', '8636eb4f1c3ec6cc', 4, 'LBY', 'ACCUSE', 'NATO'),
    (41, 'c', '86233e5e55ce1bdf', 10, 'RUS', 'AID', 'SYR'),
    (42, 'w', '344c80a557842e0a', 6, 'IRQ', 'ASSAULT', 'GBR'),
    (43, 'w', '24486a9f7b96098f', 8, 'USA', 'ACCUSE', 'LBY'),
    (44, 'c', '0ca3ef45c1c27339', 0, 'UN', 'REQUEST', 'HTI'),
    (45, 'c', 'a09ab3ff772f0bcd', 6, 'USA', 'CONSULT', 'LBY'),
    (46, 'c', '2d23cad458da2f31', 23, 'DZA', 'ACCUSE', 'LBY'),
    (47, 'w', '8e9735ce63edca69', 21, 'BRA', 'ACCUSE', 'LBY'),
    (48, 'c', '0212531f8d103e96', 0, 'RUS', 'ACCUSE', 'USA'),
    (49, 'w', 'eea3ec9745529bbf', 17, 'USA', 'ACCUSE', 'GBR'),
    (50, 'c', '783db68bd2134d7c', 1, 'USA', 'ASSAULT', 'IRQ'),
    (51, 'b', '14dc03c84a05c253', 12, 'RUS', 'MOBILIZE', 'SYR'),
    (52, 'w', 'c1e3db5d04bbabf0', 17, 'USA', 'ASSAULT', 'IRQ'),
    (53, 'w', 'c9bff662ff2849ae', 40, 'LBY', 'REQUEST', 'GBR'),
    (54, 'w', '0ca3ef45c1c27339', 19, 'UN', 'REQUEST', 'HTI'),
    (55, 'w', '1d37181b6790da93', 40, 'USA', 'REQUEST', 'ITA'),
    (56, 'c', 'c645e71e67cebf23', 26, 'EU', 'SANCTION', 'SYR'),
    (57, 'w', 'fa278a3d1445f4ae', 0, 'USA', 'RETREAT', 'NATO'),
    (58, 'c', '02cec49854f6f7b5', 8, 'UN', 'ACCUSE', 'NATO'),
    (59, 'c', 'a40f1c9b5a343e71', 0, 'AL', 'REQUEST', 'SYR'),
    (60, 'c', '3a8ec1731232b576', 2, 'USA', 'SANCTION', 'SYR'),
]


if __name__ == "__main__":
    recheck.run(AUDIT, sys.argv)
