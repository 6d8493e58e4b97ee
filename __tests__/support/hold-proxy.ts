// An HTTP proxy in front of a real server (moto, the local Databricks server)
// that forwards every request except the ones a test chooses to hold: those
// are never answered, so a run can be stopped at an exact point — after
// everything before a held call happened, before the held call did anything.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';

export interface HeldCall {
  method: string;
  url: string;
  body: string;
}

export interface HoldProxy {
  endpoint: string;
  /** Calls held so far. */
  held: HeldCall[];
  /** Resolves once `n` calls are held. */
  waitHeld(n: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** `releaseAfterMs`: forward a held call after this long instead of never (a slow call rather than a dead one). */
export async function startHoldProxy(upstream: string, hold: (call: HeldCall) => boolean, options: { releaseAfterMs?: number } = {}): Promise<HoldProxy> {
  const target = new URL(upstream);
  const held: HeldCall[] = [];
  const parked = new Set<ServerResponse>();
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const up = request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.destroy());
    up.end(body);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const call = { method: req.method ?? 'GET', url: req.url ?? '/', body: body.toString('utf8') };
      if (!hold(call)) return forward(req, res, body);
      held.push(call);
      parked.add(res);
      if (options.releaseAfterMs !== undefined) {
        setTimeout(() => {
          parked.delete(res);
          forward(req, res, body);
        }, options.releaseAfterMs).unref();
      }
      for (const w of [...waiters]) if (held.length >= w.n) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    held,
    waitHeld(n, timeoutMs = 30_000) {
      if (held.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${held.length} of ${n} calls held within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    async stop() {
      for (const res of parked) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
