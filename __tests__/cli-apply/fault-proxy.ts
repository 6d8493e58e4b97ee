// An HTTP proxy in front of moto that answers a seeded share of requests the
// way AWS does when it is overloaded — S3 `503 SlowDown`, `429` with
// Retry-After, Glue `ThrottlingException`, a dropped connection, a response
// that never comes (a timeout) — and can deny chosen calls for good.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Fault = 'slowdown' | 'too_many' | 'throttle' | 'reset' | 'hang';

export interface CallInfo {
  method: string;
  url: string;
  /** Glue's `X-Amz-Target` (e.g. AWSGlue.CreateTable), absent for S3. */
  target?: string;
  body: string;
}

export interface FaultProxyOptions {
  /** Share of requests answered with a transient fault (0..1). */
  rate: number;
  seed: number;
  faults?: Fault[];
  /** Requests answered with a permanent AccessDenied. */
  deny?: (call: CallInfo) => boolean;
}

export interface FaultProxy {
  endpoint: string;
  counts: Record<Fault | 'denied' | 'passed', number>;
  stop(): Promise<void>;
}

/** mulberry32: small, seeded, good enough to spread faults reproducibly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function glueError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ __type: type, message }));
}

function s3Error(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/xml', ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`);
}

export async function startFaultProxy(upstream: string, options: FaultProxyOptions): Promise<FaultProxy> {
  const random = seeded(options.seed);
  const faults = options.faults ?? ['slowdown', 'too_many', 'throttle', 'reset', 'hang'];
  const counts: FaultProxy['counts'] = { slowdown: 0, too_many: 0, throttle: 0, reset: 0, hang: 0, denied: 0, passed: 0 };
  const target = new URL(upstream);
  const hanging = new Set<ServerResponse>();

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const up = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    up.end(body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const targetHeader = req.headers['x-amz-target'];
      const call: CallInfo = { method: req.method ?? 'GET', url: req.url ?? '/', body: body.toString('utf8'), ...(typeof targetHeader === 'string' ? { target: targetHeader } : {}) };
      const glue = call.target !== undefined;
      if (options.deny?.(call)) {
        counts.denied++;
        if (glue) glueError(res, 400, 'AccessDeniedException', 'User is not authorized to perform this action');
        else s3Error(res, 403, 'AccessDenied', 'Access Denied');
        return;
      }
      if (random() < options.rate) {
        const fault = faults[Math.floor(random() * faults.length)]!;
        counts[fault]++;
        switch (fault) {
          case 'slowdown':
            if (glue) glueError(res, 503, 'ServiceUnavailableException', 'Service is unavailable');
            else s3Error(res, 503, 'SlowDown', 'Please reduce your request rate.');
            return;
          case 'too_many':
            if (glue) glueError(res, 429, 'ThrottlingException', 'Rate exceeded');
            else s3Error(res, 429, 'TooManyRequests', 'Too many requests', { 'retry-after': '1' });
            return;
          case 'throttle':
            if (glue) glueError(res, 400, 'ThrottlingException', 'Rate exceeded');
            else s3Error(res, 503, 'SlowDown', 'Please reduce your request rate.');
            return;
          case 'reset':
            req.socket.destroy();
            return;
          case 'hang':
            // Never answered: the client's request timeout must turn this into a retryable error.
            hanging.add(res);
            res.on('close', () => hanging.delete(res));
            return;
        }
      }
      counts.passed++;
      forward(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
