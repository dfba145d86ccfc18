/**
 * Starts a server as a child process (its own process group, so it and its wrappers stop
 * together), waits until a URL answers 200, and reads the resident memory of the process that
 * really serves (npx and tsx each put a wrapper process in front of it).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { request } from "./http-client.js";

export interface ServerProcess {
  /** Milliseconds from spawn to the first 200 from the ready URL. */
  readyMs: number;
  /** The pid of the process that serves (the deepest node process under the spawned one). */
  servingPid: number;
  rssMb(): number;
  stop(): Promise<void>;
  output(): string;
}

export async function startServer(options: {
  command: string;
  args: string[];
  env: Record<string, string>;
  readyUrl: string;
  timeoutMs?: number;
  cwd?: string;
}): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = started + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (performance.now() > deadline) {
      await stopGroup(child, exited);
      throw new Error(`server not ready within ${options.timeoutMs ?? 60_000} ms:\n${output}`);
    }
    const ok = await request(options.readyUrl, { timeoutMs: 1_000 }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = performance.now() - started;
  const servingPid = deepestDescendant(child.pid!);
  return {
    readyMs,
    servingPid,
    rssMb: () => rssMb(servingPid),
    stop: () => stopGroup(child, exited),
    output: () => output,
  };
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  // The group is the one this benchmark spawned (detached: its pid is the group id).
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 4, after the command name in parentheses (which may itself contain spaces).
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * npx runs `sh -c tsx …`, tsx runs node with its loader, and that node runs esbuild: follow the
 * chain through any wrapper, preferring node children, and return the deepest node process.
 */
function deepestDescendant(root: number): number {
  const pids = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  let current = root;
  let deepestNode = root;
  for (;;) {
    const children = pids.filter((pid) => parentOf(pid) === current);
    const next =
      children.find((pid) => command(pid) === "node") ?? children.find((pid) => command(pid) === "sh");
    if (next === undefined) return deepestNode;
    if (command(next) === "node") deepestNode = next;
    current = next;
  }
}

export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return Math.round(kb / 102.4) / 10;
  } catch {
    return Number.NaN;
  }
}

/** Samples a value every `everyMs` until stopped; returns the peak and mean. */
export function sampler(read: () => number, everyMs = 50) {
  const values: number[] = [];
  const timer = setInterval(() => values.push(read()), everyMs);
  values.push(read());
  return {
    stop() {
      clearInterval(timer);
      values.push(read());
      const valid = values.filter((v) => Number.isFinite(v));
      return {
        peak: Math.max(...valid),
        mean: Math.round((valid.reduce((a, b) => a + b, 0) / Math.max(1, valid.length)) * 10) / 10,
        samples: valid.length,
      };
    },
  };
}
