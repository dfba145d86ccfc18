/**
 * Referential checks of a social map: every id a record names must exist in the file or, for a
 * partial file, already in the database (`KnownIds`). They read the raw input defensively, so a
 * file with shape errors still gets its reference errors reported in the same run.
 */
import { CHAT_ID_FIELDS } from "./chat-id-fields.js";

/** One problem of a file, at a JSON path such as `services[3].wijken[1]`. */
export interface Problem {
  path: string;
  message: string;
}

export interface KnownIds {
  municipalities: ReadonlySet<string>;
  wijken: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  services: ReadonlySet<string>;
  professionals: ReadonlySet<string>;
  /** Case codes. */
  cases: ReadonlySet<string>;
}

type Rec = Record<string, unknown>;
type Kind = keyof KnownIds;

const KEY_OF: Record<Kind, string> = {
  municipalities: "cbsCode",
  wijken: "id",
  topics: "id",
  organizations: "id",
  services: "id",
  professionals: "id",
  cases: "code",
};
const LABEL: Record<Kind, string> = {
  municipalities: "municipality",
  wijken: "wijk",
  topics: "topic",
  organizations: "organisation",
  services: "service",
  professionals: "professional",
  cases: "case",
};

export function checkReferences(input: unknown, known: KnownIds): Problem[] {
  if (!isRec(input)) return [];
  const checker = new ReferenceChecker(input, known);
  checker.run();
  return checker.problems;
}

class ReferenceChecker {
  readonly problems: Problem[] = [];
  private readonly sets = {} as Record<Kind, Set<string>>;

  constructor(
    private readonly map: Rec,
    known: KnownIds,
  ) {
    for (const kind of Object.keys(KEY_OF) as Kind[]) {
      this.sets[kind] = new Set(known[kind]);
      for (const [, row] of rows(map, kind)) {
        const key = row[KEY_OF[kind]];
        if (typeof key === "string") this.sets[kind].add(key);
      }
    }
  }

  run(): void {
    for (const kind of Object.keys(KEY_OF) as Kind[]) this.unique(kind, KEY_OF[kind]);
    this.unique("handovers", "id");
    this.unique("consults", "id");
    this.unique("digestSubscriptions", "professional");
    for (const [p, w] of rows(this.map, "wijken"))
      this.ref(`${p}.municipality`, w.municipality, "municipalities");
    for (const [p, s] of rows(this.map, "services")) {
      this.ref(`${p}.organization`, s.organization, "organizations");
      this.refs(`${p}.topics`, s.topics, "topics");
      this.refs(`${p}.wijken`, s.wijken, "wijken");
      this.refs(`${p}.contacts`, s.contacts, "professionals");
    }
    this.professionals();
    this.cases();
    this.handovers();
    this.consults();
    for (const [p, d] of rows(this.map, "digestSubscriptions")) {
      this.ref(`${p}.professional`, d.professional, "professionals");
      this.refs(`${p}.wijken`, d.wijken, "wijken");
    }
  }

  private professionals(): void {
    const chatIds = new Map<string, string>();
    for (const [p, pro] of rows(this.map, "professionals")) {
      this.ref(`${p}.organization`, pro.organization, "organizations");
      this.refs(`${p}.wijken`, pro.wijken, "wijken");
      this.refs(`${p}.topics`, pro.topics, "topics");
      this.ref(`${p}.networkMunicipality`, pro.networkMunicipality, "municipalities");
      if (isRec(pro.absence)) {
        this.ref(`${p}.absence.deputy`, pro.absence.deputy, "professionals");
        if (pro.absence.deputy === pro.id)
          this.add(`${p}.absence.deputy`, "a professional cannot deputise for themself");
      }
      for (const field of CHAT_ID_FIELDS) {
        const value = pro[field];
        if (typeof value !== "string") continue;
        const other = chatIds.get(`${field}:${value}`);
        if (other) this.add(`${p}.${field}`, `duplicate ${field} "${value}" (also ${other})`);
        else chatIds.set(`${field}:${value}`, `${p}.${field}`);
      }
    }
  }

  private cases(): void {
    for (const [p, c] of rows(this.map, "cases")) {
      this.ref(`${p}.wijk`, c.wijk, "wijken");
      this.refs(`${p}.topics`, c.topics, "topics");
      this.ref(`${p}.coordinator`, c.coordinator, "professionals");
      this.refs(`${p}.involved`, pluck(c.involved, "professional"), "professionals", ".professional");
      if (c.status === "closed" && c.closedOn === undefined)
        this.add(`${p}.closedOn`, "a closed case needs closedOn");
      if (typeof c.closedOn === "string" && typeof c.openedOn === "string" && c.closedOn < c.openedOn) {
        this.add(`${p}.closedOn`, "a case cannot close before it opened");
      }
    }
  }

  private handovers(): void {
    for (const [p, h] of rows(this.map, "handovers")) {
      this.ref(`${p}.case`, h.case, "cases");
      this.ref(`${p}.from`, h.from, "professionals");
      this.ref(`${p}.toService`, h.toService, "services");
      this.ref(`${p}.toProfessional`, h.toProfessional, "professionals");
      this.ref(`${p}.topic`, h.topic, "topics");
      if (isRec(h.consent)) this.ref(`${p}.consent.recordedBy`, h.consent.recordedBy, "professionals");
      for (const [e, event] of rows(h, "events", p)) this.ref(`${e}.by`, event.by, "professionals");
    }
  }

  private consults(): void {
    for (const [p, c] of rows(this.map, "consults")) {
      this.ref(`${p}.case`, c.case, "cases");
      this.ref(`${p}.organizer`, c.organizer, "professionals");
      this.refs(`${p}.participants`, pluck(c.participants, "professional"), "professionals", ".professional");
    }
  }

  private unique(collection: string, key: string): void {
    const seen = new Map<string, string>();
    for (const [p, row] of rows(this.map, collection)) {
      const value = row[key];
      if (typeof value !== "string") continue;
      const first = seen.get(value);
      if (first) this.add(`${p}.${key}`, `duplicate ${key} "${value}" (also ${first})`);
      else seen.set(value, p);
    }
  }

  private ref(path: string, value: unknown, kind: Kind): void {
    if (typeof value === "string" && !this.sets[kind].has(value)) {
      this.add(path, `unknown ${LABEL[kind]} "${value}"`);
    }
  }

  /** A list of references: each must exist, and none may appear twice (join-table keys). */
  private refs(path: string, values: unknown, kind: Kind, suffix = ""): void {
    if (!Array.isArray(values)) return;
    const seen = new Set<string>();
    values.forEach((value, i) => {
      const at = `${path}[${i}]${suffix}`;
      this.ref(at, value, kind);
      if (typeof value !== "string") return;
      if (seen.has(value)) this.add(at, `duplicate ${LABEL[kind]} "${value}"`);
      seen.add(value);
    });
  }

  private add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

function isRec(value: unknown): value is Rec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The records of `parent[key]` with their JSON paths; anything that is not a record is skipped. */
function rows(parent: Rec, key: string, prefix = ""): Array<[string, Rec]> {
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const base = prefix ? `${prefix}.${key}` : key;
  return list.flatMap((row, i): Array<[string, Rec]> => (isRec(row) ? [[`${base}[${i}]`, row]] : []));
}

function pluck(list: unknown, key: string): unknown[] | undefined {
  return Array.isArray(list) ? list.map((row) => (isRec(row) ? row[key] : undefined)) : undefined;
}
