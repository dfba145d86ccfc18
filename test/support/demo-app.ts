/**
 * The whole service for tests: createApp (end-to-end) or createCore (unit tests through the real
 * bot) on a temp PGlite directory that already holds the migrated demo social map
 * (test-database.ts), clock fixed, jobs off unless asked for.
 */
import { rmSync } from "node:fs";
import { type Core, createApp, createCore, type RunningApp } from "../../src/app.js";
import { type Config, parseConfig } from "../../src/config.js";
import { demoDataDir } from "./test-database.js";

export interface DemoApp {
  app: RunningApp;
  stop(): Promise<void>;
}

export interface DemoCore {
  core: Core;
  stop(): Promise<void>;
}

/** Starts `start` on a fresh copy of the demo data; `stop` closes it and removes the copy. */
async function onDemoData<T extends { close(): Promise<void> }>(
  prefix: string,
  env: Record<string, string>,
  start: (config: Config) => Promise<T>,
  prepare?: (dataDir: string) => Promise<void>,
): Promise<{ running: T; stop(): Promise<void> }> {
  const dataDir = await demoDataDir(prefix);
  await prepare?.(dataDir);
  const config = parseConfig({
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "silent",
    ...env,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  const running = await start(config.config);
  return {
    running,
    async stop() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `prepare` runs on the data directory before the server opens it (e.g. `npm run import`). */
export async function startDemoApp(
  name: string,
  env: Record<string, string>,
  prepare?: (dataDir: string) => Promise<void>,
): Promise<DemoApp> {
  const { running, stop } = await onDemoData(
    `wijkbot-e2e-${name}-`,
    { PORT: "0", WIJKBOT_DEMO: "true", ...env },
    (config) => createApp(config),
    prepare,
  );
  return { app: running, stop };
}

/** The core without a server, for unit tests that go through the real bot. */
export async function startDemoCore(name: string, env: Record<string, string>): Promise<DemoCore> {
  const { running, stop } = await onDemoData(`wijkbot-${name}-`, env, (config) => createCore(config));
  return { core: running, stop };
}
