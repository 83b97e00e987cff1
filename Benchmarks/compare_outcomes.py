"""Compares item outcomes: python3 compare_outcomes.py CASEAUDIT_FINDINGS_CSV DUCKDB_CSV.
CaseAudit's findings.csv has a row per case and rule (empty item_id) and one per item; DuckDB's
file has rule_id, case_id, item_id, outcome. Prints a Markdown summary of the agreement."""
import collections
import csv
import sys

RULES = ["reviews_within_timescale", "child_views_conveyed", "participation_code_matches_age"]


def outcomes(path):
    with open(path, newline="", encoding="utf-8") as file:
        return {
            (row["rule_id"], row["item_id"]): row["outcome"]
            for row in csv.DictReader(file)
            if row["item_id"] and row["rule_id"] in RULES
        }


caseaudit, duckdb = outcomes(sys.argv[1]), outcomes(sys.argv[2])
print("| rule | items (caseaudit) | items (DuckDB) | in both | agree | disagree |")
print("|---|---:|---:|---:|---:|---:|")
pairs = collections.Counter()
for rule in RULES:
    ours = {item: outcome for (r, item), outcome in caseaudit.items() if r == rule}
    theirs = {item: outcome for (r, item), outcome in duckdb.items() if r == rule}
    both = ours.keys() & theirs.keys()
    agree = sum(ours[item] == theirs[item] for item in both)
    for item in both:
        if ours[item] != theirs[item]:
            pairs[(rule, ours[item], theirs[item])] += 1
    for item in ours.keys() - theirs.keys():
        pairs[(rule, ours[item], "(no item)")] += 1
    for item in theirs.keys() - ours.keys():
        pairs[(rule, "(no item)", theirs[item])] += 1
    print(f"| {rule} | {len(ours)} | {len(theirs)} | {len(both)} | {agree} |"
          f" {len(both) - agree} |")
print()
print("Disagreements by rule, caseaudit's outcome and DuckDB's:")
print()
for (rule, ours, theirs), count in sorted(pairs.items()):
    print(f"- {rule}: caseaudit {ours}, DuckDB {theirs}: {count}")
if not pairs:
    print("- none")
