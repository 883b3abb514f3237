#!/usr/bin/env python3
"""Writes dyad's cities.tsv (cities with the state they lie in, dated where the state changed) from GeoNames.

Source: the "world-cities" data package (github.com/datasets/world-cities, data/world-cities.csv: GeoNames
cities15000, every city above 15,000 inhabitants), CC BY 4.0, data from GeoNames (www.geonames.org). Facts only
(a city's name and its country) are taken over. Usage:

  python3 scripts/places/generate.py --cities world-cities.csv \
      --out dyad-core/src/main/resources/org/dyad/actors/cities.tsv

What is left out, so that a city name never stands for something else:
  - names written with letters outside ASCII (news writes "Misrata", GeoNames "Misratah"; such a name would never
    match), names shorter than four letters and names with digits;
  - names of cities in more than one state ("Tripoli" is in Libya and Lebanon, "Hamilton" in five): the phrase
    says nothing about the state;
  - common words, given names and regions that are also some city's name (NOT_CITIES below);
  - names dyad already knows (countries, capitals, demonyms, metonyms, hand-written places and eras): those rows win.
A city of a state that split or merged takes that state's periods from eras.tsv's rows for its capital ("Kharkiv"
is the Soviet Union's until 1991-08-23, as Kiev is); a city of the former East Germany is DDR's until 1990-10-02.
Standard library only.
"""
import argparse
import csv
import datetime
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ACTORS = os.path.join(HERE, "..", "..", "dyad-core", "src", "main", "resources", "org", "dyad", "actors")
# the data package's country names that differ from the names in countries.tsv
ALIASES = {
    "Syrian Arab Republic": "Syria", "Russian Federation": "Russia", "Iran, Islamic Republic of": "Iran",
    "Korea, Republic of": "South Korea", "Korea, Democratic People's Republic of": "North Korea",
    "Viet Nam": "Vietnam", "Lao People's Democratic Republic": "Laos", "Moldova, Republic of": "Moldova",
    "Tanzania, United Republic of": "Tanzania", "Venezuela, Bolivarian Republic of": "Venezuela",
    "Bolivia, Plurinational State of": "Bolivia", "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Congo": "Republic of the Congo", "Palestine, State of": "Palestine", "Taiwan, Province of China": "Taiwan",
    "Macedonia, the Former Yugoslav Republic of": "North Macedonia", "North Macedonia": "North Macedonia",
    "Czechia": "Czech Republic", "Türkiye": "Turkey", "Turkiye": "Turkey", "Cote d'Ivoire": "Ivory Coast",
    "Côte d'Ivoire": "Ivory Coast", "Libyan Arab Jamahiriya": "Libya", "Brunei Darussalam": "Brunei",
    "Micronesia, Federated States of": "Micronesia", "Holy See (Vatican City State)": "Vatican",
    "Cabo Verde": "Cape Verde", "Eswatini": "Swaziland", "Timor-Leste": "East Timor", "Myanmar": "Myanmar",
}
# words of English, given names and names of regions that are also a city's name somewhere ("Police" in Poland,
# "Obama" in Japan, "Asia" in the Philippines): chosen by the dyad authors by scanning news text for each city name
# written in lower case, plus the regions; such a name is left out
NOT_CITIES = {
    "acre", "adam", "africa", "airport", "alliance", "along", "alot", "america", "angers", "anthem", "arctic",
    "asia", "asian", "banning", "barry", "bath", "bear", "bell", "bend", "best", "bimbo", "boom", "borne",
    "bountiful", "bregenz", "brick", "bury", "clay", "cork", "crystal", "date", "daur", "david", "deal", "defiance",
    "delta", "dinar", "dole", "dome", "elizabeth", "enterprise", "erode", "europe", "evans", "fate", "federal",
    "fleet", "flora", "forest", "fountain", "garner", "george", "goes", "golden", "green", "groves", "hammond",
    "holiday", "hollywood", "hook", "horn", "howard", "hull", "humble", "hurricane", "independence", "lend", "lens",
    "levant", "liberal", "liberty", "magna", "manage", "manly", "march", "marina", "marks", "mary", "mentor",
    "metro", "midway", "mine", "mobile", "most", "much", "nice", "normal", "obama", "oceania", "officer",
    "opportunity", "oral", "orient", "overland", "pace", "paramount", "peer", "plantation", "plaque", "plum",
    "plunge", "police", "posse", "prosper", "republic", "reservoir", "retreat", "rich", "rugby", "ruse", "saga",
    "sahara", "sake", "sale", "salt", "same", "sandy", "savage", "seaside", "semi", "shaping", "shoreline",
    "siberia", "simmering", "sparks", "split", "spring", "springs", "stains", "stoke", "summit", "sunrise",
    "superior", "surprise", "tame", "tank", "terrace", "time", "tire", "torrent", "tours", "trang", "tyre", "union",
    "university", "warren", "wedding", "westerly", "wetter", "worms", "wright", "young"
}
EAST_GERMANY = {"Saxony", "Thuringia", "Brandenburg", "Saxony-Anhalt", "Mecklenburg-Vorpommern", "Berlin"}
SINCE_DDR = datetime.date(1990, 10, 3)


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def known_phrases():
    """Every phrase dyad's hand-written tables already give a meaning (lower case)."""
    known = set()
    for r in rows(os.path.join(ACTORS, "countries.tsv")):
        for col in r[1:4]:
            for name in col.split("|"):
                if name:
                    known.add(name.lower())
                    known.add(name.lower() + "s")
    for file in ("places.tsv", "eras.tsv", "metonyms.tsv", "igos.tsv", "groups.tsv", "not-actors.tsv"):
        for r in rows(os.path.join(ACTORS, file)):
            for name in r[0].split("|"):
                known.add(name.strip().lower())
    return known


