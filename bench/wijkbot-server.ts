/**
 * Starts Wijkbot itself as a child process, the way it runs in production (`tsx src/main.ts`),
 * with every channel on: web chat API (demo login, needed by the JSON API; the directory is not
 * empty so no demo data is seeded), Slack with its Web API pointed at a local fake, and Teams in
 * unauthenticated local development mode.
 */
import { fileURLToPath } from "node:url";
import { freePort } from "./http-client.js";
import { type ServerProcess, startServer } from "./server-process.js";

export const SLACK_SECRET = "bench-signing-secret-0123456789abcdef";
export const PROJECT_DIR = fileURLToPath(new URL("..", import.meta.url));

export interface WijkbotServer extends ServerProcess {
  url: string;
}

export async function startWijkbot(options: {
  databaseUrl: string;
  now: Date;
  fakeApiUrl: string;
  /** "npx" measures the start as people run it; "node" skips npx's own half second. */
  launcher: "npx" | "node";
  jobs?: boolean;
}): Promise<WijkbotServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const [command, args] =
    options.launcher === "npx"
      ? ["npx", ["tsx", "src/main.ts"]]
      : [process.execPath, ["--import", "tsx", "src/main.ts"]];
  const server = await startServer({
    command,
    args,
    cwd: PROJECT_DIR,
    readyUrl: `${url}/readyz`,
    env: {
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      WIJKBOT_DEMO: "true",
      WIJKBOT_JOBS: options.jobs ? "true" : "false",
      WIJKBOT_NOW: options.now.toISOString(),
      LOG_LEVEL: "silent",
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_API_URL: `${options.fakeApiUrl}/api/`,
      SLACK_BOT_ID: "B0BENCH",
      SLACK_BOT_USER_ID: "U0BENCHBOT",
      TEAMS_DEV_MODE: "true",
      npm_config_update_notifier: "false",
    },
  });
  return { ...server, url };
}
