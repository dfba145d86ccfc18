/**
 * The whole service for end-to-end tests: createApp on a temp PGlite directory that already holds
 * the migrated demo social map (test-database.ts), clock fixed, jobs off unless asked for.
 */
import { rmSync } from "node:fs";
import { createApp, type RunningApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { demoDataDir } from "./test-database.js";

export interface DemoApp {
  app: RunningApp;
  stop(): Promise<void>;
}

export async function startDemoApp(name: string, env: Record<string, string>): Promise<DemoApp> {
  const dataDir = await demoDataDir(`wijkbot-e2e-${name}-`);
  const config = parseConfig({
    PORT: "0",
    WIJKBOT_DATA_DIR: dataDir,
    WIJKBOT_DEMO: "true",
    WIJKBOT_JOBS: "false",
    LOG_LEVEL: "silent",
    ...env,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  const app = await createApp(config.config);
  return {
    app,
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
