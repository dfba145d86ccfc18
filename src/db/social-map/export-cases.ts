/** Export of cases, handovers, consults and digest subscriptions (see export.ts). */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { day, instant, nullableInstant } from "./export-values.js";
import { IMPORT_NOTE_EVENT } from "./import-handovers.js";
import { childIndex } from "./import-support.js";
import { compare, inOrder, type Layout, listInOrder, recordKey } from "./layout.js";
import { consentFormFromDb, contactChannelFromDb } from "./social-map.mapping.js";
import type { SocialMap } from "./social-map.schema.js";

/** Children in the order of their deterministic ids (`#2` before `#10`), then the program's own. */
const byChildIndex = <T extends { id: string }>(a: T, b: T) =>
  childIndex(a.id) - childIndex(b.id) || compare(a.id, b.id);

export async function exportCases(prisma: PrismaClient, layout: Layout): Promise<SocialMap["cases"]> {
  const rows = await prisma.case.findMany({ include: { members: true, relatives: true } });
  const cases = rows.map((c) => {
    const roles = new Map(c.members.map((m) => [m.professionalId, m.role]));
    const involved = listInOrder([...roles.keys()], layout, `cases/${c.code}/involved`);
    const relatives = [...c.relatives]
      .sort(byChildIndex)
      .map((r) =>
        r.contactPreference ? { label: r.label, contactPreference: r.contactPreference } : { label: r.label },
      );
    return {
      code: c.code,
      wijk: c.wijkId,
      openedOn: day(c.openedOn),
      status: c.status as "open" | "closed",
      ...(c.closedOn ? { closedOn: day(c.closedOn) } : {}),
      topics: c.topics,
      coordinator: c.coordinatorId,
      involved: involved.map((professional) => ({ professional, role: roles.get(professional)! })),
      ...(relatives.length > 0 ? { relatives } : {}),
      summary: c.summary,
    };
  });
  return inOrder(cases, recordKey.cases, layout.order.cases);
}

export async function exportHandovers(prisma: PrismaClient, layout: Layout): Promise<SocialMap["handovers"]> {
  const rows = await prisma.handover.findMany({
    include: { consent: true, events: true, case: { select: { code: true } } },
  });
  const handovers = rows.map((h) => {
    const events = [...h.events].sort((a, b) => a.at.getTime() - b.at.getTime() || byChildIndex(a, b));
    const note = events.find((e) => e.type === IMPORT_NOTE_EVENT)?.note;
    return {
      id: h.id,
      case: h.case.code,
      from: h.fromId,
      toService: h.toServiceId,
      toProfessional: h.toProfessionalId,
      topic: h.topicId,
      status: h.status as SocialMap["handovers"][number]["status"],
      requestedAt: instant(h.requestedAt),
      consent: h.consent && {
        recordedBy: h.consent.recordedById,
        recordedAt: instant(h.consent.recordedAt),
        form: consentFormFromDb(h.consent.form),
        purpose: h.consent.purpose,
        validUntil: nullableInstant(h.consent.validUntil),
      },
      reason: h.reason,
      contactPreference: { channel: contactChannelFromDb(h.contactChannel), bestTime: h.contactBestTime },
      events: events
        .filter((e) => e.type !== IMPORT_NOTE_EVENT)
        .map((e) => ({ at: instant(e.at), type: e.type, by: e.byId, ...(e.note ? { note: e.note } : {}) })),
      ...(note ? { note } : {}),
    };
  });
  return inOrder(handovers, recordKey.byId, layout.order.handovers);
}

export async function exportConsults(prisma: PrismaClient, layout: Layout): Promise<SocialMap["consults"]> {
  const rows = await prisma.consult.findMany({
    include: { participants: true, agenda: true, case: { select: { code: true } } },
  });
  const consults = rows.map((c) => {
    const participants = [...c.participants].sort(byChildIndex);
    return {
      id: c.id,
      case: c.case.code,
      kind: c.kind,
      status: c.status as SocialMap["consults"][number]["status"],
      organizer: c.organizerId,
      participants: participants.flatMap((p) =>
        p.professionalId
          ? [{ professional: p.professionalId, required: p.required, ...(p.role ? { role: p.role } : {}) }]
          : [],
      ),
      relatives: participants.flatMap((p) =>
        !p.professionalId && p.relativeLabel ? [{ label: p.relativeLabel, required: p.required }] : [],
      ),
      start: nullableInstant(c.start),
      durationMinutes: c.durationMinutes,
      location: c.location,
      agenda: [...c.agenda].sort((a, b) => a.position - b.position || compare(a.id, b.id)).map((a) => a.text),
    };
  });
  return inOrder(consults, recordKey.byId, layout.order.consults);
}

export async function exportDigestSubscriptions(
  prisma: PrismaClient,
  layout: Layout,
): Promise<SocialMap["digestSubscriptions"]> {
  const rows = await prisma.digestSubscription.findMany();
  const subscriptions = rows.map((d) => ({
    professional: d.professionalId,
    wijken: d.wijkIds,
    ...(d.scope !== "wijken" ? { scope: d.scope as "municipality" } : {}),
    schedule: { day: d.day as SocialMap["digestSubscriptions"][number]["schedule"]["day"], time: d.time },
    ...(d.quietWhenEmpty ? { quietWhenEmpty: true } : {}),
  }));
  return inOrder(subscriptions, recordKey.digestSubscriptions, layout.order.digestSubscriptions);
}
