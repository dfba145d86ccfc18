import type { InboundEventLog } from "../../core/chat/chat.ports.js";
import type { Clock } from "../../core/shared/clock.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

/**
 * Inbound event ids in the database, so that a retry reaching another replica is recognised too.
 * A claim is one atomic insert-or-take-over: a row in "failed" state may be claimed again.
 */
export function inboundEventRepository(prisma: PrismaClient, clock: Clock): InboundEventLog {
  return {
    async claim(id, source) {
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        INSERT INTO "ProcessedEvent" (id, source, status, "receivedAt")
        VALUES (${id}, ${source}, 'processing', ${clock.now()})
        ON CONFLICT (id) DO UPDATE SET status = 'processing', "receivedAt" = EXCLUDED."receivedAt"
          WHERE "ProcessedEvent".status = 'failed'
        RETURNING id`;
      return rows.length > 0 ? "new" : "duplicate";
    },
    async complete(id) {
      await prisma.processedEvent.update({ where: { id }, data: { status: "done" } });
    },
    async fail(id) {
      await prisma.processedEvent.update({ where: { id }, data: { status: "failed" } });
    },
  };
}
