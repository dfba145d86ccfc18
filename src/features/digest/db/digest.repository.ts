/**
 * The digest as storage sees it: figures aggregated in SQL (digest-figures.sql.ts), and the
 * subscriptions. The runs and the buttons' writes are in digest-runs.repository.ts.
 */
import type { Weekday } from "../../../core/calendar/amsterdam-time.js";
import { isoDate } from "../../../db/repositories/dates.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type {
  DigestCounts,
  DigestItem,
  DigestReader,
  DigestScope,
  DigestWindow,
  ScopeFigures,
  SubscriptionRecord,
  SubscriptionStore,
} from "../core/digest.ports.js";
import { COUNTS_SQL, ITEMS_SQL } from "./digest-figures.sql.js";

type Row = Record<string, unknown>;

export function digestRepository(prisma: PrismaClient): DigestReader & SubscriptionStore {
  return {
    async wijken(ids) {
      if (ids.length === 0) return [];
      return prisma.wijk.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, municipalityCode: true },
        orderBy: { name: "asc" },
      });
    },
    async municipality(cbsCode) {
      const row = await prisma.municipality.findUnique({
        where: { cbsCode },
        select: { name: true, wijken: { select: { id: true }, orderBy: { id: "asc" } } },
      });
      return row ? { name: row.name, wijkIds: row.wijken.map((w) => w.id) } : null;
    },
    figures: (scopes, window, limit) => figures(prisma, scopes, window, limit),
    async forProfessional(professionalId) {
      const rows = await prisma.digestSubscription.findMany({
        where: { professionalId },
        orderBy: { scope: "asc" },
      });
      return rows.map(toSubscription);
    },
    async save(s) {
      const data = {
        wijkIds: s.wijkIds,
        day: s.day,
        time: s.time,
        quietWhenEmpty: s.quietWhenEmpty,
        active: s.active,
      };
      const row = await prisma.digestSubscription.upsert({
        where: { professionalId_scope: { professionalId: s.professionalId, scope: s.scope } },
        create: { professionalId: s.professionalId, scope: s.scope, ...data },
        update: data,
      });
      return toSubscription(row);
    },
  };
}

export function toSubscription(row: {
  id: string;
  professionalId: string;
  wijkIds: string[];
  scope: string;
  day: string;
  time: string;
  quietWhenEmpty: boolean;
  active: boolean;
}): SubscriptionRecord {
  return { ...row, scope: row.scope === "municipality" ? "municipality" : "wijken", day: row.day as Weekday };
}

async function figures(
  prisma: PrismaClient,
  scopes: DigestScope[],
  window: DigestWindow,
  limit: number,
): Promise<Map<string, ScopeFigures>> {
  const pairs = scopes.flatMap((scope) => scope.wijkIds.map((id) => [id, scope.key] as const));
  const wijkIds = pairs.map(([id]) => id);
  const groups = pairs.map(([, key]) => key);
  const [now, since, until] = [window.now, window.since, window.until].map((d) => d.toISOString());
  const common = [wijkIds, groups, now, window.sinceDay, since];
  const tail = [window.today, window.staleBefore, until];
  const counts = await prisma.$queryRawUnsafe<Row[]>(COUNTS_SQL, ...common, window.holidays, ...tail);
  const items = await prisma.$queryRawUnsafe<Row[]>(ITEMS_SQL, ...common, limit, ...tail);
  const result = new Map<string, ScopeFigures>();
  for (const row of counts) result.set(String(row.grp), { counts: toCounts(row), items: [] });
  for (const row of items) result.get(String(row.grp))?.items.push(toItem(row));
  return result;
}

function toCounts(row: Row): DigestCounts {
  const n = (key: keyof DigestCounts) => Number(row[key] ?? 0);
  const median = row.medianDaysToContact;
  return {
    openCases: n("openCases"),
    newCases: n("newCases"),
    awaitingAcceptance: n("awaitingAcceptance"),
    overdueHandovers: n("overdueHandovers"),
    completedThisWeek: n("completedThisWeek"),
    medianDaysToContact: median === null || median === undefined ? null : Number(median),
    consultsNext7Days: n("consultsNext7Days"),
    actionPointsOverdue: n("actionPointsOverdue"),
    staleEntries: n("staleEntries"),
    lookupGaps: n("lookupGaps"),
  };
}

function toItem(row: Row): DigestItem {
  const text = (key: string) => (row[key] === null || row[key] === undefined ? null : String(row[key]));
  const ref = String(row.ref);
  switch (row.kind) {
    case "overdue-handover":
      return {
        kind: "overdue-handover",
        handoverId: ref,
        caseCode: String(row.caseCode),
        serviceName: String(row.serviceName),
        holderName: text("holderName"),
        deadlineAt: instant(row.at),
        urgent: row.urgent === true,
      };
    case "awaiting-acceptance":
      return {
        kind: "awaiting-acceptance",
        handoverId: ref,
        caseCode: String(row.caseCode),
        serviceName: String(row.serviceName),
        requestedAt: instant(row.at2),
        urgent: row.urgent === true,
      };
    case "action-point-overdue":
      return {
        kind: "action-point-overdue",
        caseCode: String(row.caseCode),
        ownerName: text("holderName"),
        dueOn: day(row.day),
      };
    case "consult":
      return { kind: "consult", caseCode: String(row.caseCode), start: instant(row.at) };
    case "stale-entry":
      return {
        kind: "stale-entry",
        serviceId: ref,
        serviceName: String(row.serviceName),
        assuredDate: day(row.day),
      };
    default:
      return {
        kind: "lookup-gap",
        gapKind: ref,
        topicId: text("caseCode"),
        topicName: row.holderName ? { nl: String(row.holderName), en: String(row.extra) } : null,
        term: text("serviceName"),
        count: Number(row.n),
      };
  }
}

/** timestamp(3) columns hold UTC; drivers hand them back as Date or as text without a zone. */
function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  const s = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(" ", "T")}Z`);
}

function day(value: unknown): string {
  return value instanceof Date ? isoDate(value) : String(value).slice(0, 10);
}
