-- The three rules of issue 11 over the canonical export's CSV files, as an analyst would write
-- them in DuckDB: reviews_within_timescale (reg 33), child_views_conveyed and
-- participation_code_matches_age, for the audit period 2021-04-01..2022-03-31. The driver
-- (duckdb_three_rules.py) creates the `holidays` table, sets the file paths and writes the
-- `outcomes` table to CSV.
-- Cells are read as text and typed with TRY_CAST after trimming spaces, as CaseAudit trims.

CREATE TEMP TABLE children AS
SELECT trim(child_id) AS child_id, TRY_CAST(trim(dob) AS DATE) AS dob
FROM read_csv(getvariable('children'), header = true, all_varchar = true);

CREATE TEMP TABLE periods AS
SELECT trim(period_id) AS period_id, trim(child_id) AS child_id,
  TRY_CAST(trim(start) AS DATE) AS start, TRY_CAST(trim("end") AS DATE) AS finish
FROM read_csv(getvariable('periods'), header = true, all_varchar = true);

CREATE TEMP TABLE raw_reviews AS
SELECT trim(review_id) AS review_id, trim(child_id) AS child_id,
  nullif(trim(period_id), '') AS period_id, TRY_CAST(trim(held_on) AS DATE) AS held_on,
  nullif(trim(participation), '') AS participation,
  coalesce(lower(trim(cancelled)) = 'true', false) AS cancelled
FROM read_csv(getvariable('reviews'), header = true, all_varchar = true);

-- A review without period_id belongs to the child's one period containing its date.
CREATE TEMP TABLE reviews AS
SELECT r.*, coalesce(r.period_id, a.period_id) AS period,
  r.held_on IS NOT NULL AND NOT r.cancelled AS held
FROM raw_reviews r
LEFT JOIN (
  SELECT r.review_id, CASE WHEN count(*) = 1 THEN min(p.period_id) END AS period_id
  FROM raw_reviews r JOIN periods p ON p.child_id = r.child_id
    AND p.start <= r.held_on AND (p.finish IS NULL OR r.held_on <= p.finish)
  WHERE r.period_id IS NULL
  GROUP BY r.review_id
) a USING (review_id);

-- Working days: weekdays that are not bank holidays, numbered so that "n working days after d"
-- is the working day numbered (the count up to d) + n.
CREATE TEMP TABLE calendar AS
WITH days AS (
  SELECT CAST(d AS DATE) AS d
  FROM generate_series(DATE '1990-01-01', DATE '2040-12-31', INTERVAL 1 DAY) t(d)
)
SELECT d, isodow(d) < 6 AND d NOT IN (SELECT day FROM holidays) AS working,
  sum(CASE WHEN isodow(d) < 6 AND d NOT IN (SELECT day FROM holidays) THEN 1 ELSE 0 END)
    OVER (ORDER BY d) AS number
FROM days;
CREATE TEMP TABLE working_days AS SELECT number, d FROM calendar WHERE working;

CREATE TEMP TABLE held_in_period AS
SELECT r.*, c.dob,
  year(r.held_on) - year(c.dob)
    - CASE WHEN (month(r.held_on), day(r.held_on)) < (month(c.dob), day(c.dob)) THEN 1 ELSE 0
      END AS age
FROM reviews r LEFT JOIN children c USING (child_id)
WHERE r.held AND r.held_on BETWEEN DATE '2021-04-01' AND DATE '2022-03-31';

-- reg 33: the first review within 20 working days of the period's start, the second within 3
-- months of the first, each later one within 6 months of the one before; a review of unknown
-- period held on or after the period's start and by this review's date leaves it untimed.
CREATE TEMP TABLE timed AS
WITH ordered AS (
  SELECT review_id, period, held_on,
    lag(held_on) OVER w AS previous, row_number() OVER w AS position
  FROM reviews WHERE held AND period IS NOT NULL
  WINDOW w AS (PARTITION BY period ORDER BY held_on, review_id)
)
SELECT h.review_id, h.child_id, h.held_on,
  CASE
    WHEN h.period IS NULL OR p.start IS NULL THEN NULL
    WHEN EXISTS (
      SELECT 1 FROM reviews u
      WHERE u.child_id = h.child_id AND u.held AND u.period IS NULL
        AND u.held_on >= p.start AND u.held_on <= h.held_on) THEN NULL
    WHEN o.previous IS NULL THEN (
      SELECT w.d FROM calendar c JOIN working_days w ON w.number = c.number + 20
      WHERE c.d = p.start)
    WHEN o.position = 2 THEN CAST(o.previous + INTERVAL 3 MONTH AS DATE)
    ELSE CAST(o.previous + INTERVAL 6 MONTH AS DATE)
  END AS due
FROM held_in_period h
LEFT JOIN ordered o USING (review_id)
LEFT JOIN periods p ON p.period_id = h.period;

CREATE TEMP TABLE outcomes AS
SELECT 'reviews_within_timescale' AS rule_id, child_id AS case_id, review_id AS item_id,
  CASE WHEN due IS NULL THEN 'insufficient_evidence'
    WHEN held_on <= due THEN 'met' ELSE 'not_met' END AS outcome
FROM timed
UNION ALL
SELECT 'child_views_conveyed', child_id, review_id,
  CASE WHEN dob IS NULL THEN 'insufficient_evidence'
    WHEN age < 4 THEN 'not_applicable'
    WHEN participation IS NULL THEN 'insufficient_evidence'
    WHEN participation IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6') THEN 'met'
    ELSE 'not_met' END
FROM held_in_period
UNION ALL
SELECT 'participation_code_matches_age', child_id, review_id,
  CASE WHEN dob IS NULL THEN 'insufficient_evidence'
    WHEN (participation = 'PN0') = (age < 4) THEN 'met' ELSE 'not_met' END
FROM held_in_period WHERE participation IS NOT NULL;
