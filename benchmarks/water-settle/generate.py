#!/usr/bin/env python3
"""Generates a year of water monitoring for `haidian-rules water settle` at scale (issue 16): a section register and
one monitoring row per section per month, deterministic (fixed seed), mostly compliant with a few sections owing and
a few 劣V with surcharges, some dry months, some border rivers (two responsible towns), some sections whose downstream is
another district (the pool).

    python3 benchmarks/water-settle/generate.py OUT_DIR [SECTIONS] [YEAR]

writes OUT_DIR/sections.csv and OUT_DIR/monitoring.csv (default: 83,334 sections × 12 months = 1,000,008 rows, 2018).
Nothing here is committed data: the files are generated where asked (e.g. /tmp) and can be deleted after the run.
"""
import os
import random
import sys

LIMITS = {
    "cod": [15, 15, 20, 30, 40],
    "codmn": [2, 4, 6, 10, 15],
    "nh3n": [0.15, 0.5, 1.0, 1.5, 2.0],
    "tp_river": [0.02, 0.1, 0.2, 0.3, 0.4],
    "tp_lake": [0.01, 0.025, 0.05, 0.1, 0.2],
}
TOP = {"cod": 95, "codmn": 45, "nh3n": 7.5, "tp_river": 2.8, "tp_lake": 2.8}
TOWNS = ["T%02d" % i for i in range(1, 30)]  # 29 towns, as in the district
CLASSES = ["I", "II", "III", "IV", "V"]


def draw(rng, kind, target):
    limits = LIMITS[kind]
    r = rng.random()
    if r < 0.95:
        lo, hi = 0.0, limits[target - 1]
    elif r < 0.985 or target == 5:
        lo, hi = limits[min(target, 4) - 1], limits[4]
    else:
        lo, hi = limits[4], TOP[kind]
    return "%.3f" % (lo + (hi - lo) * rng.random())


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    sections = int(sys.argv[2]) if len(sys.argv) > 2 else 83_334
    year = int(sys.argv[3]) if len(sys.argv) > 3 else 2018
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20180301)
    specs = []
    with open(os.path.join(out, "sections.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id,name,functionalClass,assessmentTarget,bodyType,responsibleTowns,downstream,validFrom,validTo\n")
        for s in range(sections):
            fc = rng.randint(1, 5)
            target = min(5, fc + 1) if rng.randrange(4) == 0 else fc
            lake = rng.randrange(6) == 0
            town = TOWNS[s % 29]
            towns = town + ";" + TOWNS[(s + 1) % 29] if s % 10 == 0 else town
            downstream = "" if s % 7 == 0 else TOWNS[(s + 3) % 29]
            sid = "S%06d" % s
            specs.append((sid, fc, target, lake))
            f.write("%s,section %d,%s,%s,%s,%s,%s,%d-01,\n" % (
                sid, s, CLASSES[fc - 1], CLASSES[target - 1], "LakeOrReservoir" if lake else "River", towns, downstream, year))
    with open(os.path.join(out, "monitoring.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("sectionId,month,dry,hasInflow,outflowCod,outflowCodMn,outflowNh3n,outflowTp,inflowCod,inflowCodMn,inflowNh3n,inflowTp\n")
        rows = []
        for m in range(1, 13):
            month = "%d-%02d" % (year, m)
            for sid, fc, target, lake in specs:
                mn = fc in (2, 3)
                tp = "tp_lake" if lake else "tp_river"
                if rng.randrange(40) == 0:
                    rows.append("%s,%s,true,false,,,,,,,,\n" % (sid, month))
                    continue

                def reading():
                    oxy = draw(rng, "codmn" if mn else "cod", target)
                    return ("", oxy) if mn else (oxy, ""), draw(rng, "nh3n", target), draw(rng, tp, target)

                (cod, codmn), nh, p = reading()
                if rng.randrange(3) != 0:
                    (icod, icodmn), inh, ip = reading()
                    rows.append("%s,%s,false,true,%s,%s,%s,%s,%s,%s,%s,%s\n" % (sid, month, cod, codmn, nh, p, icod, icodmn, inh, ip))
                else:
                    rows.append("%s,%s,false,false,%s,%s,%s,%s,,,,\n" % (sid, month, cod, codmn, nh, p))
                if len(rows) >= 100_000:
                    f.writelines(rows)
                    rows.clear()
        f.writelines(rows)
    print("wrote %d sections and %d monitoring rows to %s" % (sections, sections * 12, out), file=sys.stderr)


if __name__ == "__main__":
    main()
