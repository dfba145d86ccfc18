/**
 * Two colleagues press Accept at the same moment, on a real PostgreSQL server with its own
 * connections: exactly one wins; the other hears who has it. One accepted event, one notice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverDatabase } from "../../../../test/support/test-database.js";
import { handoverWorld, LEILA, MARK, PIETER, requestForm, type World } from "./handover.test-support.js";

let server: Awaited<ReturnType<typeof serverDatabase>>;
let w: World;

beforeAll(async () => {
  server = await serverDatabase();
  w = await handoverWorld(server.db);
});
afterAll(async () => {
  await server?.drop();
});

describe("two accepts at the same moment (PostgreSQL)", () => {
  it("lets one win and tells the other who accepted", async () => {
    const outcome = await w.requests.submit(await w.as(PIETER), requestForm());
    if (outcome.kind !== "created") throw new Error(outcome.kind);
    const [mark, leila] = await Promise.all([w.as(MARK), w.as(LEILA)]);
    const results = await Promise.all([
      w.handovers.act(mark, outcome.handoverId, { type: "accept" }, 0),
      w.handovers.act(leila, outcome.handoverId, { type: "accept" }, 0),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winnerId = winners[0]?.record.state.acceptedById;
    expect(losers[0]).toMatchObject({ refusal: { code: "HANDOVER_ALREADY_ACCEPTED", by: winnerId } });
    const events = await w.db.prisma.handoverEvent.findMany({ where: { handoverId: outcome.handoverId } });
    expect(events.map((e) => e.type).sort()).toEqual(["accepted", "requested"]);
    const notices = await w.db.prisma.outboxMessage.findMany({ where: { recipientId: PIETER } });
    expect(notices.map((n) => n.kind)).toEqual(["handover.accepted"]);
  });
});
