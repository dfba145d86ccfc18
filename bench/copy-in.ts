/**
 * COPY … FROM STDIN on a plain `pg` client, without pg-copy-streams (not installed here): pg
 * accepts any object with `submit(connection)` as a query and hands it the COPY protocol
 * messages. Rows are encoded in COPY's text format and sent in chunks of about 256 kB; `drain()`
 * waits while the socket is full, so memory stays flat however many rows go through.
 */
import { EventEmitter, once } from "node:events";
import type { Socket } from "node:net";
import type pg from "pg";
import type { CopyValue } from "./tables.js";

const CHUNK_CHARS = 256 * 1024;

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  stream: Socket;
}

class CopyInQuery extends EventEmitter {
  connection: CopyConnection | undefined;
  rowCount = 0;
  private error: Error | undefined;
  readonly ready: Promise<void>;
  readonly done: Promise<number>;
  private markReady!: () => void;
  private finish!: (rows: number) => void;
  private fail!: (error: Error) => void;

  constructor(readonly text: string) {
    super();
    this.ready = new Promise((resolve) => {
      this.markReady = resolve;
    });
    this.done = new Promise((resolve, reject) => {
      this.finish = resolve;
      this.fail = reject;
    });
    this.done.catch(() => undefined);
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    this.connection = connection;
    this.markReady();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(message.text.split(" ")[1] ?? 0);
  }

  handleError(error: Error): void {
    this.error = error;
    this.fail(error);
    this.markReady();
  }

  handleReadyForQuery(): void {
    if (!this.error) this.finish(this.rowCount);
  }

  failed(): Error | undefined {
    return this.error;
  }
}

export class CopyStream {
  private parts: string[] = [];
  private size = 0;
  private readonly query: CopyInQuery;

  constructor(client: pg.Client, table: string, columns: readonly string[]) {
    const cols = columns.map((c) => `"${c}"`).join(", ");
    this.query = new CopyInQuery(`COPY "${table}" (${cols}) FROM STDIN`);
    void client.query(this.query as unknown as pg.QueryConfig);
  }

  write(values: CopyValue[]): void {
    const line = `${values.map(encode).join("\t")}\n`;
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= CHUNK_CHARS && this.query.connection) this.flush();
  }

  /** Sends what is buffered and waits while the socket's buffer is full. */
  async drain(): Promise<void> {
    await this.query.ready;
    this.throwIfFailed();
    this.flush();
    const socket = this.query.connection!.stream;
    if (socket.writableNeedDrain) await once(socket, "drain");
  }

  /** Ends the COPY; resolves with the number of rows the server stored. */
  async end(): Promise<number> {
    await this.query.ready;
    this.throwIfFailed();
    this.flush();
    this.query.connection!.endCopyFrom();
    return this.query.done;
  }

  private flush(): void {
    if (this.size === 0 || !this.query.connection) return;
    this.query.connection.sendCopyFromChunk(Buffer.from(this.parts.join(""), "utf8"));
    this.parts = [];
    this.size = 0;
  }

  private throwIfFailed(): void {
    const error = this.query.failed();
    if (error) throw error;
  }
}

/** One value in COPY's text format: \N for null, backslash escapes for tab, newline and backslash. */
export function encode(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeText(value);
  if (value instanceof Date) return value.toISOString().slice(0, 23);
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(JSON.stringify(value));
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : text;
}
