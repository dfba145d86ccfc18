/**
 * The outbox as its recipients would read it: each row's notice rendered in the language its
 * recipient reads now, as the delivery job does. For tests that check what a notice says.
 */
import { readNotice } from "../../src/core/notices/notices.js";
import { preferredLang } from "../../src/core/shared/lang.js";
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.js";
import type { Message } from "../../src/views/message.js";
import { renderNotice } from "../../src/views/notice.view.js";

export async function renderedOutbox(
  prisma: PrismaClient,
  where: Prisma.OutboxMessageWhereInput = {},
  orderBy: Prisma.OutboxMessageOrderByWithRelationInput = { createdAt: "asc" },
) {
  const rows = await prisma.outboxMessage.findMany({ where, orderBy });
  const people = await prisma.professional.findMany({
    where: { id: { in: rows.map((row) => row.recipientId) } },
    select: { id: true, locale: true },
  });
  const localeOf = new Map(people.map((p) => [p.id, p.locale]));
  return rows.map((row) => {
    const notice = readNotice({ kind: row.kind, recipientId: row.recipientId, facts: row.payload });
    if (!notice) throw new Error(`outbox row ${row.id} holds no notice`);
    const message: Message = renderNotice(notice, preferredLang(localeOf.get(row.recipientId)));
    return { ...row, notice, message };
  });
}
