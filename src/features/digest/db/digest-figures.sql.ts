/**
 * The digest's SQL. Every statement starts from the scopes ($1 wijk ids, $2 the group each wijk
 * is reported in: itself, or its municipality for a roll-up) and reaches the rest through
 * indexes: Case(wijkId, status|openedOn|closedOn), Handover(caseId), Consult(caseId),
 * ActionPoint(caseId), ServiceWijk(wijkId, serviceId), LookupGap(wijkId, at). Nothing is loaded
 * whole into Node: counts are aggregated here, item lists cut to $limit per group and kind.
 *
 * "Live" cases are the ones a digest can be about: open, or opened or closed this week.
 */
const SCOPE = `scope AS (SELECT * FROM unnest($1::text[], $2::text[]) AS s(wijk_id, grp))`;
const LIVE = `live AS MATERIALIZED (
  SELECT s.grp, c.id, c.code, c.status, c."openedOn"
  FROM scope s JOIN "Case" c ON c."wijkId" = s.wijk_id
  WHERE c.status = 'open' OR c."openedOn" >= $4::date OR c."closedOn" >= $4::date)`;
const UNDER_DEADLINE = `h.status IN ('requested', 'accepted')`;

// Columns are timestamp(3) holding UTC (Prisma's default): read as UTC, then as Amsterdam's day.
const localDay = (column: string) => `((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date`;

/** Working days after the local day of `a` up to and including that of `b` (working-days.ts). */
const workingDays = (a: string, b: string) => `(
  SELECT count(*)::int FROM generate_series(
    ${localDay(a)} + 1, ${localDay(b)}, interval '1 day') AS d
  WHERE extract(isodow FROM d) < 6 AND d::date <> ALL($6::date[]))`;

/**
 * Parameters: $1 wijk ids, $2 groups, $3 now, $4 first day of the week (local), $5 since
 * (instant), $6 weekday holidays, $7 today (local), $8 stale-before day, $9 until (instant).
 */
export const COUNTS_SQL = `
WITH ${SCOPE}, ${LIVE},
cases AS (
  SELECT grp, count(*) FILTER (WHERE status = 'open') AS open_cases,
         count(*) FILTER (WHERE "openedOn" >= $4::date) AS new_cases
  FROM live GROUP BY grp),
handovers AS (
  SELECT l.grp,
    count(*) FILTER (WHERE h.status = 'requested') AS awaiting,
    count(*) FILTER (WHERE ${UNDER_DEADLINE} AND h."deadlineAt" < $3::timestamp) AS overdue,
    count(*) FILTER (WHERE h.status = 'completed' AND h."endedAt" >= $5::timestamp) AS completed
  FROM live l JOIN "Handover" h ON h."caseId" = l.id
  WHERE ${UNDER_DEADLINE} OR (h.status = 'completed' AND h."endedAt" >= $5::timestamp)
  GROUP BY l.grp),
contact AS (
  SELECT l.grp, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${workingDays('h."requestedAt"', "fc.at")}) AS median
  FROM live l JOIN "Handover" h ON h."caseId" = l.id
  CROSS JOIN LATERAL (SELECT min(e.at) AS at FROM "HandoverEvent" e
                      WHERE e."handoverId" = h.id AND e.type = 'contacted') fc
  WHERE h.status = 'completed' AND h."endedAt" >= $5::timestamp AND fc.at IS NOT NULL
  GROUP BY l.grp),
consults AS (
  SELECT l.grp, count(*) AS n FROM live l JOIN "Consult" co ON co."caseId" = l.id
  WHERE co.status = 'scheduled' AND co.start >= $3::timestamp AND co.start < $9::timestamp
  GROUP BY l.grp),
actions AS (
  SELECT l.grp, count(*) AS n FROM live l JOIN "ActionPoint" a ON a."caseId" = l.id
  WHERE a."doneAt" IS NULL AND a."dueOn" < $7::date GROUP BY l.grp),
stale AS (
  SELECT s.grp, count(DISTINCT sv.id) AS n
  FROM scope s JOIN "ServiceWijk" sw ON sw."wijkId" = s.wijk_id JOIN "Service" sv ON sv.id = sw."serviceId"
  WHERE sv.active AND sv."assuredDate" < $8::date GROUP BY s.grp),
gaps AS (
  SELECT s.grp, count(*) AS n FROM scope s JOIN "LookupGap" g ON g."wijkId" = s.wijk_id
  WHERE g.at >= $5::timestamp GROUP BY s.grp)
SELECT g.grp,
  coalesce(cases.open_cases, 0)::int AS "openCases", coalesce(cases.new_cases, 0)::int AS "newCases",
  coalesce(handovers.awaiting, 0)::int AS "awaitingAcceptance",
  coalesce(handovers.overdue, 0)::int AS "overdueHandovers",
  coalesce(handovers.completed, 0)::int AS "completedThisWeek",
  contact.median::float8 AS "medianDaysToContact",
  coalesce(consults.n, 0)::int AS "consultsNext7Days", coalesce(actions.n, 0)::int AS "actionPointsOverdue",
  coalesce(stale.n, 0)::int AS "staleEntries", coalesce(gaps.n, 0)::int AS "lookupGaps"
FROM (SELECT DISTINCT grp FROM scope) g
LEFT JOIN cases ON cases.grp = g.grp LEFT JOIN handovers ON handovers.grp = g.grp
LEFT JOIN contact ON contact.grp = g.grp LEFT JOIN consults ON consults.grp = g.grp
LEFT JOIN actions ON actions.grp = g.grp LEFT JOIN stale ON stale.grp = g.grp
LEFT JOIN gaps ON gaps.grp = g.grp`;

