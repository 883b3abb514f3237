#!/usr/bin/env python3
"""Writes dyad's officeholders.tsv (heads of state and government with dated terms) from public datasets.

Facts only (names, offices, dates) are taken over; see the header this script writes for sources,
licences and coverage. Usage (paths to local copies of the datasets):

  python3 scripts/officeholders/generate.py \
      --countryinfo CountryInfo.120116.txt --reign leaderlist_3_21.csv \
      --out dyad-core/src/main/resources/org/dyad/actors/officeholders.tsv

Standard library only.
"""
import argparse
import csv
import datetime
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ACTORS = os.path.join(HERE, "..", "..", "dyad-core", "src", "main", "resources", "org", "dyad", "actors")
SINCE = datetime.date(1945, 1, 1)
# offices of dependent territories and foreign representatives, not of the state's own government
SKIP_OFFICE = re.compile(r"governor|administrator|commissioner|\bresident|representative|supreme commander"
                         r"|coprince|lieutenant|\bvice|leader of government business|council of deputies", re.I)
# English news writes these names surname first ("Li Peng" is Mr. Li)
SURNAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "SGP"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von",
             "der", "den", "du", "la", "le", "y", "ul", "zu", "ben", "ter"}
HONORIFICS = {"Prince", "Princess", "King", "Queen", "Sheikh", "Shaikh", "Samdech", "Sultan", "Emir", "Amir",
              "Sir", "Dame", "Dr", "Dr.", "General", "Gen.", "Colonel", "Col.", "Marshal", "Lord", "Archbishop",
              "Bishop", "Cardinal", "Father", "Mwalimu"}
RANGE = re.compile(r"\[(>?)(\d{8})(?: - (\d{8}))?\]")


