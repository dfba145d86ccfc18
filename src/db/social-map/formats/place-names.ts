/**
 * How an export names wijken and topics for people and other systems: a wijk by its name, or
 * "Name (Municipality)" where another municipality has a wijk of that name (the import reads both).
 */

import { normalise } from "../../../features/directory/core/name-resolver.js";
import type { SocialMap } from "../social-map.schema.js";

export function wijkNames(map: Pick<SocialMap, "wijken" | "municipalities">): Map<string, string> {
  const municipality = new Map(map.municipalities.map((m) => [m.cbsCode, m.name]));
  const count = new Map<string, number>();
  for (const w of map.wijken) count.set(normalise(w.name), (count.get(normalise(w.name)) ?? 0) + 1);
  return new Map(
    map.wijken.map((w) => [
      w.id,
      (count.get(normalise(w.name)) ?? 0) > 1
        ? `${w.name} (${municipality.get(w.municipality) ?? w.municipality})`
        : w.name,
    ]),
  );
}
