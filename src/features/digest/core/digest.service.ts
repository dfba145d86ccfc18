/**
 * The weekly digest of a coordinator: per wijk they coordinate (or, for a network coordinator,
 * rolled up over their municipality) the counts first, then the items behind them, most urgent
 * first. Also the chat side: on-demand digest, schedule changes, and the two buttons that act
 * (nudge the holder of an overdue handover, mark a directory entry verified).
 */
import type { Actor } from "../../../core/access/actor.js";
import type { Caller } from "../../../core/access/caller.js";
import { localDate, type Weekday } from "../../../core/calendar/amsterdam-time.js";
import { isoWeekKey, scheduledInstant } from "../../../core/calendar/iso-week.js";
import type { Clock } from "../../../core/shared/clock.js";
import type { Notifier } from "../../../core/shared/notifier.port.js";
import type { AuditPort } from "../../audit/core/audit.port.js";
import { overdueWorkingDays } from "../../handover/core/deadline.policy.js";
import type {
  DigestActionsPort,
  DigestReader,
  DigestScope,
  ScopeFigures,
  SubscriptionRecord,
  SubscriptionStore,
} from "./digest.ports.js";
import type { DigestReport, NudgeResult, ScheduleResult, ShowResult, VerifyResult } from "./digest.result.js";
import {
  digestWindow,
  isDigestRecipient,
  municipalityScope,
  visibleWijkIds,
  wijkScope,
} from "./digest-scope.policy.js";
import { isQuietWeek } from "./quiet-week.policy.js";
import { byUrgency } from "./urgency.policy.js";

export const MAX_ITEMS_PER_SECTION = 10;
const DEFAULT_SCHEDULE = { day: "mon" as Weekday, time: "08:00" };
const UNDER_DEADLINE = new Set(["requested", "accepted"]);

export interface DigestDeps {
  reader: DigestReader;
  subscriptions: SubscriptionStore;
  actions: DigestActionsPort;
  clock: Clock;
  audit?: AuditPort;
  /** Told after a nudge is queued, so delivery starts at once. */
  notifier?: Notifier;
}

export interface ScheduleRequest {
  day: Weekday | null;
  time: string | null;
  wijkIds: string[];
  /** "overzicht uit": stop the scheduled digest. */
  pause: boolean;
}

export interface BuildRequest {
  actor: Actor;
  subscriptions: SubscriptionRecord[];
  options: BuildOptions;
}

export interface BuildOptions {
  late: boolean;
  scheduledAt: Date | null;
  channel: string;
}

export class DigestService {
  constructor(private readonly deps: DigestDeps) {}

  /** "overzicht Wyckerpoort", or "overzicht" for all of the asker's wijken. */
  async show({ actor, channel }: Caller, ask: { wijkId: string | null; wijkText: string | null }) {
    if (!isDigestRecipient(actor)) return { kind: "not-coordinator" } satisfies ShowResult;
    const visible = await this.visible(actor);
    const own = async () =>
      (await this.deps.reader.wijken(actor.coordinatorOf)).map(({ id, name }) => ({ id, name }));
    if (ask.wijkId ? !visible.has(ask.wijkId) : ask.wijkText !== null) {
      return { kind: "not-yours", text: ask.wijkText, own: await own() } satisfies ShowResult;
    }
    const scopes = ask.wijkId
      ? (await this.deps.reader.wijken([ask.wijkId])).map(wijkScope)
      : await this.scopesFor(actor, []);
    const options = { late: false, scheduledAt: null, channel };
    const report = await this.compose(actor, scopes, this.deps.clock.now(), options);
    return { kind: "digest", report } satisfies ShowResult;
  }

  /** A scheduled digest for `actor` from their subscriptions, at `now`. Sections may be empty. */
  async build(actor: Actor, subscriptions: SubscriptionRecord[], now: Date, options: BuildOptions) {
    const [report] = await this.buildMany([{ actor, subscriptions, options }], now);
    return report as DigestReport;
  }

