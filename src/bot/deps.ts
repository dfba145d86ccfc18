/** Everything the bot's handlers may use: core services and ports, never a database client. */
import type { IdentityPort } from "../core/access/actor.js";
import type { LookupService } from "../core/directory/lookup.service.js";
import type { Clock } from "../core/shared/clock.js";
import type { Logger } from "../logging.js";
import type { LexiconProvider } from "./lexicon-provider.js";

export interface BotDeps {
  clock: Clock;
  logger: Logger;
  identities: IdentityPort;
  lexicon: LexiconProvider;
  lookup: LookupService;
}
