"""Runs three_rules.sql with DuckDB over a canonical export: python3 duckdb_three_rules.py
EXPORT_DIR CALENDAR_YAML OUT_CSV. Bank holidays are read from the pack's calendar file."""
import pathlib
import re
import sys

import duckdb

export, calendar, out = sys.argv[1:4]
holidays = sorted(set(re.findall(r"\d{4}-\d{2}-\d{2}", pathlib.Path(calendar).read_text())))
connection = duckdb.connect()
connection.execute("CREATE TEMP TABLE holidays (day DATE)")
connection.executemany("INSERT INTO holidays VALUES (?)", [[day] for day in holidays])
for name, file in [("children", "children"), ("periods", "periods"), ("reviews", "reviews")]:
    connection.execute(f"SET VARIABLE {name} = ?", [f"{export}/{file}.csv"])
connection.execute(pathlib.Path(__file__).with_name("three_rules.sql").read_text())
quoted = out.replace("'", "''")
connection.execute(
    f"COPY (SELECT * FROM outcomes ORDER BY rule_id, case_id, item_id) TO '{quoted}'"
    " (HEADER, DELIMITER ',')")