/**
 * Items of every kind as (grp, kind, rank, …) rows. Parameters as COUNTS_SQL, except $6: the
 * limit per group and kind. Lookup-gap rows carry the gap kind in ref, the topic in caseCode and
 * the term in serviceName, the topic's names in holderName (nl) and extra (en): one UNION, one row shape.
 */
export const ITEMS_SQL = `
WITH ${SCOPE}, ${LIVE},
items AS (
  SELECT l.grp, CASE WHEN h."deadlineAt" < $3::timestamp THEN 'overdue-handover' ELSE 'awaiting-acceptance' END AS kind,
    h.id AS ref, l.code AS "caseCode", sv.name AS "serviceName",
    coalesce(acc.name, named.name) AS "holderName", h."deadlineAt" AS at, h."requestedAt" AS at2,
    NULL::date AS day, (h.urgency <> 'normal') AS urgent, NULL::int AS n, NULL::text AS extra,
    row_number() OVER (PARTITION BY l.grp, h."deadlineAt" < $3::timestamp
                       ORDER BY (h.urgency <> 'normal') DESC, h."deadlineAt", h."requestedAt") AS rank
  FROM live l JOIN "Handover" h ON h."caseId" = l.id JOIN "Service" sv ON sv.id = h."toServiceId"
  LEFT JOIN "Professional" acc ON acc.id = h."acceptedById"
  LEFT JOIN "Professional" named ON named.id = h."toProfessionalId"
  WHERE h.status = 'requested' OR (h.status = 'accepted' AND h."deadlineAt" < $3::timestamp)
  UNION ALL
  SELECT l.grp, 'action-point-overdue', a.id, l.code, NULL, p.name, NULL, NULL, a."dueOn", false, NULL, NULL,
    row_number() OVER (PARTITION BY l.grp ORDER BY a."dueOn", a.id)
  FROM live l JOIN "ActionPoint" a ON a."caseId" = l.id LEFT JOIN "Professional" p ON p.id = a."ownerId"
  WHERE a."doneAt" IS NULL AND a."dueOn" < $7::date
  UNION ALL
  SELECT l.grp, 'consult', co.id, l.code, NULL, NULL, co.start, NULL, NULL, false, NULL, NULL,
    row_number() OVER (PARTITION BY l.grp ORDER BY co.start, co.id)
  FROM live l JOIN "Consult" co ON co."caseId" = l.id
  WHERE co.status = 'scheduled' AND co.start >= $3::timestamp AND co.start < $9::timestamp
  UNION ALL
  SELECT grp, 'stale-entry', id, NULL, name, NULL, NULL, NULL, "assuredDate", false, NULL, NULL,
    row_number() OVER (PARTITION BY grp ORDER BY "assuredDate", id)
  FROM (SELECT DISTINCT s.grp, sv.id, sv.name, sv."assuredDate"
        FROM scope s JOIN "ServiceWijk" sw ON sw."wijkId" = s.wijk_id JOIN "Service" sv ON sv.id = sw."serviceId"
        WHERE sv.active AND sv."assuredDate" < $8::date) st
  UNION ALL
  SELECT grp, 'lookup-gap', kind, "topicId", term, "nameNl", NULL, NULL, NULL, false, n::int, "nameEn",
    row_number() OVER (PARTITION BY grp ORDER BY n DESC, kind, "topicId", term)
  FROM (SELECT s.grp, g.kind, g."topicId", g.term, t."nameNl", t."nameEn", count(*) AS n
        FROM scope s JOIN "LookupGap" g ON g."wijkId" = s.wijk_id LEFT JOIN "Topic" t ON t.id = g."topicId"
        WHERE g.at >= $5::timestamp GROUP BY s.grp, g.kind, g."topicId", g.term, t."nameNl", t."nameEn") gp
)
SELECT * FROM items WHERE rank <= $6 ORDER BY grp, kind, rank`;
