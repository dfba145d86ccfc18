/**
 * Votes on proposed consult slots. Each participant answers yes / no / if-needed per slot; a
 * later answer replaces an earlier one. A slot is confirmable when every required participant
 * answered yes or if-needed; the service confirms as soon as one is (issue 6), and the organiser
 * may confirm any proposed slot regardless of the votes.
 */

export type VoteAnswer = "yes" | "no" | "if-needed";
export const VOTE_ANSWERS: readonly VoteAnswer[] = ["yes", "no", "if-needed"];

export interface Vote {
  slotId: string;
  participantId: string;
  answer: VoteAnswer;
}

export interface VotingSlot {
  id: string;
  start: Date;
}

export interface Voter {
  id: string;
  required: boolean;
}

export interface SlotTally {
  slotId: string;
  yes: string[];
  ifNeeded: string[];
  no: string[];
  /** Required participants who have not answered for this slot yet. */
  pendingRequired: string[];
  /** Every required participant answered yes or if-needed. */
  confirmable: boolean;
}

export type VoteRefusal = "voting-closed" | "slot-unknown" | "not-a-participant";

export type CastVote = { ok: true; votes: Vote[] } | { ok: false; reason: VoteRefusal };

export type OverrideResult =
  | { ok: true; slotId: string }
  | { ok: false; reason: "not-organiser" | "slot-unknown" };

/** Records `vote`, replacing that participant's earlier answer for the slot. */
export function castVote(
  votes: readonly Vote[],
  vote: Vote,
  context: { slots: readonly VotingSlot[]; participants: readonly Voter[]; votingOpen: boolean },
): CastVote {
  if (!context.votingOpen) return { ok: false, reason: "voting-closed" };
  if (!context.slots.some((s) => s.id === vote.slotId)) return { ok: false, reason: "slot-unknown" };
  if (!context.participants.some((p) => p.id === vote.participantId)) {
    return { ok: false, reason: "not-a-participant" };
  }
  const others = votes.filter((v) => v.slotId !== vote.slotId || v.participantId !== vote.participantId);
  return { ok: true, votes: [...others, { ...vote }] };
}

/** One tally per slot, in slot time order; only votes of current participants count. */
export function tallyVotes(
  slots: readonly VotingSlot[],
  participants: readonly Voter[],
  votes: readonly Vote[],
): SlotTally[] {
  const required = participants.filter((p) => p.required).map((p) => p.id);
  const known = new Set(participants.map((p) => p.id));
  return [...slots]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((slot) => {
      const answers = new Map(
        votes
          .filter((v) => v.slotId === slot.id && known.has(v.participantId))
          .map((v) => [v.participantId, v.answer]),
      );
      const who = (answer: VoteAnswer) => [...answers].filter(([, a]) => a === answer).map(([id]) => id);
      const canCome = (id: string) => answers.get(id) === "yes" || answers.get(id) === "if-needed";
      return {
        slotId: slot.id,
        yes: who("yes"),
        ifNeeded: who("if-needed"),
        no: who("no"),
        pendingRequired: required.filter((id) => !answers.has(id)),
        confirmable: required.length > 0 && required.every(canCome),
      };
    });
}

/**
 * The slot to confirm, or null. Among confirmable slots: most "yes" answers first (an
 * "if needed" is a cost to someone), then most people coming at all, then the earliest. With no
 * required participant nothing is confirmable: the organiser decides (organiserOverride).
 */
export function confirmableSlot(
  slots: readonly VotingSlot[],
  participants: readonly Voter[],
  votes: readonly Vote[],
): SlotTally | null {
  const candidates = tallyVotes(slots, participants, votes).filter((t) => t.confirmable);
  // tallyVotes returns time order and sort is stable, so equal scores keep the earliest first.
  candidates.sort(
    (a, b) =>
      b.yes.length - a.yes.length || b.yes.length + b.ifNeeded.length - (a.yes.length + a.ifNeeded.length),
  );
  return candidates[0] ?? null;
}

/** The organiser may confirm any proposed slot, whatever the votes say. */
export function organiserOverride(input: {
  actorId: string;
  organizerId: string;
  slotId: string;
  slots: readonly VotingSlot[];
}): OverrideResult {
  if (input.actorId !== input.organizerId) return { ok: false, reason: "not-organiser" };
  if (!input.slots.some((s) => s.id === input.slotId)) return { ok: false, reason: "slot-unknown" };
  return { ok: true, slotId: input.slotId };
}
