/**
 * The handover state machine: which transition is allowed from which state, by whom. Pure: it
 * gets the handover as it was read and returns either the new state plus the event to append, or
 * a typed refusal that the service shows as it is ("already accepted by …"). Refusals are data.
 *
 *   requested ─accept─> accepted ─contact─> contacted ─complete─> completed
 *       │                  │  └ contact not reached: stays accepted, attempts + 1
 *       ├─decline─> declined   (accepted + attempts > 0 ─complete─> completed, "unreachable")
 *       ├─forward─> forwarded (also from accepted, by the acceptor)
 *       ├─cancel──> cancelled (referrer, while open)
 *       └─withdraw> withdrawn (system, on consent withdrawal, while open)
 *
 * Concurrency is the caller's: write with `WHERE version = state.version` and, when no row
 * matched, read again and call this again; the second of two accepts then gets
 * HANDOVER_ALREADY_ACCEPTED.
 */
import {
  type HandoverActor,
  type HandoverCommand,
  type HandoverEventDraft,
  type HandoverEventType,
  type HandoverRefusal,
  type HandoverState,
  type HandoverStatus,
  OPEN_STATUSES,
  type TransitionResult,
} from "./handover.model.js";

export * from "./handover.model.js";

export function isOpen(status: HandoverStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The first state and event of a new handover (consent is checked before, by the service). */
export function requestHandover(
  input: { fromId: string; toServiceId: string; toProfessionalId: string | null },
  at: Date,
): { state: HandoverState; event: HandoverEventDraft } {
  return {
    state: { ...input, status: "requested", acceptedById: null, contactAttempts: 0, version: 0 },
    event: draft("requested", at, input.fromId, null, {
      toServiceId: input.toServiceId,
      toProfessionalId: input.toProfessionalId,
    }),
  };
}

export function transition(
  state: HandoverState,
  command: HandoverCommand,
  actor: HandoverActor,
  at: Date,
): TransitionResult {
  switch (command.type) {
    case "accept":
      return accept(state, actor, at);
    case "decline":
      return decline(state, actor, command.reason, at);
    case "forward":
      return forward(state, actor, command, at);
    case "record-contact":
      return recordContact(state, actor, command.reached, at);
    case "complete":
      return complete(state, actor, command.note, at);
    case "cancel":
      return cancel(state, actor, command.reason, at);
    case "withdraw":
      return withdraw(state, actor, at);
  }
}

function accept(state: HandoverState, actor: HandoverActor, at: Date): TransitionResult {
  // Checked before "closed": a late click on an accepted or finished handover should say who has it.
  if (
    state.acceptedById &&
    (state.status === "accepted" || state.status === "contacted" || state.status === "completed")
  ) {
    return { ok: false, refused: "HANDOVER_ALREADY_ACCEPTED", by: state.acceptedById };
  }
  if (state.status !== "requested") return closed(state);
  if (!isReceiver(actor)) return { ok: false, refused: "HANDOVER_NOT_RECEIVER" };
  return moved(
    state,
    { status: "accepted", acceptedById: actor.professionalId },
    draft("accepted", at, actor.professionalId),
  );
}

function decline(state: HandoverState, actor: HandoverActor, reason: string, at: Date): TransitionResult {
  if (state.status !== "requested") return notRequested(state);
  if (!isReceiver(actor)) return { ok: false, refused: "HANDOVER_NOT_RECEIVER" };
  if (!reason.trim()) return { ok: false, refused: "HANDOVER_REASON_REQUIRED" };
  return moved(state, { status: "declined" }, draft("declined", at, actor.professionalId, reason.trim()));
}

function forward(
  state: HandoverState,
  actor: HandoverActor,
  command: Extract<HandoverCommand, { type: "forward" }>,
  at: Date,
): TransitionResult {
  if (!isOpen(state.status)) return closed(state);
  if (state.status === "contacted") return { ok: false, refused: "HANDOVER_ALREADY_CONTACTED" };
  const allowed = state.status === "requested" ? isReceiver(actor) : isAcceptor(state, actor);
  if (!allowed) {
    return state.status === "requested"
      ? { ok: false, refused: "HANDOVER_NOT_RECEIVER" }
      : { ok: false, refused: "HANDOVER_NOT_ACCEPTOR", by: state.acceptedById };
  }
  if (!command.reason.trim()) return { ok: false, refused: "HANDOVER_REASON_REQUIRED" };
  const sameTarget =
    command.toServiceId === state.toServiceId &&
    (command.toProfessionalId === null || command.toProfessionalId === personId(actor));
  if (sameTarget) return { ok: false, refused: "HANDOVER_FORWARD_TO_SAME" };
  const data = { toServiceId: command.toServiceId, toProfessionalId: command.toProfessionalId };
  return moved(
    state,
    { status: "forwarded" },
    draft("forwarded", at, personId(actor), command.reason.trim(), data),
  );
}

function recordContact(
  state: HandoverState,
  actor: HandoverActor,
  reached: boolean,
  at: Date,
): TransitionResult {
  if (state.status === "contacted") return { ok: false, refused: "HANDOVER_ALREADY_CONTACTED" };
  if (state.status === "requested") return { ok: false, refused: "HANDOVER_NOT_ACCEPTED" };
  if (state.status !== "accepted") return closed(state);
  if (!isAcceptor(state, actor))
    return { ok: false, refused: "HANDOVER_NOT_ACCEPTOR", by: state.acceptedById };
  const attempts = state.contactAttempts + 1;
  const by = actor.professionalId;
  return reached
    ? moved(
        state,
        { status: "contacted", contactAttempts: attempts },
        draft("contacted", at, by, null, { attempts }),
      )
    : moved(state, { contactAttempts: attempts }, draft("contact-failed", at, by, null, { attempts }));
}

function complete(
  state: HandoverState,
  actor: HandoverActor,
  note: string | null,
  at: Date,
): TransitionResult {
  if (state.status === "requested") return { ok: false, refused: "HANDOVER_NOT_ACCEPTED" };
  if (!isOpen(state.status)) return closed(state);
  if (!isAcceptor(state, actor))
    return { ok: false, refused: "HANDOVER_NOT_ACCEPTOR", by: state.acceptedById };
  // Without having reached the citizen, closing is allowed only after trying ("unreachable").
  if (state.status === "accepted" && state.contactAttempts === 0)
    return { ok: false, refused: "HANDOVER_NOT_CONTACTED" };
  const outcome = state.status === "contacted" ? "reached" : "unreachable";
  return moved(
    state,
    { status: "completed" },
    draft("completed", at, actor.professionalId, note?.trim() || null, { outcome }),
  );
}

function cancel(
  state: HandoverState,
  actor: HandoverActor,
  reason: string | null,
  at: Date,
): TransitionResult {
  if (!isOpen(state.status)) return closed(state);
  if (actor.kind !== "person" || actor.professionalId !== state.fromId)
    return { ok: false, refused: "HANDOVER_NOT_REFERRER" };
  return moved(
    state,
    { status: "cancelled" },
    draft("cancelled", at, actor.professionalId, reason?.trim() || null),
  );
}

function withdraw(state: HandoverState, actor: HandoverActor, at: Date): TransitionResult {
  if (!isOpen(state.status)) return closed(state);
  if (actor.kind !== "system") return { ok: false, refused: "HANDOVER_SYSTEM_ONLY" };
  return moved(state, { status: "withdrawn" }, draft("withdrawn", at, null));
}

function isReceiver(actor: HandoverActor): actor is Extract<HandoverActor, { kind: "person" }> {
  return actor.kind === "person" && actor.ofReceivingService;
}

function isAcceptor(
  state: HandoverState,
  actor: HandoverActor,
): actor is Extract<HandoverActor, { kind: "person" }> {
  return (
    actor.kind === "person" && state.acceptedById !== null && actor.professionalId === state.acceptedById
  );
}

function personId(actor: HandoverActor): string | null {
  return actor.kind === "person" ? actor.professionalId : null;
}

function notRequested(state: HandoverState): HandoverRefusal {
  if (state.acceptedById && isOpen(state.status)) {
    return { ok: false, refused: "HANDOVER_ALREADY_ACCEPTED", by: state.acceptedById };
  }
  return closed(state);
}

function closed(state: HandoverState): HandoverRefusal {
  return { ok: false, refused: "HANDOVER_CLOSED", status: state.status };
}

function moved(
  state: HandoverState,
  change: Partial<HandoverState>,
  event: HandoverEventDraft,
): TransitionResult {
  return { ok: true, state: { ...state, ...change, version: state.version + 1 }, event };
}

function draft(
  type: HandoverEventType,
  at: Date,
  byId: string | null,
  note: string | null = null,
  data: HandoverEventDraft["data"] = null,
): HandoverEventDraft {
  return { type, at, byId, note, data };
}
