#!/usr/bin/env python3
"""Reads the PostgreSQL log from a byte offset (statements logged with their durations and
parameters, log_min_duration_statement = 0) and prints the slowest statement executed since, with
its parameters written in, ready for EXPLAIN. bench/queries.sh uses it to show the plan of the
worst case. Usage: slowest_statement.py LOG OFFSET"""
import re
import sys

EXECUTE = re.compile(r"duration: ([0-9.]+) ms\s+execute [^:]*: (.*)")
PARAMETERS = re.compile(r"DETAIL:\s+parameters: (.*)")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def entries(lines):
    """(duration, sql, {n: literal}) of every logged execution."""
    current = None
    for line in lines:
        found = EXECUTE.search(line)
        if found:
            if current:
                yield current
            current = (float(found.group(1)), found.group(2), {})
            continue
        found = PARAMETERS.search(line)
        if found and current:
            current[2].update({int(n): v for n, v in PARAMETER.findall(found.group(1))})
            yield current
            current = None
        elif current and not line.startswith("20"):  # a statement continued on the next line
            current = (current[0], current[1] + "\n" + line.rstrip("\n"), current[2])
    if current:
        yield current


def main():
    with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
        log.seek(int(sys.argv[2]))
        found = list(entries(log))
    if not found:
        return
    _, sql, params = max(found, key=lambda entry: entry[0])
    # $12 before $1: written in from the highest number down.
    for n in sorted(params, reverse=True):
        sql = sql.replace(f"${n}", params[n])
    print(sql)


main()
