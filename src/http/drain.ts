/**
 * Graceful shutdown for HTTP. Closing the server at once would also close idle keep-alive
 * connections, and a request a client is just sending on one of them would be reset. So a
 * shutdown first drains: /readyz turns 503 (the load balancer stops sending), every response says
 * `Connection: close`, and the server closes only once no request has been under way for a moment.
 */
import type { NextFunction, Request, Response } from "express";

export class Drain {
  private inFlight = 0;
  private lastActivity = Date.now();
  draining = false;

  middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    this.lastActivity = Date.now();
    if (this.draining) res.setHeader("connection", "close");
    res.on("close", () => {
      this.inFlight -= 1;
      this.lastActivity = Date.now();
    });
    next();
  };

  /** Starts draining and resolves once nothing ran for `quietMs`, or after `maxMs` at most. */
  async settle(quietMs = 500, maxMs = 10_000): Promise<void> {
    this.draining = true;
    const started = Date.now();
    while (Date.now() - started < maxMs) {
      if (this.inFlight === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
