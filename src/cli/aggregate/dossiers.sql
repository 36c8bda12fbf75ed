-- Dossier logs → statistics: the reporting rules of the one-stop ("một cửa") system, in one query.
--
-- Input (loaded by src/cli/aggregate/*.ts, or by you on another engine — see README.md):
--   dossiers(dossier_id, unit, procedure, field, channel, level, province,
--            received_date DATE, due_date DATE, resolved_date DATE)
--     one row per dossier, already checked: received_date is set; due_date and resolved_date
--     (NULL = not yet resolved) are not before it; channel is 'truc_tiep', 'truc_tuyen',
--     'buu_chinh' or NULL (no channel column); level is 'tinh', 'huyen', 'xa', 'so_nganh' or
--     NULL; province is the top unit each unit is grouped under, or NULL (not grouped).
--   periods(period_key, kind, start_date DATE, end_date DATE)
--     the months ('2024-03', kind 'month'), quarters ('2024-Q1') and years ('2024') to report.
--
-- Output: one row per figure — scope ('unit' or 'province'), province, unit, period_key,
-- level (NULL = all levels), channel (NULL = all channels), indicator, value.
--
-- Only standard SQL: CTEs, an inequality join, GROUP BY (with GROUPING SETS and GROUPING()),
-- CASE, UNION ALL, COALESCE, EXTRACT and LAST_DAY — DuckDB, Spark SQL (3.x) and BigQuery all
-- read it as written. The places that differ are marked "-- PORTABILITY:" below.
-- Dates are compared as calendar days (the loader drops the time of day). Periods are whole
-- months (a month, a quarter, a year), so once each dossier's own dates are compared (early, on
-- time or late) only the months of its dates matter: dossiers are first counted by month, which
-- makes a million dossiers a few hundred thousand rows before they meet the periods.
WITH
-- Months as numbers (year * 12 + month), so periods can be compared by month.
period_months AS (
  SELECT
    period_key, kind, start_date, end_date,
    EXTRACT(YEAR FROM start_date) * 12 + EXTRACT(MONTH FROM start_date) AS start_month,
    EXTRACT(YEAR FROM end_date) * 12 + EXTRACT(MONTH FROM end_date) AS end_month
  FROM periods
),
-- Each dossier reduced to what the rules need, counted:
--   received_month, resolved_month (NULL: not yet resolved);
--   overdue_month: the first month whose last day is after the due date (a dossier still
--     pending at the end of that month or later is overdue: due date before the period's last day);
--   outcome: resolved before ('early'), on ('on_time') or after ('late') the due date.
dossier_months AS (
  SELECT
    province, unit, level, channel,
    EXTRACT(YEAR FROM received_date) * 12 + EXTRACT(MONTH FROM received_date) AS received_month,
    EXTRACT(YEAR FROM resolved_date) * 12 + EXTRACT(MONTH FROM resolved_date) AS resolved_month,
    -- PORTABILITY: LAST_DAY(date) is the month's last day in DuckDB, Spark and BigQuery alike;
    -- an engine without it can test EXTRACT(DAY FROM due_date + 1 day) = 1 in its own syntax.
    EXTRACT(YEAR FROM due_date) * 12 + EXTRACT(MONTH FROM due_date)
      + CASE WHEN due_date = LAST_DAY(due_date) THEN 1 ELSE 0 END AS overdue_month,
    CASE
      WHEN resolved_date IS NULL THEN NULL
      WHEN resolved_date < due_date THEN 'early'
      WHEN resolved_date = due_date THEN 'on_time'
      ELSE 'late'
    END AS outcome,
    COUNT(*) AS n
  -- PORTABILITY: on BigQuery name the tables with their dataset (`mydataset.dossiers`, and
  -- `mydataset.periods` above) unless the job sets a default dataset.
  FROM dossiers
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
),
-- Each (group of) dossier(s) with every period it is "to be resolved" in: received by the end
-- of the period and not resolved before its start. (Not yet resolved: never, month 999999.)
alive AS (
  SELECT
    p.period_key, p.kind, p.start_month, p.end_month,
    d.province, d.unit, d.level, d.channel,
    d.received_month, d.resolved_month, d.overdue_month, d.outcome, d.n
  FROM dossier_months d
  JOIN period_months p
    ON d.received_month <= p.end_month
   AND COALESCE(d.resolved_month, 999999) >= p.start_month
),
-- What the dossiers are in each period: each is carried over or new, and resolved in the period
-- or pending at its end — so received = received_new + carried_over = resolved + pending.
flags AS (
  SELECT
    period_key, kind, province, unit, level, n,
    CASE WHEN received_month < start_month THEN n ELSE 0 END AS carried_over,
    CASE WHEN received_month >= start_month THEN n ELSE 0 END AS received_new,
    CASE WHEN resolved_month <= end_month THEN n ELSE 0 END AS resolved,
    CASE WHEN resolved_month <= end_month AND outcome = 'early' THEN n ELSE 0 END AS resolved_early,
    CASE WHEN resolved_month <= end_month AND outcome = 'on_time' THEN n ELSE 0 END AS resolved_on_time,
    CASE WHEN resolved_month <= end_month AND outcome = 'late' THEN n ELSE 0 END AS resolved_late,
    CASE WHEN resolved_month IS NULL OR resolved_month > end_month THEN n ELSE 0 END AS pending,
    CASE WHEN (resolved_month IS NULL OR resolved_month > end_month) AND overdue_month <= end_month THEN n ELSE 0 END AS pending_overdue,
    CASE WHEN received_month >= start_month AND channel = 'truc_tiep' THEN n ELSE 0 END AS new_truc_tiep,
    CASE WHEN received_month >= start_month AND channel = 'truc_tuyen' THEN n ELSE 0 END AS new_truc_tuyen,
    CASE WHEN received_month >= start_month AND channel = 'buu_chinh' THEN n ELSE 0 END AS new_buu_chinh,
    CASE WHEN channel IS NULL THEN 0 ELSE n END AS with_channel
  FROM alive
),
-- The finest grain: unit × level × period. Everything else is added up from it.
cells AS (
  SELECT
    period_key, kind, province, unit, level,
    SUM(n) AS received,
    SUM(received_new) AS received_new, SUM(carried_over) AS carried_over,
    SUM(resolved) AS resolved, SUM(resolved_early) AS resolved_early,
    SUM(resolved_on_time) AS resolved_on_time, SUM(resolved_late) AS resolved_late,
    SUM(pending) AS pending, SUM(pending_overdue) AS pending_overdue,
    SUM(new_truc_tiep) AS new_truc_tiep, SUM(new_truc_tuyen) AS new_truc_tuyen,
    SUM(new_buu_chinh) AS new_buu_chinh, SUM(with_channel) AS with_channel
  FROM flags
  GROUP BY period_key, kind, province, unit, level
),
-- A unit (or a province) is broken down by level only when its dossiers were handled at more
-- than one level: a single level would only repeat the total.
unit_levels AS (
  SELECT province, unit FROM dossiers WHERE level IS NOT NULL
  GROUP BY province, unit HAVING COUNT(DISTINCT level) > 1
),
province_levels AS (
  SELECT province FROM dossiers WHERE level IS NOT NULL AND province IS NOT NULL
  GROUP BY province HAVING COUNT(DISTINCT level) > 1
),
-- Totals of each unit and each province, and the same by level, in one pass over the cells.
grouped AS (
  SELECT
    province, unit, period_key, kind, level,
    GROUPING(unit) AS all_units, GROUPING(level) AS all_levels,
    SUM(received) AS received, SUM(received_new) AS received_new, SUM(carried_over) AS carried_over,
    SUM(resolved) AS resolved, SUM(resolved_early) AS resolved_early, SUM(resolved_on_time) AS resolved_on_time,
    SUM(resolved_late) AS resolved_late, SUM(pending) AS pending, SUM(pending_overdue) AS pending_overdue,
    SUM(new_truc_tiep) AS new_truc_tiep, SUM(new_truc_tuyen) AS new_truc_tuyen, SUM(new_buu_chinh) AS new_buu_chinh,
    SUM(with_channel) AS with_channel
  FROM cells
  GROUP BY GROUPING SETS (
    (province, unit, period_key, kind),
    (province, unit, period_key, kind, level),
    (province, period_key, kind),
    (province, period_key, kind, level)
  )
),
totals AS (
  SELECT
    CASE WHEN g.all_units = 1 THEN 'province' ELSE 'unit' END AS scope,
    g.province,
    CASE WHEN g.all_units = 1 THEN g.province ELSE g.unit END AS unit,
    g.period_key, g.kind, g.level,
    g.received, g.received_new, g.carried_over, g.resolved, g.resolved_early, g.resolved_on_time,
    g.resolved_late, g.pending, g.pending_overdue, g.new_truc_tiep, g.new_truc_tuyen, g.new_buu_chinh, g.with_channel
  FROM grouped g
  LEFT JOIN unit_levels ul
    ON g.all_units = 0 AND ul.unit = g.unit AND COALESCE(ul.province, '') = COALESCE(g.province, '')
  LEFT JOIN province_levels pl
    ON g.all_units = 1 AND pl.province = g.province
  WHERE (g.all_units = 0 OR g.province IS NOT NULL)
    AND (g.all_levels = 1 OR (g.level IS NOT NULL AND (ul.unit IS NOT NULL OR pl.province IS NOT NULL)))
),
-- The figures written: ord is the order within a unit and period; channel rows break received_new down.
indicators AS (
  -- PORTABILITY: STRING is the text type of Spark and BigQuery; DuckDB reads it as VARCHAR.
  SELECT 1 AS ord, 'received' AS indicator, CAST(NULL AS STRING) AS channel
  UNION ALL SELECT 2, 'received_new', CAST(NULL AS STRING)
  UNION ALL SELECT 3, 'carried_over', CAST(NULL AS STRING)
  UNION ALL SELECT 4, 'received_online', CAST(NULL AS STRING)
  UNION ALL SELECT 5, 'resolved', CAST(NULL AS STRING)
  UNION ALL SELECT 6, 'resolved_in_time', CAST(NULL AS STRING)
  UNION ALL SELECT 7, 'resolved_early', CAST(NULL AS STRING)
  UNION ALL SELECT 8, 'resolved_on_time', CAST(NULL AS STRING)
  UNION ALL SELECT 9, 'resolved_late', CAST(NULL AS STRING)
  UNION ALL SELECT 10, 'pending', CAST(NULL AS STRING)
  UNION ALL SELECT 11, 'pending_overdue', CAST(NULL AS STRING)
  UNION ALL SELECT 12, 'received_new', 'truc_tiep'
  UNION ALL SELECT 13, 'received_new', 'truc_tuyen'
  UNION ALL SELECT 14, 'received_new', 'buu_chinh'
),
-- One row per figure. received_online and the channel rows only where the log has channels
-- (with_channel > 0); channel rows for the totals only (not by level), all three, zeros included.
figures AS (
  SELECT
    t.scope, t.province, t.unit, t.period_key, t.kind, t.level, i.channel, i.ord, i.indicator,
    CASE i.ord
      WHEN 1 THEN t.received WHEN 2 THEN t.received_new WHEN 3 THEN t.carried_over
      WHEN 4 THEN t.new_truc_tuyen WHEN 5 THEN t.resolved WHEN 6 THEN t.resolved_early + t.resolved_on_time
      WHEN 7 THEN t.resolved_early WHEN 8 THEN t.resolved_on_time WHEN 9 THEN t.resolved_late
      WHEN 10 THEN t.pending WHEN 11 THEN t.pending_overdue
      WHEN 12 THEN t.new_truc_tiep WHEN 13 THEN t.new_truc_tuyen ELSE t.new_buu_chinh
    END AS value
  FROM totals t
  CROSS JOIN indicators i
  WHERE (i.ord NOT IN (4, 12, 13, 14) OR t.with_channel > 0)
    AND (i.channel IS NULL OR t.level IS NULL)
)
SELECT scope, province, unit, period_key, level, channel, indicator, value
FROM figures
ORDER BY
  province NULLS FIRST,
  CASE WHEN scope = 'province' THEN 0 ELSE 1 END,
  unit,
  CASE kind WHEN 'month' THEN 1 WHEN 'quarter' THEN 2 ELSE 3 END,
  period_key,
  level NULLS FIRST,
  ord
