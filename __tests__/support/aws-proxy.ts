// A forwarding HTTP proxy in front of moto_server that names and counts every
// request (S3 by method and sub-resource, Glue by X-Amz-Target), can hold each
// one for a fixed latency, and can give new buckets the settings real S3 gives
// every new general purpose bucket, which moto does not: Block Public Access
// on (all four settings, since April 2023) and SSE-S3 default encryption
// (since January 2023). Used by the driver tests and the production apply bench.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AwsProxyOptions {
  /** Milliseconds each request waits before it is forwarded. Default 0. */
  latencyMs?: number;
  /** Apply S3's defaults for new buckets right after moto creates one (not counted). Default true. */
  s3Defaults?: boolean;
}

export interface AwsRequest {
  /** `HeadBucket`, `PutBucketTagging`, `AWSGlue.CreateTable`, … */
  operation: string;
  method: string;
  url: string;
  status: number;
  /** How long moto took to answer, in ms (the added latency excluded). */
  upstreamMs: number;
}

export interface AwsProxy {
  /** What AWS_ENDPOINT_URL should be. */
  endpoint: string;
  /** Every request that reached moto through the proxy, in completion order. */
  requests: AwsRequest[];
  /** Requests per operation. */
  counts(): Record<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

const S3_OPERATIONS: Record<string, string> = {
  'HEAD ': 'HeadBucket',
  'PUT ': 'CreateBucket',
  'DELETE ': 'DeleteBucket',
  'GET location': 'GetBucketLocation',
  'GET versioning': 'GetBucketVersioning',
  'PUT versioning': 'PutBucketVersioning',
  'GET lifecycle': 'GetBucketLifecycleConfiguration',
  'PUT lifecycle': 'PutBucketLifecycleConfiguration',
  'DELETE lifecycle': 'DeleteBucketLifecycle',
  'GET tagging': 'GetBucketTagging',
  'PUT tagging': 'PutBucketTagging',
  'DELETE tagging': 'DeleteBucketTagging',
  'GET encryption': 'GetBucketEncryption',
  'PUT encryption': 'PutBucketEncryption',
  'GET publicAccessBlock': 'GetPublicAccessBlock',
  'PUT publicAccessBlock': 'PutPublicAccessBlock',
  'GET versions': 'ListObjectVersions',
  'POST delete': 'DeleteObjects',
};

/** The API operation a request to moto stands for. */
export function operationOf(method: string, url: string, target: string | undefined): string {
  if (target !== undefined) return target;
  const parsed = new URL(url, 'http://proxy');
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (segments.length > 1) return `${method} object`;
  const sub = [...parsed.searchParams.keys()].filter((k) => !k.startsWith('x-id'))[0] ?? '';
  return S3_OPERATIONS[`${method} ${sub}`] ?? `${method} ?${sub}`;
}

const XMLNS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const DEFAULT_SETTINGS = [
  {
    sub: 'publicAccessBlock',
    body: `<PublicAccessBlockConfiguration ${XMLNS}><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`,
  },
  {
    sub: 'encryption',
    body: `<ServerSideEncryptionConfiguration ${XMLNS}><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`,
  },
];

function send(upstream: URL, method: string, path: string, headers: IncomingMessage['headers'], body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request({ hostname: upstream.hostname, port: upstream.port, path, method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on('error', reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

export async function startAwsProxy(upstreamUrl: string, options: AwsProxyOptions = {}): Promise<AwsProxy> {
  const upstream = new URL(upstreamUrl);
  const latency = options.latencyMs ?? 0;
  const s3Defaults = options.s3Defaults ?? true;
  const requests: AwsRequest[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const target = typeof req.headers['x-amz-target'] === 'string' ? req.headers['x-amz-target'] : undefined;
    const operation = operationOf(method, url, target);
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    const sent = performance.now();
    const answer = await send(upstream, method, url, req.headers, body);
    const upstreamMs = performance.now() - sent;
    if (s3Defaults && operation === 'CreateBucket' && answer.status === 200) {
      const bucket = new URL(url, 'http://proxy').pathname.replace(/\/+$/, '');
      for (const setting of DEFAULT_SETTINGS) {
        await send(upstream, 'PUT', `${bucket}?${setting.sub}`, { 'content-type': 'application/xml' }, Buffer.from(setting.body));
      }
    }
    requests.push({ operation, method, url, status: answer.status, upstreamMs });
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    counts() {
      const out: Record<string, number> = {};
      for (const r of requests) out[r.operation] = (out[r.operation] ?? 0) + 1;
      return out;
    },
    reset() {
      requests.length = 0;
    },
    stop() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
