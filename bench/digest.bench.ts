/**
 * All weekly digests for the country: one tick of the digest job over every coordinator's
 * subscription, in a child process (digest.worker.ts) so its peak memory is its own.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { PROJECT_DIR } from "./wijkbot-server.js";

export interface DigestResult {
  subscriptions: number;
  queued: number;
  quiet: number;
  taken: number;
  failed: number;
  outboxMessages: number | null;
  seconds: number;
  peakRssMb: number;
  baselineRssMb: number;
  wallSeconds: number;
}

export async function benchDigests(databaseUrl: string, now: Date): Promise<DigestResult> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("bench", "digest.worker.ts"), databaseUrl, now.toISOString()],
    { cwd: PROJECT_DIR, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString("utf8");
  });
  child.stderr.on("data", (c: Buffer) => {
    err = (err + c.toString("utf8")).slice(-4_000);
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = out.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !line.startsWith("{"))
    throw new Error(`digest worker exited with ${code}: ${err || out}`);
  return {
    ...(JSON.parse(line) as Omit<DigestResult, "wallSeconds">),
    wallSeconds: (performance.now() - started) / 1000,
  };
}
