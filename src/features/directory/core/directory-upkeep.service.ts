/**
 * Keeping the social map true: each service's contact people are asked to confirm their entry
 * when it was last confirmed longer ago than the configured age, at most once per service per
 * 30 days; a contact person (or an administrator) confirms with one button.
 */
import type { Caller } from "../../../core/access/caller.js";
import { addDays, localDate } from "../../../core/calendar/amsterdam-time.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import { CONFIRM_KIND } from "./directory-upkeep.notices.js";
import type { ConfirmationRequest, UpkeepStore } from "./directory-upkeep.ports.js";

export const ASK_AGAIN_AFTER_DAYS = 30;
const BATCH = 500;

export type UpkeepVerifyResult =
  | { kind: "verified"; serviceName: string; day: string }
  | { kind: "not-contact"; serviceName: string }
  | { kind: "not-found" };

export class DirectoryUpkeepService {
  constructor(
    private readonly deps: {
      store: UpkeepStore;
      clock: Clock;
      confirmAfterDays: number;
      notifier?: Notifier;
    },
  ) {}

  /** One daily pass: queue a question to every contact person of each service that is due. */
  async askDue(): Promise<{ services: number; queued: number }> {
    const now = this.deps.clock.now();
    const today = localDate(now);
    const before = addDays(today, -this.deps.confirmAfterDays);
    const askedSince = new Date(now.getTime() - ASK_AGAIN_AFTER_DAYS * 86_400_000);
    const due = await this.deps.store.dueForConfirmation(before, askedSince, BATCH);
    const requests: ConfirmationRequest[] = due.flatMap((service) =>
      service.contactIds.map((recipientId) => ({
        kind: CONFIRM_KIND,
        recipientId,
        facts: { serviceId: service.id, serviceName: service.name, assuredDate: service.assuredDate },
        idempotencyKey: `directory-verify:${service.id}:${recipientId}:${today}`,
      })),
    );
    const queued = requests.length > 0 ? await this.deps.store.askToConfirm(requests, now) : 0;
    if (queued > 0) this.deps.notifier?.queued();
    return { services: due.length, queued };
  }

  /** "Klopt nog": only a contact person of the service, or an administrator. */
  async verify({ actor }: Caller, serviceId: string): Promise<UpkeepVerifyResult> {
    const service = await this.deps.store.service(serviceId);
    if (!service) return { kind: "not-found" };
    if (!actor.isAdmin && !service.contactIds.includes(actor.professionalId)) {
      return { kind: "not-contact", serviceName: service.name };
    }
    const day = localDate(this.deps.clock.now());
    await this.deps.store.markVerified(serviceId, day);
    return { kind: "verified", serviceName: service.name, day };
  }
}
