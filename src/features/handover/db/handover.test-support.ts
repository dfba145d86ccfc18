/**
 * A handover world for tests: a fresh PGlite with the demo social map, the real repository and
 * services, a fake clock on Monday 23 November 2026 09:30 in Amsterdam, and a counting notifier.
 */

import { memoryDatabase } from "../../../../test/support/test-database.js";
import type { Actor } from "../../../core/access/actor.js";
import type { Caller } from "../../../core/access/caller.js";
import { FakeClock } from "../../../core/shared/clock.js";
import type { Database } from "../../../db/database.js";
import { fieldCipher } from "../../../db/field-cipher.js";
import { auditRepository } from "../../../db/repositories/audit.repository.js";
import { identityRepository } from "../../../db/repositories/identity.repository.js";
import { seedDemoIfEmpty } from "../../../db/social-map/seed.js";
import { ConsentWithdrawalService } from "../core/consent-withdrawal.service.js";
import { HandoverService } from "../core/handover.service.js";
import { HandoverRequestService } from "../core/handover-request.service.js";
import { handoverRepository } from "./handover.repository.js";

export const NOW = "2026-11-23T09:30:00+01:00";
export const PIETER = "p-pieter-brouwers";
export const MARK = "p-mark-janssen";
export const LEILA = "p-leila-bakkali";
export const RUUD = "p-ruud-lemmens";

export interface World {
  db: Database;
  clock: FakeClock;
  kicks: { count: number };
  store: ReturnType<typeof handoverRepository>;
  handovers: HandoverService;
  requests: HandoverRequestService;
  withdrawal: ConsentWithdrawalService;
  as(professionalId: string): Promise<Caller>;
}

export async function handoverWorld(db?: Database): Promise<World> {
  const database = db ?? (await memoryDatabase());
  const clock = new FakeClock(NOW);
  await seedDemoIfEmpty(database.prisma, clock);
  const kicks = { count: 0 };
  const store = handoverRepository(database.prisma);
  const deps = {
    store,
    audit: auditRepository(database.prisma),
    clock,
    cipher: fieldCipher([{ id: "t1", key: Buffer.alloc(32, 9) }]),
    notifier: {
      queued: () => {
        kicks.count += 1;
      },
    },
  };
  const identities = identityRepository(database.prisma);
  return {
    db: database,
    clock,
    kicks,
    store,
    handovers: new HandoverService(deps),
    requests: new HandoverRequestService(deps),
    withdrawal: new ConsentWithdrawalService(deps),
    async as(professionalId) {
      const actor: Actor | null = await identities.actorById(professionalId);
      if (!actor) throw new Error(`no professional ${professionalId}`);
      return { actor, channel: "web" };
    },
  };
}

/** A complete, valid request form for WYC-014 (Wyckerpoort) to the debt service. */
export function requestForm(extra: Record<string, string> = {}): Record<string, string> {
  return {
    caseCode: "WYC-014",
    topicId: "debts",
    serviceId: "svc-shv-maastricht",
    reason: "Aanmaningen en een deurwaarder.",
    urgency: "normal",
    contactChannel: "phone",
    phone: "+31 6 1234 5678",
    bestTime: "ochtend",
    consent: "verbal",
    consentDate: "2026-11-23",
    consentScope: "service",
    consentPurpose: "warme overdracht",
    ...extra,
  };
}
