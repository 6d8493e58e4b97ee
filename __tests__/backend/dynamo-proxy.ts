// A small HTTP proxy in front of moto_server that records every DynamoDB request
// (its X-Amz-Target and body) and can misbehave the way DynamoDB does under load:
// answer with a throttling error body, or leave part of a BatchWriteItem
// unprocessed. Everything else is forwarded untouched.
//
// With `serial`, it forwards one request at a time. moto_server handles requests
// on parallel threads and checks a ConditionExpression and writes without a lock
// between them, so two concurrent `attribute_not_exists` puts can both succeed
// there (seen under load); DynamoDB serialises writes to an item. Serialising
// restores that guarantee, so a lock test measures dpn's protocol, not moto's race.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';

export interface RecordedRequest {
  /** e.g. "BatchWriteItem" */
  operation: string;
  body: Record<string, unknown>;
  /** What the proxy answered itself, if it did not forward. */
  injected?: string;
}

type Fault =
  | { kind: 'error'; status: number; type: string; message: string; operation?: string }
  | { kind: 'unprocessed'; keep: number }
  | { kind: 'hang'; operation?: string };

export interface DynamoProxy {
  endpoint: string;
  requests: RecordedRequest[];
  /** Answer the next `times` requests (of `operation`, if given) with a DynamoDB error. */
  failNext(times: number, type: string, options?: { status?: number; operation?: string }): void;
  /** Never answer the next `times` requests (of `operation`, if given), like a stalled connection. */
  hangNext(times: number, operation?: string): void;
  /** For the next `times` BatchWriteItem calls, write only the first `keep` items and hand the rest back. */
  leaveUnprocessed(times: number, keep: number): void;
  operations(name?: string): RecordedRequest[];
  clear(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function forward(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
    }
    headers['content-length'] = String(body.length);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (res) => {
        readBody(res).then((data) => {
          const out: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (typeof value === 'string') out[name] = value;
          }
          resolve({ status: res.statusCode ?? 500, headers: out, body: data });
        }, reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

export async function startDynamoProxy(motoEndpoint: string, options: { serial?: boolean } = {}): Promise<DynamoProxy> {
  const target = new URL(motoEndpoint);
  let queue: Promise<unknown> = Promise.resolve();
  const send = (req: IncomingMessage, body: Buffer) => {
    if (!options.serial) return forward(target, req, body);
    const next = queue.then(() => forward(target, req, body));
    queue = next.catch(() => undefined);
    return next;
  };
  const requests: RecordedRequest[] = [];
  const faults: Array<Fault & { times: number }> = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      let body: Record<string, unknown> = {};
      try {
        body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        // not JSON: record as empty
      }
      const record: RecordedRequest = { operation, body };
      requests.push(record);

      const fault = faults.find(
        (f) =>
          f.times > 0 &&
          (f.kind === 'unprocessed' ? operation === 'BatchWriteItem' : !f.operation || f.operation === operation),
      );
      if (fault?.kind === 'hang') {
        fault.times--;
        record.injected = 'hang';
        return;
      }
      if (fault?.kind === 'error') {
        fault.times--;
        record.injected = fault.type;
        const payload = JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${fault.type}`, message: fault.message });
        res.writeHead(fault.status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(payload) });
        res.end(payload);
        return;
      }
      if (fault?.kind === 'unprocessed') {
        fault.times--;
        const requestItems = (body.RequestItems ?? {}) as Record<string, unknown[]>;
        const kept: Record<string, unknown[]> = {};
        const handedBack: Record<string, unknown[]> = {};
        for (const [table, items] of Object.entries(requestItems)) {
          kept[table] = items.slice(0, fault.keep);
          if (items.length > fault.keep) handedBack[table] = items.slice(fault.keep);
        }
        record.injected = 'UnprocessedItems';
        const out = await send(req, Buffer.from(JSON.stringify({ ...body, RequestItems: kept })));
        const answer = JSON.parse(out.body.toString('utf8')) as Record<string, unknown>;
        const payload = JSON.stringify({ ...answer, UnprocessedItems: handedBack });
        // The body changed, so moto's checksum header no longer applies.
        const headers: Record<string, string> = { ...out.headers, 'content-length': String(Buffer.byteLength(payload)) };
        delete headers['x-amz-crc32'];
        delete headers['transfer-encoding'];
        res.writeHead(out.status, headers);
        res.end(payload);
        return;
      }
      const out = await send(req, raw);
      const headers = { ...out.headers };
      delete headers['transfer-encoding'];
      headers['content-length'] = String(out.body.length);
      res.writeHead(out.status, headers);
      res.end(out.body);
    })().catch((error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('proxy has no port');

  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    requests,
    failNext(times, type, options = {}) {
      faults.push({
        kind: 'error',
        times,
        type,
        status: options.status ?? 400,
        message: 'Rate of requests exceeds the allowed throughput.',
        ...(options.operation ? { operation: options.operation } : {}),
      });
    },
    hangNext(times, operation) {
      faults.push({ kind: 'hang', times, ...(operation ? { operation } : {}) });
    },
    leaveUnprocessed(times, keep) {
      faults.push({ kind: 'unprocessed', times, keep });
    },
    operations(name) {
      return name ? requests.filter((r) => r.operation === name) : [...requests];
    },
    clear() {
      requests.length = 0;
      faults.length = 0;
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
