/**
 * Who works on a case: the regiehouder or a coordinator involves and releases colleagues (who are
 * told; access follows at once because it rests on involvement), and regie changes hands. The
 * regiehouder offers regie and the colleague accepts or refuses; a coordinator assigns it.
 */
import type { Caller } from "../../../core/access/caller.js";
import type { CaseWorkResult } from "./case-work.result.js";
import {
  actorRef,
  auditOf,
  type CaseWorkDeps,
  caseToChange,
  notAllowed,
  noticesOf,
  resolvePerson,
  told,
} from "./case-work.support.js";

export class CaseTeamService {
  constructor(private readonly deps: CaseWorkDeps) {}

  async involve(caller: Caller, code: string, personText: string): Promise<CaseWorkResult> {
    const { facts, manage } = await caseToChange(this.deps, caller, code, "case.involve");
    if (!manage) return notAllowed(this.deps, facts);
    const found = await resolvePerson(this.deps.store, personText);
    if (!("person" in found)) return found;
    const { person } = found;
    const now = this.deps.clock.now();
    const outcome = await this.deps.store.involve(facts.id, person, now, {
      audit: [
        { ...auditOf(caller, "case.involve", "update", now, facts, code, `professional:${person.id}`) },
      ],
      notices: noticesOf(facts, "involved", [person.id], actorRef(caller), now.toISOString()),
    });
    return told(
      this.deps,
      { kind: outcome === "applied" ? "involved" : "already-involved", code, person },
      outcome === "applied",
    );
  }

  async release(caller: Caller, code: string, personText: string): Promise<CaseWorkResult> {
    const { facts, manage } = await caseToChange(this.deps, caller, code, "case.release");
    if (!manage) return notAllowed(this.deps, facts);
    // Someone who left may still be released from a case, so an inactive colleague is fine here.
    const found = await resolvePerson(this.deps.store, personText, { inactiveToo: true });
    if (!("person" in found)) return found;
    const { person } = found;
    if (person.id === facts.coordinatorId) return { kind: "release-regiehouder", code, person };
    const now = this.deps.clock.now();
    const outcome = await this.deps.store.release(facts.id, person.id, {
      audit: [
        { ...auditOf(caller, "case.release", "update", now, facts, code, `professional:${person.id}`) },
      ],
      notices: noticesOf(facts, "released", [person.id], actorRef(caller), now.toISOString()),
    });
    return told(
      this.deps,
      { kind: outcome === "applied" ? "released" : "not-involved", code, person },
      outcome === "applied",
    );
  }

  /** The regiehouder offers regie; a coordinator assigns it at once. */
  async handRegie(caller: Caller, code: string, personText: string): Promise<CaseWorkResult> {
    const { facts, manage } = await caseToChange(this.deps, caller, code, "case.regie");
    if (!manage || facts.status !== "open") return notAllowed(this.deps, facts);
    const found = await resolvePerson(this.deps.store, personText);
    if (!("person" in found)) return found;
    const { person } = found;
    if (person.id === facts.coordinatorId) return { kind: "regie-already", code, person };
    const now = this.deps.clock.now();
    const me = actorRef(caller);
    const audit = auditOf(caller, "case.regie", "update", now, facts, code, `professional:${person.id}`);
    const expect = { status: "open" as const, coordinatorId: facts.coordinatorId };
    if (manage === "regiehouder") {
      const applied = await this.deps.store.apply(
        { caseId: facts.id, expect, set: { regieOfferToId: person.id, regieOfferById: me.id } },
        {
          audit: [{ ...audit, detail: { offered: true } }],
          notices: noticesOf(facts, "regie-offered", [person.id], me, now.toISOString()),
        },
      );
      return applied === "applied"
        ? told(this.deps, { kind: "regie-offered", code, person }, true)
        : { kind: "conflict", code };
    }
    const previous = facts.coordinatorId ? [facts.coordinatorId] : [];
    const change = now.toISOString();
    const applied = await this.deps.store.apply(
      {
        caseId: facts.id,
        expect,
        set: { coordinatorId: person.id, regieOfferToId: null, regieOfferById: null },
      },
      {
        audit: [{ ...audit, detail: { assigned: true, basis: manage } }],
        notices: [
          ...noticesOf(facts, "regie-assigned", [person.id], me, change),
          ...noticesOf(facts, "regie-lost", previous, me, change, { otherName: person.name }),
        ],
      },
    );
    return applied === "applied"
      ? told(this.deps, { kind: "regie-assigned", code, person }, true)
      : { kind: "conflict", code };
  }

  /** The colleague regie was offered to accepts or refuses; the one who offered is told. */
  async answerRegie(caller: Caller, code: string, accept: boolean): Promise<CaseWorkResult> {
    const { facts } = await caseToChange(this.deps, caller, code, "case.regie-answer");
    const me = actorRef(caller);
    if (facts.status !== "open" || facts.regieOfferToId !== me.id) return { kind: "no-regie-offer", code };
    const now = this.deps.clock.now();
    const offerer = facts.regieOfferById;
    const set = accept
      ? { coordinatorId: me.id, regieOfferToId: null, regieOfferById: null }
      : { regieOfferToId: null, regieOfferById: null };
    const applied = await this.deps.store.apply(
      {
        caseId: facts.id,
        expect: { status: "open", coordinatorId: facts.coordinatorId, regieOfferToId: me.id },
        set,
      },
      {
        audit: [{ ...auditOf(caller, "case.regie-answer", "update", now, facts, code), detail: { accept } }],
        notices: noticesOf(
          facts,
          accept ? "regie-accepted" : "regie-refused",
          offerer ? [offerer] : [],
          me,
          now.toISOString(),
        ),
      },
    );
    if (applied !== "applied") return { kind: "conflict", code };
    return told(this.deps, { kind: accept ? "regie-accepted" : "regie-refused", code }, true);
  }
}
