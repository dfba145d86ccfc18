/**
 * Import of cases (keyed on their code), with members, relatives and the case-code counters.
 * A case's database id is a uuid made here; handovers and consults find it through the code.
 */
import { randomUUID } from "node:crypto";
import type { Clock } from "../../core/shared/clock.js";
import {
  byKey,
  childIndex,
  createInChunks,
  dateColumn,
  findInChunks,
  type ImportCounts,
  keys,
  nullableDate,
  syncEntities,
  type Tx,
} from "./import-support.js";
import { CASE_CODE_RE, type SocialMap, type SocialMapCase } from "./social-map.schema.js";

function caseEntity(c: SocialMapCase, id: string) {
  return {
    key: c.code,
    scalars: {
      id,
      code: c.code,
      wijkId: c.wijk,
      status: c.status,
      openedOn: dateColumn(c.openedOn),
      closedOn: nullableDate(c.closedOn),
      topics: c.topics,
      coordinatorId: c.coordinator,
      summary: c.summary,
    },
    children: {
      members: sortMembers(c.involved.map((m) => ({ professionalId: m.professional, role: m.role }))),
      relatives: (c.relatives ?? []).map((r) => ({
        label: r.label,
        contactPreference: r.contactPreference ?? null,
      })),
    },
  };
}
type CaseEntity = ReturnType<typeof caseEntity>;

/** Imports the cases and returns the database id of every case code the file mentions. */
export async function importCases(
  tx: Tx,
  map: SocialMap,
  counts: ImportCounts,
  clock: Clock,
): Promise<Map<string, string>> {
  const existing = await loadExisting(
    tx,
    map.cases.map((c) => c.code),
  );
  const existingByCode = byKey(existing);
  const desired = map.cases.map((c) => caseEntity(c, existingByCode.get(c.code)?.scalars.id ?? randomUUID()));
  const writeMembers = (list: CaseEntity[]) =>
    createInChunks(
      list.flatMap((c) =>
        c.children.members.map((m) => ({ ...m, caseId: c.scalars.id, addedAt: clock.now() })),
      ),
      (data) => tx.caseMember.createMany({ data }),
    );
  const writeRelatives = (list: CaseEntity[]) =>
    createInChunks(
      list.flatMap((c) =>
        c.children.relatives.map((r, i) => ({ ...r, id: `${c.key}#relative-${i}`, caseId: c.scalars.id })),
      ),
      (data) => tx.caseRelative.createMany({ data }),
    );
  await syncEntities({
    counts: counts.cases,
    desired,
    existing: existingByCode,
    async create(list) {
      const data = list.map((c) => ({ ...c.scalars, createdAt: clock.now() }));
      await createInChunks(data, (chunk) => tx.case.createMany({ data: chunk }));
      await writeMembers(list);
      await writeRelatives(list);
    },
    updateScalars: ({ scalars }) => tx.case.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {
      members: (c) =>
        tx.caseMember.deleteMany({ where: { caseId: c.scalars.id } }).then(() => writeMembers([c])),
      relatives: (c) =>
        tx.caseRelative.deleteMany({ where: { caseId: c.scalars.id } }).then(() => writeRelatives([c])),
    },
  });
  await bumpCodeCounters(tx, keys(desired));
  return caseIdsOf(tx, map, desired);
}

async function loadExisting(tx: Tx, codes: string[]): Promise<CaseEntity[]> {
  const rows = await findInChunks(codes, (code) =>
    tx.case.findMany({ where: { code: { in: code } }, include: { members: true, relatives: true } }),
  );
  return rows.map((c) => ({
    key: c.code,
    scalars: {
      id: c.id,
      code: c.code,
      wijkId: c.wijkId,
      status: c.status as SocialMapCase["status"],
      openedOn: c.openedOn,
      closedOn: c.closedOn,
      topics: c.topics,
      coordinatorId: c.coordinatorId,
      summary: c.summary,
    },
    children: {
      members: sortMembers(c.members.map((m) => ({ professionalId: m.professionalId, role: m.role }))),
      relatives: [...c.relatives]
        .sort((a, b) => childIndex(a.id) - childIndex(b.id) || a.id.localeCompare(b.id))
        .map((r) => ({ label: r.label, contactPreference: r.contactPreference })),
    },
  }));
}

function sortMembers<T extends { professionalId: string }>(members: T[]): T[] {
  return [...members].sort((a, b) => a.professionalId.localeCompare(b.professionalId));
}

/** "WYC" -> the next free number: above the highest imported one, never lowered. */
async function bumpCodeCounters(tx: Tx, codes: string[]): Promise<void> {
  const highest = new Map<string, number>();
  for (const code of codes) {
    const [, prefix, digits] = CASE_CODE_RE.exec(code) ?? [];
    if (prefix && digits) highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(digits)));
  }
  const counters = await tx.caseCodeCounter.findMany({ where: { prefix: { in: [...highest.keys()] } } });
  for (const [prefix, max] of highest) {
    const current = counters.find((c) => c.prefix === prefix)?.next ?? 0;
    if (current > max) continue;
    await tx.caseCodeCounter.upsert({
      where: { prefix },
      create: { prefix, next: max + 1 },
      update: { next: max + 1 },
    });
  }
}

/** Ids of the file's cases plus those of cases already in the database that it refers to. */
async function caseIdsOf(tx: Tx, map: SocialMap, imported: CaseEntity[]): Promise<Map<string, string>> {
  const ids = new Map(imported.map((c) => [c.key, c.scalars.id]));
  const referenced = [...new Set([...map.handovers, ...map.consults].map((r) => r.case))];
  const missing = referenced.filter((code) => !ids.has(code));
  const rows = await findInChunks(missing, (code) =>
    tx.case.findMany({ where: { code: { in: code } }, select: { id: true, code: true } }),
  );
  for (const row of rows) ids.set(row.code, row.id);
  return ids;
}
