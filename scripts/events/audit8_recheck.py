#!/usr/bin/env python3
"""
Looks up the eighth audit's 60 judged events (docs/event-audit.md, seed 307, coder d8cd705) in an events
export of a later coder run on the same 290 Timeline17 files, and says which are still there. These are the eighth
audit's own 290 files (drawn fresh, none of them in the first seven audits), not the files of audit7_recheck.py.

  java -jar dyad-app/target/dyad-app.jar ingest SAMPLE --store /tmp/s   # SAMPLE as under "Eighth audit" in docs/event-audit.md
  java -jar dyad-app/target/dyad-app.jar events --store /tmp/s --format jsonl > /tmp/s.jsonl
  python3 scripts/events/audit8_recheck.py /tmp/s.jsonl

An event is "still there" when the export holds one with the same article, sentence, source code, PLOVER type
and target code. The article ids are the store's (`dyad events`), not those of `dyad extract`: for 17 Reuters
articles of this file set the two differ (ingested alone, those 17 get extract's ids; in the batch of 290, others).
A second ingest of the same 290 files gave the same ids (a byte-identical export), and this script reports all 60
kept on it.
Verdicts: c correct, w wrong, b borderline (the audit's judgement table). A gone wrong event is a
fix only for that event; a new sample measures precision.
"""
import sys

import recheck

