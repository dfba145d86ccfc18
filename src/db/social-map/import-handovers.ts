/**
 * Import of handovers with their consent record and events. Ids are the format's (`ho-001`);
 * the consent record is `ho-001#consent`, events are `ho-001#0`, `ho-001#1`…, and the format's
 * free `note` is an event `ho-001#note` of type "import-note". Events with other ids were added
 * by the program after the import and are never touched.
 *
 * A handover without consent is imported with `sendable = false`: it stays on record but can
 * never be sent (the validator warns about it).
 */
import { addWorkingDays } from "../../core/calendar/working-days.js";
import {
  byKey,
  createInChunks,
  findInChunks,
  type ImportCounts,
  keys,
  syncEntities,
  type Tx,
} from "./import-support.js";
import { consentFormToDb, contactChannelToDb } from "./social-map.mapping.js";
import type { SocialMap, SocialMapHandover } from "./social-map.schema.js";

export const IMPORT_NOTE_EVENT = "import-note";
const ENDING_STATUSES = new Set(["completed", "declined", "cancelled", "withdrawn"]);

interface EventRow {
  id: string;
  at: Date;
  type: string;
  byId: string | null;
  note: string | null;
}

function handoverEntity(h: SocialMapHandover, caseId: string, responseWorkingDays: number) {
  const requestedAt = new Date(h.requestedAt);
  const events: EventRow[] = h.events.map((e, i) => ({
    id: `${h.id}#${i}`,
    at: new Date(e.at),
    type: e.type,
    byId: e.by,
    note: e.note ?? null,
  }));
  const lastOf = (type: string) => events.filter((e) => e.type === type).at(-1);
  if (h.note)
    events.push({ id: `${h.id}#note`, at: requestedAt, type: IMPORT_NOTE_EVENT, byId: null, note: h.note });
  const consent = h.consent && {
    id: `${h.id}#consent`,
    caseId,
    recordedById: h.consent.recordedBy,
    recordedAt: new Date(h.consent.recordedAt),
    form: consentFormToDb(h.consent.form),
    purpose: h.consent.purpose,
    serviceId: h.toService as string | null,
    validUntil: h.consent.validUntil ? new Date(h.consent.validUntil) : null,
  };
  return {
    key: h.id,
    scalars: {
      id: h.id,
      caseId,
      fromId: h.from,
      toServiceId: h.toService,
      toProfessionalId: h.toProfessional,
      topicId: h.topic,
      status: h.status as string,
      reason: h.reason,
      contactChannel: contactChannelToDb(h.contactPreference.channel),
      contactBestTime: h.contactPreference.bestTime,
      requestedAt,
      deadlineAt: addWorkingDays(requestedAt, responseWorkingDays),
      sendable: consent !== null,
      acceptedById: lastOf("accepted")?.byId ?? null,
      endedAt: ENDING_STATUSES.has(h.status) ? (lastOf(h.status)?.at ?? null) : null,
    },
    children: { consent, events: sortById(events) },
  };
}
type HandoverEntity = ReturnType<typeof handoverEntity>;

export async function importHandovers(
  tx: Tx,
  map: SocialMap,
  counts: ImportCounts,
  caseIds: ReadonlyMap<string, string>,
): Promise<void> {
  const days = await responseDays(tx, map);
  const desired = map.handovers.map((h) => handoverEntity(h, caseIds.get(h.case)!, days.get(h.toService)!));
  const existing = await loadExisting(tx, keys(desired));
  const writeConsent = async (h: HandoverEntity) => {
    const consent = h.children.consent;
    if (consent) {
      // Withdrawal is the program's business: an import never un-withdraws a consent.
      await tx.consentRecord.upsert({ where: { id: consent.id }, create: consent, update: consent });
      await tx.handover.update({ where: { id: h.key }, data: { consentId: consent.id } });
    } else {
      await tx.handover.update({ where: { id: h.key }, data: { consentId: null } });
      await tx.consentRecord.deleteMany({ where: { id: `${h.key}#consent` } });
    }
  };
  const writeEvents = (list: HandoverEntity[]) =>
    createInChunks(
      list.flatMap((h) => h.children.events.map((e) => ({ ...e, handoverId: h.key }))),
      (data) => tx.handoverEvent.createMany({ data }),
    );
  await syncEntities({
    counts: counts.handovers,
    desired,
    existing: byKey(existing),
    async create(list) {
      const consents = list.flatMap((h) => (h.children.consent ? [h.children.consent] : []));
      await createInChunks(consents, (data) => tx.consentRecord.createMany({ data }));
      const rows = list.map((h) => ({ ...h.scalars, consentId: h.children.consent?.id ?? null }));
      await createInChunks(rows, (data) => tx.handover.createMany({ data }));
      await writeEvents(list);
    },
    updateScalars: ({ scalars }) => tx.handover.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {
      consent: writeConsent,
      events: (h) =>
        tx.handoverEvent
          .deleteMany({ where: { handoverId: h.key, id: { startsWith: `${h.key}#` } } })
          .then(() => writeEvents([h])),
    },
  });
}

/** responseWorkingDays of every receiving service, from the file or else the database. */
async function responseDays(tx: Tx, map: SocialMap): Promise<Map<string, number>> {
  const days = new Map(map.services.map((s) => [s.id, s.responseWorkingDays]));
  const missing = [...new Set(map.handovers.map((h) => h.toService))].filter((id) => !days.has(id));
  const rows = await findInChunks(missing, (id) =>
    tx.service.findMany({ where: { id: { in: id } }, select: { id: true, responseWorkingDays: true } }),
  );
  for (const row of rows) days.set(row.id, row.responseWorkingDays);
  return days;
}

async function loadExisting(tx: Tx, ids: string[]): Promise<HandoverEntity[]> {
  const rows = await findInChunks(ids, (id) =>
    tx.handover.findMany({ where: { id: { in: id } }, include: { consent: true, events: true } }),
  );
  return rows.map((h) => {
    const { consent, events } = h;
    const managed = consent?.id === `${h.id}#consent` ? consent : null;
    return {
      key: h.id,
      scalars: {
        id: h.id,
        caseId: h.caseId,
        fromId: h.fromId,
        toServiceId: h.toServiceId,
        toProfessionalId: h.toProfessionalId,
        topicId: h.topicId,
        status: h.status,
        reason: h.reason,
        contactChannel: h.contactChannel,
        contactBestTime: h.contactBestTime,
        requestedAt: h.requestedAt,
        deadlineAt: h.deadlineAt,
        sendable: h.sendable,
        acceptedById: h.acceptedById,
        endedAt: h.endedAt,
      },
      children: {
        consent: managed && {
          id: managed.id,
          caseId: managed.caseId,
          recordedById: managed.recordedById,
          recordedAt: managed.recordedAt,
          form: managed.form,
          purpose: managed.purpose,
          serviceId: managed.serviceId,
          validUntil: managed.validUntil,
        },
        events: sortById(
          events
            .filter((e) => e.id.startsWith(`${h.id}#`))
            .map((e) => ({ id: e.id, at: e.at, type: e.type, byId: e.byId, note: e.note })),
        ),
      },
    };
  });
}

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}