def parse_date(s):
    try:
        return datetime.date(int(s[0:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None  # the file has a few impossible days (19870931); such a term is left out


def read_tsv(path, cols):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield (line.split("\t") + [""] * cols)[:cols]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def word_case(w):
    parts = w.split("-")
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if low in PARTICLES and (i < len(parts) - 1 or len(parts) == 1):
            out.append(low)
        elif low in ("ii", "iii", "iv", "v", "vi"):
            out.append(low.upper())
        elif low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:].capitalize())
        else:
            out.append(low.capitalize())
    return "-".join(out)


def display(raw):
    """BABRAK_KARMAL_ → Babrak Karmal; {A_}{B_} synonyms give a name and aliases."""
    forms = re.findall(r"\{([^}]*)\}", raw) or [raw]
    names = []
    for f in forms:
        f = re.sub(r"\(.*", "", f).replace("_", " ").replace("`", "")
        f = re.sub(r"[^\w .'-]", "", f).strip()  # control characters and quotes of the source
        words = [word_case(w) for w in f.split()]
        while len(words) > 1 and words[0] in HONORIFICS:
            words = words[1:]
        if words and words[0] in PARTICLES:
            words[0] = words[0].capitalize()
        if words:
            names.append(" ".join(words))
    return names


def singular(office):
    office = re.sub(r"\s*\(.*", "", office.lower().replace("_", " "))
    head, sep, rest = office.partition(" of ")
    words = []
    for w in head.split():
        parts = []
        for p in w.split("/"):
            p = re.sub(r"men$", "man", p)
            p = re.sub(r"ies$", "y", p)
            p = re.sub(r"(?<=[^s])s$", "", p)
            parts.append(p)
        words.append("/".join(parts))
    role = " ".join(words) + (sep + rest if sep else "")
    return role[:1].upper() + role[1:]


def countryinfo(path, known, overrides):
    """(code, names, role, from, to or None, open) per term, from the <Leaders> blocks."""
    rows, seen, cow = [], set(), {}
    block = code = office = None
    nth = {}
    in_leaders = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            m = re.match(r"<CountryCode>([A-Z]+)</CountryCode>", s)
            if m:
                block = m.group(1)
                code = {"TMP": "TLS", "KSV": "XKX"}.get(block, block)
                code = overrides.get((block, "*", 0), (code,))[0]
                code = code if code in known and code not in seen else None
                if code:
                    seen.add(code)
                nth = {}
                continue
            m = re.match(r"<COW-Numeric>(\d+)</COW-Numeric>", s)
            if m and code:
                cow.setdefault(int(m.group(1)), code)
            if s.startswith("<Leaders>"):
                in_leaders = True
            elif s.startswith("</Leaders>"):
                in_leaders = False
            elif in_leaders and s.startswith("</"):
                office = None
            elif in_leaders and s.startswith("<"):
                office = s[1:s.index(">")].strip()
                nth[office.lower()] = nth.get(office.lower(), 0) + 1
            elif in_leaders and code and office and not SKIP_OFFICE.search(office) and "[" in s:
                names = display(s[:s.index("[")])
                if not names:
                    continue
                rule = overrides.get((block, office.lower(), nth[office.lower()]))
                for opened, a, b in RANGE.findall(s):
                    start, end = parse_date(a), parse_date(b) if b else None
                    if start is None or (b and end is None) or (end and end < SINCE):
                        continue
                    term_code = code
                    if rule and (rule[1] is None or (end is not None and end <= rule[1])):
                        term_code = rule[0]
                    rows.append([term_code, names, singular(office), start, end, bool(opened)])
    return rows, cow


def reign_terms(path, cow):
    """REIGN leader spells per dyad code: (surname, start, end month (year, month), next start)."""
    spells = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            try:
                start = datetime.date(int(r["syear"]), int(r["smonth"]), int(r["sdate"]))
                end = (int(r["eyear"]), int(r["emonth"]))
            except (ValueError, KeyError):
                continue
            code = cow.get(int(r["ccode"])) if r["ccode"].isdigit() else None
            code = "DEU" if r["ccode"] == "260" else code
            if code:
                surname = fold(r["leader"]).split(",")[0].split()[-1].lower()
                spells.setdefault(code, []).append([surname, start, end, None])
    for terms in spells.values():
        terms.sort(key=lambda t: t[1])
        for a, b in zip(terms, terms[1:]):
            a[3] = b[1]
    return spells


def close(row, spells, horizon):
    """An open term ends when REIGN says its holder left; else on the last day its block vouches for."""
    code, names, role, start, end, opened = row
    surname = fold(names[0]).split()[-1].lower()
    for s, s_start, (ey, em), nxt in spells.get(code, []):
        if s == surname and abs((s_start - start).days) < 400:
            if nxt is not None and (nxt.year, nxt.month) == (ey, em):
                return nxt, "reign"
            return datetime.date(ey, em, 1), "reign-month"
    return horizon[code], "horizon"


def surname_key(code, name):
    words = name.replace("-", " ").split()
    if code in SURNAME_FIRST and len(words) > 1 or words[-1] in ("II", "III", "IV", "V", "VI"):
        return words[0]
    for i, w in enumerate(words[1:], 1):
        if w.lower() in ("bin", "ibn"):
            return words[0]  # "Fahd bin Abdulaziz" is King Fahd
    return ""


def norm(s):
    s = fold(s).lower()
    return re.sub(r"(?<=[aou])e", "", s)


def hand_written(paths):
    """(code, normalised surname words, from, to) of the hand-written rows: they win over generated ones."""
    out = []
    for p in paths:
        if not os.path.exists(p):
            continue
        for r in read_tsv(p, 8):
            words = set(norm(r[0]).replace("-", " ").split())
            to = datetime.date.fromisoformat(r[6].strip()) if r[6].strip() else datetime.date.max
            out.append((r[2].strip(), words, datetime.date.fromisoformat(r[5].strip()), to))
    return out


def covered(code, name, start, end, hand):
    last = norm(name).replace("-", " ").split()
    for c, words, f, t in hand:
        if c == code and last[-1] in words and start <= t and end >= f:
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--countryinfo", required=True)
    ap.add_argument("--reign", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--countryinfo-version", default="CountryInfo.120116.txt, openeventdata/CountryInfo "
                    "commit 07c9c54")
    ap.add_argument("--reign-version", default="leaderlist_3_21.csv, OEFDataScience/REIGN.github.io "
                    "gh-pages commit d7a8a6f")
    a = ap.parse_args()
    known = {r[0].strip() for r in read_tsv(os.path.join(ACTORS, "countries.tsv"), 4)}
    overrides = {}
    for r in read_tsv(os.path.join(HERE, "offices.tsv"), 5):
        until = datetime.date.fromisoformat(r[4].strip()) if r[4].strip() else None
        overrides[(r[0], r[1], int(r[2]))] = (r[3], until)
    rows, cow = countryinfo(a.countryinfo, known, overrides)
    spells = reign_terms(a.reign, cow)
    horizon = {}
    for r in rows:
        horizon[r[0]] = max(horizon.get(r[0], SINCE), r[3])
    hand = hand_written([os.path.join(ACTORS, "people.tsv"), os.path.join(ACTORS, "officeholders-manual.tsv")])
    out, closed = [], {"reign": 0, "reign-month": 0, "horizon": 0}
    for r in rows:
        code, names, role, start, end, opened = r
        if opened:
            end, how = close(r, spells, horizon)
            closed[how] += 1
        if end < start or covered(code, names[0], start, end, hand):
            continue
        out.append((code, names[0], "|".join(n for n in names[1:] if n != names[0]), role, start, end))
    out = sorted(set(out), key=lambda t: (t[0], t[4], t[1]))
    write(a, out, closed)


def write(a, out, closed):
    today = datetime.date.today().isoformat()
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(f"""# Heads of state and government with dated terms, GENERATED by scripts/officeholders/generate.py
# on {today}: do not edit by hand (fix the hand-written people.tsv or officeholders-manual.tsv,
# which win over this file, or the script).
# Sources (facts only: names, offices, dates):
#   - {a.countryinfo_version}: Philip A. Schrodt, CountryInfo.txt (Event Data Project, Penn State;
#     leaders from rulers.org and the CIA World Factbook), licensed CC BY-SA 3.0
#     (http://creativecommons.org/licenses/by-sa/3.0/). This file is a derivative of its <Leaders>
#     blocks and is shared under the same licence, with this attribution.
#   - {a.reign_version}: Bell, Besaw and Frank, REIGN (Rulers, Elections and Irregular Governance),
#     One Earth Future; the repository is under the MIT licence, (c) 2017 Paul Le. Used only to end
#     terms CountryInfo leaves open: the day the next REIGN leader took office, when that is in the
#     month REIGN gives as the end ({closed['reign']} terms); else the first day of that month
#     ({closed['reign-month']}); else the latest start date in the state's CountryInfo block, the last day the
#     dataset vouches for ({closed['horizon']}).
# Coverage: heads of state and government (presidents, prime ministers, monarchs, party leaders of
# one-party states; no governors or colonial administrators) of the states in countries.tsv whose
# terms end after 1945-01-01, up to about 2009 (each state's block ends where CountryInfo's does).
# Soviet offices under RUS are coded SUN, the GDR's under DEU are DDR, federal Yugoslavia's are YUG,
# Czechoslovakia's CSK (scripts/officeholders/offices.tsv). Names lose diacritics as in the source.
# Terms that the hand-written files already list (same code, surname, overlapping dates) are left out.
# Regenerate: python3 scripts/officeholders/generate.py --countryinfo <CountryInfo.120116.txt>
#   --reign <leaderlist_3_21.csv> --out dyad-core/src/main/resources/org/dyad/actors/officeholders.tsv
# Columns as in people.tsv: name, aliases, code, sector, role, from, to, surname (the word a bare
# mention uses when it is not the last one, e.g. "Li" of "Li Peng").
# name	aliases	code	sector	role	from	to	surname
""")
        for code, name, aliases, role, start, end in out:
            f.write("\t".join([name, aliases, code, "GOV", role, start.isoformat(), end.isoformat(),
                               surname_key(code, name)]) + "\n")


if __name__ == "__main__":
    main()
