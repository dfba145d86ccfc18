/** Block Kit types, taken from the @slack/types that Bolt re-exports (no direct dependency). */
import type { types } from "@slack/bolt";

export type KnownBlock = types.KnownBlock;
export type MrkdwnElement = types.MrkdwnElement;
export type PlainTextElement = types.PlainTextElement;
export type Button = types.Button;
export type InputBlock = types.InputBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