  /**
   * Several recipients' digests from one read of the figures: the job builds the country's
   * Monday digests in batches, so each query's fixed cost is paid per batch, not per recipient.
   */
  async buildMany(requests: BuildRequest[], now: Date): Promise<DigestReport[]> {
    const scopes: DigestScope[][] = [];
    for (const r of requests)
      scopes.push(isDigestRecipient(r.actor) ? await this.scopesFor(r.actor, r.subscriptions) : []);
    const figures = await this.figures(scopes.flat(), now);
    const reports: DigestReport[] = [];
    for (const [i, r] of requests.entries())
      reports.push(await this.assemble(r.actor, scopes[i] ?? [], figures, now, r.options));
    return reports;
  }

  async schedule({ actor }: Caller, request: ScheduleRequest): Promise<ScheduleResult> {
    if (!isDigestRecipient(actor)) return { kind: "not-coordinator" };
    const visible = await this.visible(actor);
    const foreign = request.wijkIds.filter((id) => !visible.has(id));
    if (foreign.length > 0) {
      return { kind: "not-yours", wijkNames: (await this.deps.reader.wijken(foreign)).map((w) => w.name) };
    }
    const existing = await this.deps.subscriptions.forProfessional(actor.professionalId);
    const scope =
      request.wijkIds.length > 0 || actor.coordinatorOf.length > 0
        ? ("wijken" as const)
        : ("municipality" as const);
    const current = existing.find((s) => s.scope === scope);
    if (request.pause) {
      for (const s of existing) await this.deps.subscriptions.save({ ...s, active: false });
      return { kind: "paused" };
    }
    const wijkIds =
      scope === "municipality"
        ? []
        : request.wijkIds.length > 0
          ? request.wijkIds
          : (current?.wijkIds ?? actor.coordinatorOf);
    const saved = await this.deps.subscriptions.save({
      professionalId: actor.professionalId,
      scope,
      wijkIds,
      day: request.day ?? current?.day ?? DEFAULT_SCHEDULE.day,
      time: request.time ?? current?.time ?? DEFAULT_SCHEDULE.time,
      quietWhenEmpty: current?.quietWhenEmpty ?? false,
      active: true,
    });
    const municipality =
      scope === "municipality" && actor.networkMunicipality
        ? await this.deps.reader.municipality(actor.networkMunicipality)
        : null;
    return {
      kind: "scheduled",
      day: saved.day,
      time: saved.time,
      wijkNames: (await this.deps.reader.wijken(wijkIds)).map((w) => w.name),
      municipalityName: municipality?.name ?? null,
      nextAt: nextRun(saved.day, saved.time, this.deps.clock.now()),
    };
  }

  /** Reminds the holder of an overdue handover; at most once per handover per local day. */
  async nudge({ actor }: Caller, handoverId: string): Promise<NudgeResult> {
    const target = await this.deps.actions.nudgeTarget(handoverId);
    if (!target || !(await this.visible(actor)).has(target.wijkId)) return { kind: "not-found" };
    const now = this.deps.clock.now();
    const { caseCode } = target;
    if (!UNDER_DEADLINE.has(target.status) || now.getTime() <= target.deadlineAt.getTime()) {
      return { kind: "not-overdue", caseCode };
    }
    if (!target.holderId) return { kind: "no-holder", caseCode };
    const outcome = await this.deps.actions.queueNudge(
      {
        kind: "digest.nudge",
        recipientId: target.holderId,
        facts: {
          fromName: actor.name,
          caseCode,
          serviceName: target.serviceName,
          overdueDays: overdueWorkingDays(target.deadlineAt, now),
        },
        idempotencyKey: `digest-nudge:${handoverId}:${localDate(now)}`,
      },
      now,
    );
    if (outcome === "queued") this.deps.notifier?.queued();
    return { kind: outcome === "queued" ? "nudged" : "already-today", caseCode };
  }

