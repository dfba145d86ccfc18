/** Test-only: fresh copies of the demo social map, and a made-up second region beside it. */
import { readFileSync } from "node:fs";
import type { SocialMapInput } from "./social-map.schema.js";

const DEMO_URL = new URL("../../../prisma/demo-social-map.json", import.meta.url);
const demoText = readFileSync(DEMO_URL, "utf8");

// biome-ignore lint/suspicious/noExplicitAny: tests break the file on purpose, in any shape.
export type LooseMap = any;

/** A deep copy each call: tests may break it freely. */
export function demoMap(): LooseMap {
  return JSON.parse(demoText);
}

/**
 * Heerlen-Meezenbroek: its own municipality, wijk, topic, organisation, service and people,
 * referring to the demo's "debts" topic and one demo professional, which are only in the database.
 */
export function secondRegion(): SocialMapInput {
  return {
    format: "wijkbot-social-map/1",
    municipalities: [{ cbsCode: "GM0917", name: "Heerlen" }],
    wijken: [{ id: "heerlen-meezenbroek", name: "Meezenbroek", municipality: "GM0917", aliases: ["MZB"] }],
    topics: [
      {
        id: "energy-poverty",
        nl: "Energiearmoede",
        en: "Energy poverty",
        synonyms: { nl: ["energierekening", "stookkosten"], en: ["energy bill"] },
        positiveHealthDimension: "dagelijks-functioneren",
      },
    ],
    organizations: [{ id: "wijkteam-meezenbroek", name: "Wijkteam Meezenbroek", kind: "buurtteam" }],
    services: [
      {
        id: "svc-wijkteam-meezenbroek",
        organization: "wijkteam-meezenbroek",
        name: "Wijkteam Meezenbroek",
        topics: ["energy-poverty", "debts"],
        wijken: ["heerlen-meezenbroek"],
        intake: { phone: "+31 45 000 3001", hours: "ma–vr 09:00–17:00" },
        responseWorkingDays: 3,
        assuredDate: "2026-11-01",
        contacts: ["p-romy-custers"],
      },
    ],
    professionals: [
      {
        id: "p-romy-custers",
        name: "Romy Custers",
        role: "sociaal-werker",
        organization: "wijkteam-meezenbroek",
        wijken: ["heerlen-meezenbroek"],
        topics: ["energy-poverty", "debts"],
        languages: ["nl"],
        coordinator: true,
        availability: { mon: ["09:00-17:00"] },
        absence: { from: "2026-12-01", to: "2026-12-05", deputy: "p-anouk-peeters" },
        slackUserId: "U0ROMY",
      },
    ],
    cases: [
      {
        code: "MZB-001",
        wijk: "heerlen-meezenbroek",
        openedOn: "2026-11-02",
        status: "open",
        topics: ["energy-poverty"],
        coordinator: "p-romy-custers",
        involved: [{ professional: "p-romy-custers", role: "sociaal-werker" }],
        summary: "Hoge energierekening.",
      },
    ],
  };
}
