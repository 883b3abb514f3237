#!/usr/bin/env python3
"""
Looks up the tenth audit's 60 judged events (docs/event-audit.md, seed 1010, coder 8f5dc57) in an events
export of a later coder run on the same 290 Timeline17 files, and says which are still there. These are the tenth
audit's own 290 files (drawn fresh, none of them in the first nine audits), not the files of audit7_recheck.py,
audit8_recheck.py or audit9_recheck.py.

  java -jar dyad-app/target/dyad-app.jar ingest SAMPLE --store /tmp/s   # SAMPLE as under "Tenth audit" in docs/event-audit.md
  java -jar dyad-app/target/dyad-app.jar events --store /tmp/s --format jsonl > /tmp/s.jsonl
  python3 scripts/events/audit10_recheck.py /tmp/s.jsonl

An event is "still there" when the export holds one with the same article, sentence, source code, PLOVER type
and target code. The article ids are the store's (`dyad events`); for this file set `dyad extract` gives the same
ids for all 218 articles with events. On the audit's own store this script reports all 60 kept.
Verdicts: c correct, w wrong, b borderline (counted correct; the audit's judgement table). A gone wrong event is a
fix only for that event; a new sample measures precision.
"""
import sys

import recheck

# number, verdict, article id, sentence index, source code, PLOVER type, target code
AUDIT = [
    (1, 'c', '764c8de953d2b6d2', 23, 'RUS', 'AID', 'SYR'),
    (2, 'w', '117ab6769836769b', 356, 'RUS', 'ASSAULT', 'PSE'),
    (3, 'w', 'cf187368b97fa419', 12, 'RUS', 'ASSAULT', 'SYR'),
    (4, 'c', '0cb627bdfc1d46ab', 22, 'NATO', 'ASSAULT', 'LBY'),
    (5, 'w', 'ba8338e530e60c1b', 16, 'IRN', 'SUPPORT', 'SYR'),
    (6, 'c', '415db737549730f7', 26, 'LBN', 'REJECT', 'LBY'),
    (7, 'c', '3cc90657684682b2', 3, 'EU', 'CONSULT', 'DEU'),
    (8, 'c', '5f653f29e7cf11f8', 18, 'RUS', 'AGREE', 'UN'),
    (9, 'c', 'ff2f138f18fa374e', 7, 'EU', 'SUPPORT', 'LBY'),
    (10, 'w', 'c7ed5e4c90adf235', 29, 'ITA', 'AGREE', 'NATO'),
    (11, 'w', 'ef6d924d7bf7ee7b', 4, 'SUN', 'ACCUSE', 'LBY'),
    (12, 'b', 'a19ba21630bbd138', 2, 'NATO', 'THREATEN', 'LBY'),
    (13, 'b', 'a19ba21630bbd138', 26, 'ITA', 'MOBILIZE', 'LBY'),
    (14, 'c', 'cf187368b97fa419', 16, 'CHN', 'SUPPORT', 'UN'),
    (15, 'c', '07629b5ca898d275', 101, 'USA', 'REQUEST', 'EGY'),
    (16, 'c', '40c971687229e070', 2, 'NATO', 'ASSAULT', 'LBY'),
    (17, 'c', '5326ba7026e4cfbb', 1, 'TUR', 'CONSULT', 'EGY'),
    (18, 'w', '43f5a74f45959680', 3, 'RUS', 'REQUEST', 'SYR'),
    (19, 'c', '4110de37e749c37e', 15, 'USA', 'ACCUSE', 'NATO'),
    (20, 'w', 'ef6d924d7bf7ee7b', 9, 'SUN', 'ACCUSE', 'RUS'),
    (21, 'w', '764c8de953d2b6d2', 38, 'SYR', 'SUPPORT', 'UN'),
    (22, 'b', '07629b5ca898d275', 66, 'USA', 'REQUEST', 'EGY'),
    (23, 'c', '49ce326df41ef779', 2, 'EU', 'SANCTION', 'SYR'),
    (24, 'b', '72139df2a1aa9a91', 1, 'LBY', 'REQUEST', 'RUS'),
    (25, 'w', '268cf9a3afb17e84', 3, 'ITA', 'REJECT', 'GBR'),
    (26, 'c', '764c8de953d2b6d2', 2, 'GBR', 'REQUEST', 'RUS'),
    (27, 'c', 'b98ee34a4f912ef2', 15, 'USA', 'CONSULT', 'NATO'),
    (28, 'w', '4110de37e749c37e', 23, 'USA', 'CONSULT', 'LBY'),
    (29, 'w', 'ff2f138f18fa374e', 0, 'EU', 'CONSULT', 'USA'),
    (30, 'w', '72139df2a1aa9a91', 5, 'LBY', 'AGREE', 'AU'),
    (31, 'w', '95390bb7d9428c6e', 5, 'USA', 'COOPERATE', 'EGY'),
    (32, 'c', 'bf626c3fdbb853c5', 12, 'EU', 'SANCTION', 'LBY'),
    (33, 'c', '680660d5f2aa4418', 26, 'USA', 'REQUEST', 'LBY'),
    (34, 'c', '995379bea26f4bad', 0, 'GBR', 'AID', 'HTI'),
    (35, 'c', 'ab29a54fba5e8ef0', 53, 'USA', 'CONSULT', 'JOR'),
    (36, 'b', '86ac96bce1dc5f10', 22, 'GBR', 'CONSULT', 'RUS'),
    (37, 'w', 'd3fc248804533d72', 7, 'IRQ', 'THREATEN', 'USA'),
    (38, 'w', 'd75935b497ba9611', 10, 'JOR', 'ASSAULT', 'SYR'),
    (39, 'c', '9664662071e9921d', 3, 'USA', 'AID', 'HTI'),
    (40, 'c', 'd75935b497ba9611', 29, 'EU', 'SANCTION', 'SYR'),
    (41, 'w', '232863fbf1a1663a', 11, 'UN', 'THREATEN', 'SYR'),
    (42, 'w', '117ab6769836769b', 14, 'DZA', 'REQUEST', 'SDN'),
    (43, 'w', 'cf187368b97fa419', 10, 'SYR', 'REQUEST', 'QAT'),
    (44, 'b', '86ac96bce1dc5f10', 22, 'USA', 'CONSULT', 'RUS'),
    (45, 'c', '764c8de953d2b6d2', 24, 'RUS', 'AID', 'SYR'),
    (46, 'w', 'ef6d924d7bf7ee7b', 0, 'SUN', 'ACCUSE', 'LBY'),
    (47, 'c', '38c3d4f9c42f705b', 165, 'GBR', 'CONSULT', 'RUS'),
    (48, 'c', '20728f3fae381a96', 1, 'RUS', 'SANCTION', 'MEX'),
    (49, 'b', '72139df2a1aa9a91', 6, 'RUS', 'CONSULT', 'LBY'),
    (50, 'w', '5326ba7026e4cfbb', 8, 'TUR', 'ASSAULT', 'PSE'),
    (51, 'b', '72139df2a1aa9a91', 2, 'LBY', 'REQUEST', 'RUS'),
    (52, 'b', 'a4bb884f5fb8e5d1', 24, 'USA', 'CONSULT', 'ISR'),
    (53, 'b', 'd6353384f18b8b63', 2, 'WFP', 'REQUEST', 'LBY'),
    (54, 'c', '646a9c34061afc04', 7, 'LBY', 'CONSULT', 'EU'),
    (55, 'c', '764c8de953d2b6d2', 3, 'RUS', 'ACCUSE', 'UN'),
    (56, 'w', 'ef6d924d7bf7ee7b', 13, 'RUS', 'REJECT', 'SUN'),
    (57, 'w', '223d9f18b6c92e51', 23, 'UN', 'CONSULT', 'TUR'),
    (58, 'c', '646a9c34061afc04', 6, 'LBY', 'CONSULT', 'AU'),
    (59, 'w', 'a4bb884f5fb8e5d1', 5, 'ISR', 'CONSULT', 'PSE'),
    (60, 'c', '188743fb10c1b952', 28, 'GBR', 'REJECT', 'ITA'),
]


if __name__ == "__main__":
    recheck.run(AUDIT, sys.argv)
