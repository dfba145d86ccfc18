/** A fixed week of activity on top of the demo social map, for the digest tests. */
import type { PrismaClient } from "../../src/generated/prisma/client.js";

/** Monday 23 November 2026, 08:00 in Amsterdam. */
export const NOW = "2026-11-23T07:00:00Z";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

function handover(id: string, caseId: string, extra: Record<string, unknown>) {
  return {
    id,
    caseId,
    fromId: "p-pieter-brouwers",
    toServiceId: "svc-st-oost-algemeen",
    topicId: "housing",
    reason: "Bel bewoner over huurachterstand",
    contactChannel: "phone",
    ...extra,
  } as {
    id: string;
    caseId: string;
    fromId: string;
    toServiceId: string;
    topicId: string;
    reason: string;
    contactChannel: string;
    status: string;
    requestedAt: Date;
    deadlineAt: Date;
  };
}

export async function addDigestWeek(prisma: PrismaClient): Promise<void> {
  const id = async (code: string) => (await prisma.case.findUniqueOrThrow({ where: { code } })).id;
  const newCase = await prisma.case.create({
    data: {
      code: "WYC-101",
      wijkId: "maastricht-wyckerpoort",
      openedOn: day("2026-11-18"),
      summary: "Aanmaningen en stress",
    },
  });
  await prisma.handover.createMany({
    data: [
      // Completed this week: contacted after 2 and after 1 working day -> median 1.5.
      handover("hx-1", newCase.id, {
        status: "completed",
        requestedAt: new Date("2026-11-16T09:00:00Z"),
        deadlineAt: new Date("2026-11-18T16:00:00Z"),
        endedAt: new Date("2026-11-20T12:00:00Z"),
      }),
      handover("hx-2", await id("WYC-021"), {
        status: "completed",
        requestedAt: new Date("2026-11-19T09:00:00Z"),
        deadlineAt: new Date("2026-11-23T16:00:00Z"),
        endedAt: new Date("2026-11-21T12:00:00Z"),
      }),
      // Accepted, urgent, overdue since Tuesday 17 November.
      handover("hx-3", await id("WYC-027"), {
        status: "accepted",
        urgency: "urgent",
        acceptedById: "p-anouk-peeters",
        requestedAt: new Date("2026-11-13T09:00:00Z"),
        deadlineAt: new Date("2026-11-17T16:00:00Z"),
      }),
      // Malberg: Ruud must never see it.
      handover("hx-4", await id("MAL-011"), {
        status: "requested",
        toServiceId: "svc-st-west-algemeen",
        requestedAt: new Date("2026-11-12T09:00:00Z"),
        deadlineAt: new Date("2026-11-16T16:00:00Z"),
      }),
    ],
  });
  await prisma.handoverEvent.createMany({
    data: [
      { handoverId: "hx-1", at: new Date("2026-11-18T10:00:00Z"), type: "contacted" },
      { handoverId: "hx-1", at: new Date("2026-11-19T10:00:00Z"), type: "contacted" },
      { handoverId: "hx-2", at: new Date("2026-11-20T10:00:00Z"), type: "contacted" },
    ],
  });
  await prisma.consult.create({
    data: {
      caseId: await id("WYC-021"),
      status: "scheduled",
      organizerId: "p-pieter-brouwers",
      start: new Date("2026-11-25T13:00:00Z"),
    },
  });
  await prisma.actionPoint.create({
    data: {
      caseId: await id("WYC-014"),
      ownerId: "p-anouk-peeters",
      text: "Bel bewoner terug",
      dueOn: day("2026-11-20"),
    },
  });
  const gap = { kind: "no-service", topicId: "debts", askedById: "p-pieter-brouwers" };
  await prisma.lookupGap.createMany({
    data: [
      { ...gap, at: new Date("2026-11-19T10:00:00Z"), wijkId: "maastricht-wyckerpoort" },
      { ...gap, at: new Date("2026-11-20T10:00:00Z"), wijkId: "maastricht-wyckerpoort" },
      { ...gap, at: new Date("2026-11-20T10:00:00Z"), wijkId: "maastricht-malberg" },
      // Older than the week: not counted.
      { ...gap, at: new Date("2026-11-10T10:00:00Z"), wijkId: "maastricht-wyckerpoort" },
    ],
  });
}
