/**
 * Reading a path and telling its format from the content, not the name: a folder or .zip with
 * datapackage.json (HSDS tabular package), an .xlsx workbook (a zip with xl/), JSON (ours, or
 * HSDS services), else CSV (the spreadsheet template).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import type { Problem } from "../validate.js";

export type Source =
  | { kind: "json"; file: string; json: unknown }
  | { kind: "package"; file: string; files: Map<string, string> }
  | { kind: "xlsx"; file: string; bytes: Buffer }
  | { kind: "csv"; file: string; text: string }
  | { kind: "unreadable"; problems: Problem[] };

const unreadable = (where: string, message: string): Source => ({
  kind: "unreadable",
  problems: [{ path: where, message }],
});
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readSource(target: string): Promise<Source> {
  try {
    if ((await stat(target)).isDirectory()) return await readFolder(target);
    if (path.basename(target) === "datapackage.json") return await readFolder(path.dirname(target));
    const bytes = await readFile(target);
    if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return readZip(target, bytes);
    const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
    if (/^\s*[[{]/.test(text)) return readJson(target, text);
    return { kind: "csv", file: path.basename(target), text };
  } catch (error) {
    return unreadable(target, `cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readJson(target: string, text: string): Source {
  try {
    return { kind: "json", file: path.basename(target), json: JSON.parse(text) };
  } catch (error) {
    return unreadable(target, `not valid JSON: ${(error as Error).message}`);
  }
}

async function readFolder(folder: string): Promise<Source> {
  const names = await readdir(folder);
  if (!names.includes("datapackage.json"))
    return unreadable(folder, "a folder is read as an HSDS data package and needs a datapackage.json");
  const files = new Map<string, string>();
  for (const name of names.filter((n) => n === "datapackage.json" || n.endsWith(".csv")))
    files.set(name, (await readFile(path.join(folder, name), "utf8")).replace(/^\uFEFF/, ""));
  return { kind: "package", file: folder, files };
}

function readZip(target: string, bytes: Buffer): Source {
  const entries = unzipSync(new Uint8Array(bytes), {
    // Only the few files we read are inflated: a workbook's images or a bomb stay packed.
    filter: (f) =>
      f.name.endsWith("datapackage.json") || f.name.endsWith(".csv") || f.name === "[Content_Types].xml",
  });
  const names = Object.keys(entries);
  if (names.includes("[Content_Types].xml") && !names.some((n) => n.endsWith("datapackage.json")))
    return { kind: "xlsx", file: path.basename(target), bytes };
  const descriptor = names
    .filter((n) => n.endsWith("datapackage.json"))
    .sort((a, b) => a.length - b.length)[0];
  if (!descriptor)
    return unreadable(target, "a .zip is read as an HSDS data package and needs a datapackage.json");
  const base = descriptor.slice(0, -"datapackage.json".length);
  const files = new Map<string, string>();
  const decoder = new TextDecoder("utf-8");
  for (const name of names.filter((n) => n.startsWith(base)))
    files.set(name.slice(base.length), decoder.decode(entries[name]).replace(/^\uFEFF/, ""));
  return { kind: "package", file: path.basename(target), files };
}