def countries():
    """Country name (lower case) → code, and code → capital."""
    by_name, capital = {}, {}
    for r in rows(os.path.join(ACTORS, "countries.tsv")):
        for name in r[1].split("|"):
            by_name[name.lower()] = r[0]
        capital[r[0]] = r[3] if len(r) > 3 else ""
    return by_name, capital


def periods(capital):
    """State code → [(code, from, to)] from eras.tsv's rows for its capital (empty: the city's state never changed in dyad's eras)."""
    out = {}
    for r in rows(os.path.join(ACTORS, "eras.tsv")):
        if r[1] in ("capital", "place"):
            out.setdefault(r[0], []).append((r[2], r[4] if len(r) > 4 else "", r[5] if len(r) > 5 else ""))
    result = {}
    for code, names in capital.items():
        # "Kiev|Kyiv": the first of the capital's names that eras.tsv dates
        result[code] = next((out[n] for n in names.split("|") if n in out), [])
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities", required=True, help="data/world-cities.csv of the world-cities data package")
    ap.add_argument("--commit", default="", help="the data package's commit, for the header")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    by_name, capital = countries()
    eras = periods(capital)
    known = known_phrases()
    found, unmapped = {}, set()
    with open(args.cities, encoding="utf-8") as f:
        for c in csv.DictReader(f):
            name = c["name"].strip()
            country = ALIASES.get(c["country"], c["country"])
            code = by_name.get(country.lower())
            if code is None:
                unmapped.add(c["country"])
                continue
            if not name.isascii() or len(name) < 4 or re.search(r"\d", name) or name.lower() in known \
                    or name.lower() in NOT_CITIES:
                continue
            east = code == "DEU" and c["subcountry"] in EAST_GERMANY
            found.setdefault(name, set()).add((code, east))
    lines = []
    ambiguous = 0
    for name in sorted(found):
        codes = {code for code, _ in found[name]}
        if len(codes) > 1:
            ambiguous += 1
            continue
        code, east = sorted(found[name])[0]
        if east:
            lines.append(f"{name}\tDDR\t\t{SINCE_DDR - datetime.timedelta(days=1)}")
            lines.append(f"{name}\tDEU\t{SINCE_DDR}\t")
        elif eras.get(code):
            for period_code, start, end in eras[code]:
                lines.append(f"{name}\t{period_code}\t{start}\t{end}")
        else:
            lines.append(f"{name}\t{code}\t\t")
    today = datetime.date.today().isoformat()
    header = [
        f"# Cities with the state they lie in, GENERATED by scripts/places/generate.py on {today}: do not edit by hand",
        "# (hand-written places.tsv and eras.tsv win over this file; fix them or the script).",
        "# Source (facts only: a city's name and country): the world-cities data package, github.com/datasets/world-cities"
        + (f" commit {args.commit}" if args.commit else "") + ",",
        "# data/world-cities.csv = GeoNames cities15000 (cities above 15,000 inhabitants); licence CC BY 4.0,",
        "# data from GeoNames (www.geonames.org), which is credited here as the licence asks.",
        f"# Coverage: {len(found) - ambiguous} city names of one state each; {ambiguous} names of cities in several states",
        "# left out, as are non-ASCII names, names under four letters and names dyad's own tables already give.",
        f"# Countries of the data not in countries.tsv (their cities left out): {len(unmapped)}.",
        "# A city is a location only (never an actor); the matcher takes it where the text reads it as a place.",
        "# Columns (tab-separated): name, code (ISO 3166-1 alpha-3; ISO 3166-3 for former states), from, to (ISO days).",
        "# name\tcode\tfrom\tto",
    ]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(header + lines) + "\n")
    print(f"{len(lines)} rows, {ambiguous} ambiguous names left out, unmapped countries: {sorted(unmapped)}")


if __name__ == "__main__":
    main()
