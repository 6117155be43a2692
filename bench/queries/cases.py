#!/usr/bin/env python3
"""Draws the query cases of bench/queries.sh from the benchmark data: customer lists with random
combinations of every documented filter and order (values drawn both by frequency and uniformly
among the distinct values, so rare ones come up as often as common ones), for an admin, a manager
and a rep, and name searches as people type them: one or two Chinese characters, common city and
trade words, English words, fragments and typos, whole names; and lead lists with random
combinations of their filters and orders. One case per line: label<TAB>role<TAB>path.
Usage: cases.py SEED LIST_CASES SEARCH_CASES [LEAD_CASES] (psql on PATH, PG* set)."""
import random
import subprocess
import sys
import urllib.parse


def rows(sql):
    out = subprocess.run(["psql", "-At", "-F", "\t", "-c", sql], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def values(column, where="archived_at IS NULL", table="customer"):
    """(value, count) of a column, most frequent first."""
    return [(v, int(n)) for v, n in rows(
        f"SELECT {column}, count(*) FROM {table} WHERE {where} AND {column} IS NOT NULL"
        f" GROUP BY 1 ORDER BY 2 DESC")]


def draw(counted, rng):
    """Half the time by frequency, half uniformly among distinct values (rare ones included)."""
    if rng.random() < 0.5:
        return rng.choices([v for v, _ in counted], weights=[n for _, n in counted])[0]
    return rng.choice(counted)[0]


def main():
    seed, list_cases, search_cases = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    lead_cases = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    rng = random.Random(seed)
    filters = {
        "industry": values("industry"),
        "province": values("province"),
        "city": values("city"),
        "importance": values("importance"),
        "demandStatus": values("demand_status"),
        "tag": [(v, int(n)) for v, n in rows(
            "SELECT t, count(*) FROM customer, unnest(tags) t WHERE archived_at IS NULL"
            " GROUP BY 1 ORDER BY 2 DESC")],
        "dealStatus": [("POTENTIAL", 1), ("NEGOTIATING", 1), ("CLOSED", 1)],
    }
    sorts = ["name", "-name", "createdAt", "-createdAt", "updatedAt", "-updatedAt"]
    roles = ["admin", "manager", "rep"]
    cases = []
    for _ in range(list_cases):
        chosen = rng.sample(sorted(filters), rng.choice([1, 1, 2, 2, 3, 4]))
        query = {name: draw(filters[name], rng) for name in chosen}
        query["sort"] = rng.choice(sorts)
        role = rng.choice(roles)
        label = "list " + role + " " + " ".join(f"{k}={v}" for k, v in query.items())
        cases.append((label, role, "/api/v1/customers?limit=20&" + urllib.parse.urlencode(query)))

    names = [r[0] for r in rows(
        f"SELECT name FROM customer TABLESAMPLE SYSTEM (1) REPEATABLE ({seed})"
        " WHERE archived_at IS NULL LIMIT 4000")]
    chinese = [n for n in names if not n.isascii()]
    english = [n for n in names if n.isascii()]
    words = [w for w in (w.strip(".,") for n in english for w in n.split())
             if len(w) > 3 and w.isalpha()]

    def typo(word):
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1:]

    kinds = {
        "one Chinese character": lambda: rng.choice(rng.choice(chinese)[:4]),
        "city or trade word": lambda: (lambda n: rng.choice([n[:2], n[2:4]]))(rng.choice(chinese)),
        "Chinese name part": lambda: rng.choice(chinese)[:6],
        "English word": lambda: rng.choice(words),
        "English fragment": lambda: rng.choice(words)[:rng.choice([3, 4, 5])],
        "English typo": lambda: typo(rng.choice(words)),
        "whole name": lambda: rng.choice(names),
    }
    for _ in range(search_cases):
        kind = rng.choice(sorted(kinds))
        q = kinds[kind]()
        role = rng.choice(roles)
        sort = rng.choice(["", "", "name", "-updatedAt"])
        query = {"q": q} | ({"sort": sort} if sort else {})
        cases.append((f"search {role} {kind}: {q}" + (f" sort={sort}" if sort else ""), role,
                      "/api/v1/customers?limit=20&" + urllib.parse.urlencode(query)))
    lead_filters = {
        "status": values("status", "TRUE", "lead"),
        "grade": values("grade", "TRUE", "lead"),
        "industry": values("industry", "TRUE", "lead"),
        "sourceChannel": values("source", "TRUE", "lead"),
        "team": values("team", "TRUE", "lead"),
        "ownerId": values("owner_id", "TRUE", "lead"),
        "minScore": [(str(s), 1) for s in (0, 20, 40, 60, 80, 95)],
    }
    for _ in range(lead_cases):
        chosen = rng.sample(sorted(lead_filters), rng.choice([0, 1, 1, 2, 2, 3]))
        query = {name: draw(lead_filters[name], rng) for name in chosen}
        query["sort"] = rng.choice(["-createdAt", "-score"])
        role = rng.choice(roles)
        label = "leads " + role + " " + " ".join(f"{k}={v}" for k, v in query.items())
        cases.append((label, role, "/api/v1/leads?limit=20&" + urllib.parse.urlencode(query)))
    seen = set()
    for label, role, path in cases:
        if (role, path) not in seen:  # a case drawn twice is one case
            seen.add((role, path))
            print(f"{label}\t{role}\t{path}")


main()
