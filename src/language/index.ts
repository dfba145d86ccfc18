/** Free text to typed command. Pure: no I/O, vocabulary only from the data passed in. */
export { type CommandKind, type CommandOf, ParsedCommand, type Weekday } from "./command.schema.js";
export { INTENTS, type Intent, type IntentData, intentSchemas, isIntent } from "./intents.js";
export { buildLexicon, type Lang, Lexicon, type LexiconSource } from "./lexicon.js";
export { compactKey, normalizeText, stripBotAddress, tokenize } from "./normalize.js";
export { MAX_INPUT_LENGTH, parseText } from "./parse.js";
export { allStorable, isStorable } from "./storable-text.js";