# number, verdict, article id, sentence index, source code, PLOVER type, target code
AUDIT = [
    (1, 'w', 'fb908cfa89dbc568', 35, 'LBY', 'THREATEN', 'IRQ'),
    (2, 'w', '006037bf12490b30', 0, 'RUS', 'THREATEN', 'USA'),
    (3, 'c', '2f4e1fa80d629af9', 2, 'USA', 'ACCUSE', 'GBR'),
    (4, 'c', '1ce83abd370fe4f3', 20, 'USA', 'SUPPORT', 'GBR'),
    (5, 'w', 'bce61190699e3296', 38, 'IRQ', 'ACCUSE', 'JOR'),
    (6, 'b', 'd801d3218bd2caec', 1, 'IRQ', 'PROTEST', 'GBR'),
    (7, 'b', '1c4084b00faa5faa', 22, 'FRA', 'RETREAT', 'LBY'),
    (8, 'c', '7a3b3a54abf395fc', 18, 'AL', 'REQUEST', 'UN'),
    (9, 'c', '539eebc5ca48a218', 23, 'MEX', 'ACCUSE', 'CHN'),
    (10, 'c', 'b12e12f6f3e6950b', 8, 'RUS', 'CONSULT', 'EU'),
    (11, 'c', '039f228922bdcf05', 17, 'TUR', 'CONSULT', 'SYR'),
    (12, 'w', '91158bf97d485b01', 17, 'ISR', 'ASSAULT', 'LBN'),
    (13, 'c', 'a84dc9299320e2c5', 27, 'SAU', 'AID', 'BHR'),
    (14, 'c', '539eebc5ca48a218', 11, 'MEX', 'ACCUSE', 'CHN'),
    (15, 'c', '0a288ba3ad12b5df', 24, 'NATO', 'ASSAULT', 'LBY'),
    (16, 'w', '6210855216d4417b', 31, 'USA', 'RETREAT', 'NATO'),
    (17, 'w', '7a9c706feb6f46c6', 20, 'USA', 'AID', 'AFG'),
    (18, 'w', '1896a5433a39006b', 68, 'USA', 'ACCUSE', 'ISR'),
    (19, 'c', '3c05796933dd9fcf', 0, 'USA', 'MOBILIZE', 'LBY'),
    (20, 'c', '69543537518606c1', 36, 'USA', 'SUPPORT', 'LBY'),
    (21, 'w', 'ebc491b255d24fd5', 54, 'USA', 'CONSULT', 'HTI'),
    (22, 'c', 'a64bea70e4be01cf', 1, 'AU', 'CONSULT', 'LBY'),
    (23, 'c', '382c751d40f38cce', 0, 'GBR', 'AID', 'HTI'),
    (24, 'w', 'b3decfa04e3a3ed3', 74, 'EGY', 'THREATEN', 'USA'),
    (25, 'w', 'afcf1b3b02b21711', 23, 'UN', 'THREATEN', 'LBY'),
    (26, 'c', 'afcf1b3b02b21711', 12, 'USA', 'CONSULT', 'BHR'),
    (27, 'b', '4973d125b78b86fd', 1, 'NATO', 'REJECT', 'LBY'),
    (28, 'w', 'f179712a9f286a71', 27, 'LBN', 'THREATEN', 'SYR'),
    (29, 'w', '1ce83abd370fe4f3', 38, 'LBY', 'ASSAULT', 'FRA'),
    (30, 'c', '91158bf97d485b01', 7, 'SUN', 'ASSAULT', 'AFG'),
    (31, 'c', 'ebc491b255d24fd5', 45, 'USA', 'CONSULT', 'HTI'),
    (32, 'c', '0a87c602d07563da', 19, 'RUS', 'SUPPORT', 'SYR'),
    (33, 'w', 'fca428d017f7210d', 400, 'EGY', 'REQUEST', 'IRN'),
    (34, 'b', '6210855216d4417b', 40, 'UN', 'REQUEST', 'LBY'),
    (35, 'w', '0a288ba3ad12b5df', 7, 'USA', 'SUPPORT', 'TUR'),
    (36, 'c', '29716ba1ff6e745a', 19, 'USA', 'CONSULT', 'IRN'),
    (37, 'w', '69543537518606c1', 0, 'USA', 'CONSULT', 'LBY'),
    (38, 'w', '9ccbd6136aff81c8', 18, 'LBY', 'REQUEST', 'USA'),
    (39, 'c', '892e3f6651baee55', 5, 'SYR', 'SUPPORT', 'USA'),
    (40, 'c', '30ab91cd3575bb2f', 3, 'LBY', 'SANCTION', 'SDN'),
    (41, 'w', 'afcf1b3b02b21711', 23, 'UN', 'SANCTION', 'LBY'),
    (42, 'c', 'b19650bba0e25d7a', 22, 'USA', 'REQUEST', 'RUS'),
    (43, 'w', '1c4084b00faa5faa', 10, 'EU', 'CONSULT', 'LBY'),
    (44, 'c', 'a04189575baaef0a', 55, 'LBY', 'REQUEST', 'NATO'),
    (45, 'w', 'f179712a9f286a71', 22, 'SYR', 'ACCUSE', 'PSE'),
    (46, 'c', 'b12e12f6f3e6950b', 15, 'RUS', 'AID', 'SYR'),
    (47, 'b', 'e5b8315aa1237d3b', 5, 'UN', 'COERCE', 'LBY'),
    (48, 'c', '25386f160e5f1e57', 3, 'GBR', 'CONSULT', 'USA'),
    (49, 'w', 'ebc491b255d24fd5', 199, 'USA', 'REQUEST', 'HTI'),
    (50, 'w', 'a84dc9299320e2c5', 19, 'EGY', 'ACCUSE', 'YEM'),
    (51, 'c', 'ee05ff3a4ff7cb36', 9, 'IRQ', 'CONSULT', 'SYR'),
    (52, 'w', '29f0f5e6a2885914', 17, 'TUR', 'THREATEN', 'SYR'),
    (53, 'w', '1ce83abd370fe4f3', 18, 'FRA', 'MOBILIZE', 'GRC'),
    (54, 'w', '2b6381efe026a1b0', 27, 'UN', 'REQUEST', 'USA'),
    (55, 'c', 'a04189575baaef0a', 0, 'LBY', 'ACCUSE', 'NATO'),
    (56, 'w', '259145bc17c783ad', 28, 'USA', 'SUPPORT', 'LBY'),
    (57, 'c', '45be32e56f311550', 27, 'EU', 'SANCTION', 'SYR'),
    (58, 'w', '3b0693871b205afb', 36, 'USA', 'ACCUSE', 'SUN'),
    (59, 'c', '19d68ae3c51a998c', 81, 'EGY', 'COERCE', 'PSE'),
    (60, 'c', 'dc81d37e6b94165a', 10, 'GBR', 'CONSULT', 'USA'),
]


if __name__ == "__main__":
    recheck.run(AUDIT, sys.argv)
