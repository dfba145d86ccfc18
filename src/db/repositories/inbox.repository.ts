/** The web inbox rows (InboxItem), newest first. A row's payload is its notice's kind and facts. */
import type { InboxReader } from "../../core/inbox/inbox.port.js";
import { readNotice } from "../../core/notices/notices.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

export function inboxRepository(prisma: PrismaClient): InboxReader {
  return {
    async latest(professionalId, limit) {
      const rows = await prisma.inboxItem.findMany({
        where: { professionalId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
        select: { id: true, createdAt: true, payload: true },
      });
      return rows.flatMap((row) => {
        const notice = readNotice({ ...(row.payload as object), recipientId: professionalId });
        return notice ? [{ id: row.id, createdAt: row.createdAt, notice }] : [];
      });
    },
  };
}
