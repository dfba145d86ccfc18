/**
 * Import of consults (participants, relatives, agenda) and digest subscriptions. Child rows get
 * deterministic ids (`pc-001#participant-0`, `pc-001#relative-0`, `pc-001#agenda-0`); rows the
 * program added later (uuid ids: votes, slots, extra participants) are left alone.
 */
import {
  byKey,
  createInChunks,
  findInChunks,
  type ImportCounts,
  keys,
  syncEntities,
  type Tx,
} from "./import-support.js";
import type { SocialMap, SocialMapConsult } from "./social-map.schema.js";

interface ParticipantRow {
  id: string;
  professionalId: string | null;
  relativeLabel: string | null;
  role: string | null;
  required: boolean;
}

function consultEntity(c: SocialMapConsult, caseId: string) {
  const participants: ParticipantRow[] = [
    ...c.participants.map((p, i) => ({
      id: `${c.id}#participant-${i}`,
      professionalId: p.professional,
      relativeLabel: null,
      role: p.role ?? null,
      required: p.required,
    })),
    ...c.relatives.map((r, i) => ({
      id: `${c.id}#relative-${i}`,
      professionalId: null,
      relativeLabel: r.label,
      role: null,
      required: r.required,
    })),
  ];
  return {
    key: c.id,
    scalars: {
      id: c.id,
      caseId,
      kind: c.kind,
      status: c.status as string,
      organizerId: c.organizer,
      start: c.start ? new Date(c.start) : null,
      durationMinutes: c.durationMinutes,
      location: c.location,
    },
    children: {
      participants: sortById(participants),
      agenda: sortById(c.agenda.map((text, i) => ({ id: `${c.id}#agenda-${i}`, position: i, text }))),
    },
  };
}
type ConsultEntity = ReturnType<typeof consultEntity>;

export async function importConsults(
  tx: Tx,
  map: SocialMap,
  counts: ImportCounts,
  caseIds: ReadonlyMap<string, string>,
): Promise<void> {
  const desired = map.consults.map((c) => consultEntity(c, caseIds.get(c.case)!));
  const existing = await loadExisting(tx, keys(desired));
  const writeParticipants = (list: ConsultEntity[]) =>
    createInChunks(
      list.flatMap((c) => c.children.participants.map((p) => ({ ...p, consultId: c.key }))),
      (data) => tx.consultParticipant.createMany({ data }),
    );
  const writeAgenda = (list: ConsultEntity[]) =>
    createInChunks(
      list.flatMap((c) => c.children.agenda.map((a) => ({ ...a, consultId: c.key }))),
      (data) => tx.consultAgendaItem.createMany({ data }),
    );
  const managed = (c: ConsultEntity) => ({ consultId: c.key, id: { startsWith: `${c.key}#` } });
  await syncEntities({
    counts: counts.consults,
    desired,
    existing: byKey(existing),
    async create(list) {
      await createInChunks(
        list.map((c) => c.scalars),
        (data) => tx.consult.createMany({ data }),
      );
      await writeParticipants(list);
      await writeAgenda(list);
    },
    updateScalars: ({ scalars }) => tx.consult.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {
      participants: (c) =>
        tx.consultParticipant.deleteMany({ where: managed(c) }).then(() => writeParticipants([c])),
      agenda: (c) => tx.consultAgendaItem.deleteMany({ where: managed(c) }).then(() => writeAgenda([c])),
    },
  });
}

async function loadExisting(tx: Tx, ids: string[]): Promise<ConsultEntity[]> {
  const rows = await findInChunks(ids, (id) =>
    tx.consult.findMany({ where: { id: { in: id } }, include: { participants: true, agenda: true } }),
  );
  return rows.map((c) => {
    const mine = <T extends { id: string }>(list: T[]) =>
      sortById(list.filter((r) => r.id.startsWith(`${c.id}#`)));
    return {
      key: c.id,
      scalars: {
        id: c.id,
        caseId: c.caseId,
        kind: c.kind,
        status: c.status,
        organizerId: c.organizerId,
        start: c.start,
        durationMinutes: c.durationMinutes,
        location: c.location,
      },
      children: {
        participants: mine(c.participants).map((p) => ({
          id: p.id,
          professionalId: p.professionalId,
          relativeLabel: p.relativeLabel,
          role: p.role,
          required: p.required,
        })),
        agenda: mine(c.agenda).map((a) => ({ id: a.id, position: a.position, text: a.text })),
      },
    };
  });
}

export async function importDigestSubscriptions(tx: Tx, map: SocialMap, counts: ImportCounts): Promise<void> {
  const desired = map.digestSubscriptions.map((d) => {
    const scope = d.scope ?? "wijken";
    const scalars = {
      professionalId: d.professional,
      scope,
      wijkIds: d.wijken,
      day: d.schedule.day as string,
      time: d.schedule.time,
      quietWhenEmpty: d.quietWhenEmpty ?? false,
    };
    return { key: `${d.professional}:${scope}`, scalars, children: {} };
  });
  const professionals = [...new Set(desired.map((d) => d.scalars.professionalId))];
  const rows = await findInChunks(professionals, (id) =>
    tx.digestSubscription.findMany({ where: { professionalId: { in: id } } }),
  );
  const existing = rows.map((d) => ({
    key: `${d.professionalId}:${d.scope}`,
    scalars: {
      professionalId: d.professionalId,
      scope: d.scope,
      wijkIds: d.wijkIds,
      day: d.day,
      time: d.time,
      quietWhenEmpty: d.quietWhenEmpty,
    },
    children: {},
  }));
  await syncEntities({
    counts: counts.digestSubscriptions,
    desired,
    existing: byKey(existing),
    create: (list) =>
      createInChunks(list, (chunk) =>
        tx.digestSubscription.createMany({ data: chunk.map((d) => d.scalars) }),
      ),
    updateScalars: ({ scalars }) =>
      tx.digestSubscription
        .update({
          where: { professionalId_scope: { professionalId: scalars.professionalId, scope: scalars.scope } },
          data: scalars,
        })
        .then(),
    replaceChildren: {},
  });
}

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}