  /** "Gegevens kloppen nog": the entry's assured date becomes today. */
  async verify({ actor }: Caller, serviceId: string): Promise<VerifyResult> {
    const service = await this.deps.actions.serviceWijken(serviceId);
    const visible = await this.visible(actor);
    if (!service?.wijkIds.some((id) => visible.has(id))) return { kind: "not-found" };
    const day = localDate(this.deps.clock.now());
    await this.deps.actions.markVerified(serviceId, day);
    return { kind: "verified", serviceName: service.name, day };
  }

  private async visible(actor: Actor): Promise<Set<string>> {
    const code = actor.networkMunicipality;
    const municipality = code ? await this.deps.reader.municipality(code) : null;
    return visibleWijkIds(actor, municipality?.wijkIds ?? []);
  }

  /** One section per coordinated wijk, plus the municipality roll-up for a network coordinator. */
  private async scopesFor(actor: Actor, subscriptions: SubscriptionRecord[]): Promise<DigestScope[]> {
    const active = subscriptions.filter((s) => s.active);
    const wanted =
      active.length === 0
        ? null
        : active
            .filter((s) => s.scope === "wijken")
            .flatMap((s) => (s.wijkIds.length > 0 ? s.wijkIds : actor.coordinatorOf));
    const coordinated = new Set(actor.coordinatorOf);
    const wijkIds = [...new Set(wanted ?? actor.coordinatorOf)].filter((id) => coordinated.has(id));
    const scopes = (await this.deps.reader.wijken(wijkIds)).map(wijkScope);
    const rollupWanted = active.length === 0 || active.some((s) => s.scope === "municipality");
    const code = actor.networkMunicipality;
    if (code && rollupWanted) {
      const municipality = await this.deps.reader.municipality(code);
      if (municipality) scopes.push(municipalityScope(code, municipality.name, municipality.wijkIds));
    }
    return scopes;
  }

  private async compose(actor: Actor, scopes: DigestScope[], now: Date, options: BuildOptions) {
    return this.assemble(actor, scopes, await this.figures(scopes, now), now, options);
  }

  private async figures(scopes: DigestScope[], now: Date): Promise<Map<string, ScopeFigures>> {
    const unique = [...new Map(scopes.map((scope) => [scope.key, scope])).values()];
    if (unique.length === 0) return new Map();
    return this.deps.reader.figures(unique, digestWindow(now), MAX_ITEMS_PER_SECTION);
  }

  private async assemble(
    actor: Actor,
    scopes: DigestScope[],
    figures: Map<string, ScopeFigures>,
    now: Date,
    options: BuildOptions,
  ): Promise<DigestReport> {
    const sections = scopes.flatMap((scope) => {
      const found = figures.get(scope.key);
      if (!found) return [];
      const items = byUrgency(found.items);
      return [
        {
          scope,
          counts: found.counts,
          items: items.slice(0, MAX_ITEMS_PER_SECTION),
          moreItems: Math.max(0, items.length - MAX_ITEMS_PER_SECTION),
        },
      ];
    });
    const report: DigestReport = {
      recipientId: actor.professionalId,
      generatedAt: now,
      sections,
      quiet: sections.every((s) => isQuietWeek(s.counts)),
      late: options.late,
      scheduledAt: options.scheduledAt,
    };
    await this.deps.audit?.record({
      event: "digest.view",
      action: "read",
      at: now,
      actorId: actor.professionalId,
      channel: options.channel,
      authorised: true,
      subject:
        scopes
          .map((s) => s.key)
          .join(",")
          .slice(0, 200) || null,
      detail: { sections: sections.length, items: sections.reduce((n, s) => n + s.items.length, 0) },
    });
    return report;
  }
}

/** The next time a schedule fires after `now` (this week's if still ahead, else next week's). */
export function nextRun(day: Weekday, time: string, now: Date): Date {
  const thisWeek = scheduledInstant(isoWeekKey(now), day, time);
  if (thisWeek.getTime() > now.getTime()) return thisWeek;
  return scheduledInstant(isoWeekKey(new Date(now.getTime() + 7 * 86_400_000)), day, time);
}
