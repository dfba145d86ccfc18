/**
 * Intake hours as the directory shows them ("ma–vr 09:00–12:00") and as HSDS 3.0 schedules
 * (RFC 5545 style: freq WEEKLY, byday "MO,TU,WE,TH,FR", opens_at "09:00:00", closes_at
 * "12:00:00"). Hours a person wrote freely ("op afspraak") travel as a schedule description.
 */
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const DUTCH = ["ma", "di", "wo", "do", "vr", "za", "zo"] as const;

export interface WeeklyHours {
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  description: string | null;
}

const hhmm = (time: string) => time.slice(0, 5);

/** The days as Dutch abbreviations, runs of three or more as a range: "ma–vr", "ma, wo". */
function daysText(byday: string): string | null {
  const indexes = byday
    .split(",")
    .map((d) => DAYS.indexOf(d.trim().toUpperCase() as (typeof DAYS)[number]))
    .sort((a, b) => a - b);
  if (indexes.length === 0 || indexes.some((i) => i < 0)) return null;
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${DUTCH[run[0]!]}–${DUTCH[run.at(-1)!]}`] : run.map((i) => DUTCH[i]!),
    )
    .join(", ");
}

/** One line for all schedules; `null` when none says anything. */
export function hoursText(schedules: WeeklyHours[]): string | null {
  const parts = schedules.flatMap((s) => {
    const days = s.byday ? daysText(s.byday) : null;
    if (days && s.opens_at && s.closes_at) return [`${days} ${hhmm(s.opens_at)}–${hhmm(s.closes_at)}`];
    return s.description ? [s.description.trim()] : [];
  });
  return parts.length > 0 ? parts.join("; ") : null;
}

const PART_RE = /^([a-z, –-]+?) (\d{2}:\d{2})\s*[–-]\s*(\d{2}:\d{2})$/;

function bydayOf(days: string): string | null {
  const out: string[] = [];
  for (const piece of days.split(",").map((p) => p.trim())) {
    const [from, to] = piece.split(/[–-]/).map((d) => DUTCH.indexOf(d.trim() as (typeof DUTCH)[number]));
    if (from === undefined || from < 0 || (to !== undefined && to < from)) return null;
    for (let i = from; i <= (to ?? from); i++) out.push(DAYS[i]!);
  }
  return out.join(",");
}

/** The inverse of `hoursText`: a schedule per part, free text kept as a description. */
export function schedulesOf(hours: string | null): WeeklyHours[] {
  if (!hours) return [];
  return hours.split(";").map((part) => {
    const text = part.trim();
    const match = PART_RE.exec(text);
    const byday = match ? bydayOf(match[1]!) : null;
    return match && byday
      ? { byday, opens_at: `${match[2]}:00`, closes_at: `${match[3]}:00`, description: null }
      : { byday: null, opens_at: null, closes_at: null, description: text };
  });
}
