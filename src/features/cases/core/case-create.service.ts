/**
 * "nieuwe casus in Wyckerpoort over schulden": a case made in chat. It gets the next pseudonymous
 * code of the wijk's series, the creator is involved at once, and regie stays with the creator
 * unless they name a colleague, who is told.
 */
import { randomUUID } from "node:crypto";
import type { Caller } from "../../../core/access/caller.js";
import { localDate } from "../../../core/calendar/amsterdam-time.js";
import { codePrefix } from "../../handover/core/handover-request.service.js";
import type { CaseWorkResult } from "./case-work.result.js";
import { actorRef, auditOf, type CaseWorkDeps, noticesOf, resolvePerson, told } from "./case-work.support.js";

export interface CreateCaseInput {
  wijkId: string | null;
  /** Wijk ids close to what was typed, when no wijk was recognised. */
  wijkSuggestions: string[];
  topicIds: string[];
  /** The regiehouder as typed ("regie bij Anouk Peeters"); null: the creator. */
  regieText: string | null;
}

export class CaseCreateService {
  constructor(private readonly deps: CaseWorkDeps) {}

  async create(caller: Caller, input: CreateCaseInput): Promise<CaseWorkResult> {
    const { store, clock } = this.deps;
    const wijk = input.wijkId ? await store.wijk(input.wijkId) : null;
    if (!wijk) return { kind: "need-wijk", suggestions: input.wijkSuggestions };
    const me = await store.professional(caller.actor.professionalId);
    if (!me) throw new Error("the acting professional is not in the directory");
    let regie = me;
    if (input.regieText) {
      const found = await resolvePerson(store, input.regieText);
      if (!("person" in found)) return found;
      regie = found.person;
    }
    const now = clock.now();
    const code = await store.issueCaseCode(codePrefix(wijk.name));
    const facts = { id: randomUUID(), code, wijkName: wijk.name };
    const audit = auditOf(caller, "case.create", "create", now, facts, code);
    await store.create(
      {
        id: facts.id,
        code,
        wijkId: wijk.id,
        openedOn: localDate(now),
        topicIds: [...new Set(input.topicIds)],
        regieId: regie.id,
        member: me,
      },
      {
        audit: [{ ...audit, detail: { wijkId: wijk.id, topics: input.topicIds.length, regie: regie.id } }],
        notices: noticesOf(facts, "regie-assigned", [regie.id], actorRef(caller), "create"),
      },
    );
    const created = {
      kind: "created" as const,
      code,
      wijkName: wijk.name,
      regie: regie.id === me.id ? null : regie,
    };
    return told(this.deps, created, created.regie !== null);
  }
}
