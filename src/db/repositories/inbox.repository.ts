/** The web inbox rows (InboxItem), newest first. */
import type { InboxReader } from "../../core/inbox/inbox.port.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Message } from "../../views/message.js";

export function inboxRepository(prisma: PrismaClient): InboxReader {
  return {
    async latest(professionalId, limit) {
      const rows = await prisma.inboxItem.findMany({
        where: { professionalId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
        select: { id: true, createdAt: true, payload: true },
      });
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        message: row.payload as unknown as Message,
      }));
    },
  };
}
