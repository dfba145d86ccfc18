import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoMemoryDatabase } from "../../../test/support/test-database.js";
import type { ChatAccount } from "../../core/access/actor.js";
import type { Database } from "../database.js";
import { identityRepository } from "./identity.repository.js";

let db: Database;
beforeEach(async () => {
  db = await demoMemoryDatabase();
}, 60_000);
afterEach(async () => {
  await db?.close();
});

const account = (tenant: string, tenantVouched?: boolean): ChatAccount => ({
  channel: "teams",
  tenant,
  externalId: "aad-anouk",
  ...(tenantVouched ? { tenantVouched } : {}),
});

describe("linked identities and their tenant (issue #15)", () => {
  beforeEach(async () => {
    await db.prisma.chatIdentity.create({
      data: { channel: "teams", tenant: "", externalId: "aad-anouk", professionalId: "p-anouk-peeters" },
    });
  });

  it("binds an identity imported without a tenant to the vouched tenant it is first used from", async () => {
    const identities = identityRepository(db.prisma);
    expect((await identities.actorFor(account("tenant-a", true)))?.professionalId).toBe("p-anouk-peeters");
    expect(await identities.actorFor(account("tenant-b", true))).toBeNull();
    expect((await identities.actorFor(account("tenant-a", true)))?.professionalId).toBe("p-anouk-peeters");
    const rows = await db.prisma.chatIdentity.findMany({ where: { externalId: "aad-anouk" } });
    expect(rows.map((r) => r.tenant)).toEqual(["tenant-a"]);
  });

  it("leaves it unbound when the platform does not vouch for the tenant", async () => {
    const identities = identityRepository(db.prisma);
    expect(await identities.actorFor(account("tenant-a"))).not.toBeNull();
    expect(await identities.actorFor(account("tenant-b"))).not.toBeNull();
  });
});
