// How AWS failures become ProviderErrors: unit cases with SDK-shaped errors, and the
// real SDK clients against a small local HTTP server answering like S3 and Glue do
// when they throttle, fail, refuse or hang.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessDeniedException, AlreadyExistsException, EntityNotFoundException } from '@aws-sdk/client-glue';
import { BucketAlreadyExists, NoSuchBucket, S3ServiceException } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../support/moto.js';
import { createAwsDrivers, endpointFor, redact, toProviderError, type AwsDrivers } from '../../../src/providers/aws/index.js';
import { Changes } from '../../../src/providers/aws/errors.js';
import { ProviderError } from '../../../src/providers/driver.js';
import { ctx, refOf, spec } from './fixtures.js';

const SUBJECT = "S3 bucket 'b'";

function s3Error(name: string, status: number, message = 'boom', extra: Record<string, unknown> = {}) {
  return Object.assign(
    new S3ServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, message }),
    extra,
  );
}

function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('toProviderError', () => {
  it.each([
    ['ThrottlingException', 400, 'transient'],
    ['SlowDown', 503, 'transient'],
    ['TooManyRequestsException', 429, 'transient'],
    ['RequestLimitExceeded', 400, 'transient'],
    ['InternalError', 500, 'transient'],
    ['SomethingNew', 502, 'transient'],
    ['SomethingNew', 429, 'transient'],
    ['OperationAborted', 409, 'transient'],
    ['ConcurrentModificationException', 400, 'transient'],
    ['AccessDenied', 403, 'permission'],
    ['InvalidAccessKeyId', 403, 'permission'],
    ['ExpiredToken', 400, 'permission'],
    ['BucketAlreadyExists', 409, 'conflict'],
    ['BucketNotEmpty', 409, 'conflict'],
    ['NoSuchBucket', 404, 'not_found'],
    ['InvalidBucketName', 400, 'invalid'],
    ['MalformedXML', 400, 'invalid'],
    ['InvalidLocationConstraint', 400, 'invalid'],
    ['TooManyBuckets', 400, 'fatal'],
    ['SomethingNew', 400, 'invalid'],
  ] as const)('%s (HTTP %d) is %s', (code, status, kind) => {
    const error = toProviderError(s3Error(code, status), SUBJECT, 'create (CreateBucket)');
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(kind === 'transient');
    expect(error.details).toMatchObject({ code, status });
    expect(error.message).toMatch(/^S3 bucket 'b': create \(CreateBucket\) failed: /);
  });

  it('classifies the SDK exception classes of S3 and Glue', () => {
    const meta = { $metadata: { httpStatusCode: 400 } };
    expect(toProviderError(new AlreadyExistsException({ message: 'exists', ...meta }), 'x', 'create').kind).toBe('conflict');
    expect(toProviderError(new EntityNotFoundException({ message: 'gone', ...meta }), 'x', 'read').kind).toBe('not_found');
    expect(toProviderError(new AccessDeniedException({ message: 'no', ...meta }), 'x', 'read').kind).toBe('permission');
    expect(toProviderError(new NoSuchBucket({ message: 'gone', $metadata: { httpStatusCode: 404 } }), 'x', 'read').kind).toBe('not_found');
  });

  it('explains that bucket names are global when another account owns the name', () => {
    const error = toProviderError(
      new BucketAlreadyExists({ message: 'The requested bucket name is not available.', $metadata: { httpStatusCode: 409 } }),
      SUBJECT,
      'create (CreateBucket)',
    );
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('S3 bucket names are global across all AWS accounts');
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN'])('network error %s is transient', (code) => {
    const error = toProviderError(systemError(code, `connect ${code} 10.0.0.1:443`), SUBJECT, 'read (HeadBucket)');
    expect(error.kind).toBe('transient');
    expect(error.details.code).toBe(code);
    expect(error.message).toBe(`S3 bucket 'b': read (HeadBucket) failed: connection failed (${code}): connect ${code} 10.0.0.1:443`);
  });

  it('finds a network code wrapped in a cause, and treats socket hang-ups and SDK timeouts as transient', () => {
    const wrapped = Object.assign(new Error('fetch failed'), { cause: systemError('ECONNRESET', 'read ECONNRESET') });
    expect(toProviderError(wrapped, SUBJECT, 'read').kind).toBe('transient');
    expect(toProviderError(new Error('socket hang up'), SUBJECT, 'read').kind).toBe('transient');
    const timeout = Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' });
    expect(toProviderError(timeout, SUBJECT, 'read').kind).toBe('transient');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const seconds = s3Error('TooManyRequests', 429, 'slow down', { $response: { statusCode: 429, headers: { 'retry-after': '7' } } });
    expect(toProviderError(seconds, SUBJECT, 'read').details.retryAfterMs).toBe(7000);
    const date = new Date(Date.now() + 60_000).toUTCString();
    const dated = s3Error('SlowDown', 503, 'slow down', { $response: { statusCode: 503, headers: { 'Retry-After': date } } });
    const ms = toProviderError(dated, SUBJECT, 'read').details.retryAfterMs ?? 0;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
    expect(toProviderError(s3Error('SlowDown', 503), SUBJECT, 'read').details.retryAfterMs).toBeUndefined();
  });

  it('says an aborted call was cancelled and does not retry it', () => {
    const abort = Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    const error = toProviderError(abort, SUBJECT, 'create');
    expect(error.kind).toBe('fatal');
    expect(error.message).toBe("S3 bucket 'b': create failed: cancelled");
  });

  it('points at credential setup when the default chain found none', () => {
    const none = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    const error = toProviderError(none, SUBJECT, 'read');
    expect(error.kind).toBe('permission');
    expect(error.message).toContain('configure-aws-credentials');
  });

  it('never repeats access key ids or signing material', () => {
    const leaky = s3Error(
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match. AWSAccessKeyId AKIAIOSFODNN7EXAMPLE, X-Amz-Security-Token=FQoGZXIvYXdzEJr, <StringToSign>AWS4-HMAC-SHA256 secret</StringToSign>',
    );
    const error = toProviderError(leaky, SUBJECT, 'read');
    expect(error.kind).toBe('permission');
    expect(error.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(error.message).not.toContain('FQoGZXIvYXdzEJr');
    expect(error.message).not.toContain('AWS4-HMAC-SHA256 secret');
    expect(redact('key ASIAXXXXXXXXXXXXXXXX used')).toBe('key [redacted] used');
  });

  it('passes a ProviderError through unchanged', () => {
    const original = new ProviderError('already explained', 'conflict');
    expect(toProviderError(original, SUBJECT, 'create')).toBe(original);
  });
});

describe('Changes', () => {
  it("escalates a permanent failure to 'fatal' once the call has written, and leaves transient ones alone", () => {
    const changes = new Changes();
    const denied = new ProviderError('x: update (TagResource) failed: no', 'permission', { code: 'AccessDeniedException' });
    expect(changes.escalate(denied)).toBe(denied);
    changes.add('UpdateDatabase');
    const escalated = changes.escalate(denied) as ProviderError;
    expect(escalated.kind).toBe('fatal');
    expect(escalated.details.code).toBe('AccessDeniedException');
    expect(escalated.message).toBe('x: update (TagResource) failed: no (permission, after this call had already made: UpdateDatabase)');
    const throttled = new ProviderError('slow', 'transient');
    expect(changes.escalate(throttled)).toBe(throttled);
  });
});

describe('endpointFor', () => {
  it('prefers the service-specific variable, then AWS_ENDPOINT_URL, else the real endpoint', () => {
    const env = { AWS_ENDPOINT_URL: 'http://all:1', AWS_ENDPOINT_URL_S3: 'http://s3:2' };
    expect(endpointFor('S3', env)).toBe('http://s3:2');
    expect(endpointFor('GLUE', env)).toBe('http://all:1');
    expect(endpointFor('GLUE', {})).toBeUndefined();
    expect(endpointFor('S3', { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined();
  });
});

// ---- the real SDK clients against a local server ------------------------------------

interface Fake {
  url: string;
  requests: { method: string; url: string }[];
  close(): Promise<void>;
}

const open: { fake?: Fake; drivers?: AwsDrivers }[] = [];

async function fakeAws(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Fake> {
  const requests: Fake['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '' });
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: Fake = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push({ fake });
  return fake;
}

function drivers(env: Record<string, string>, options: Parameters<typeof createAwsDrivers>[0] = {}): AwsDrivers {
  const d = createAwsDrivers({ env: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-secret', ...env }, ...options });
  open.push({ drivers: d });
  return d;
}

function s3Xml(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/xml', ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>1</RequestId></Error>`);
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

afterEach(async () => {
  for (const { fake, drivers: d } of open.splice(0)) {
    d?.close();
    await fake?.close();
  }
});

const euBucket = spec('aws_s3_bucket', 'dataplatform-race-raw-dev-euw1', { region: 'eu-west-1', versioning: true, lifecycleDays: 90 });

/**
 * One bucket's S3 API: HEAD says 404 until CreateBucket; every read answers "not
 * configured"; writes succeed, except the one named in `deny` (403 AccessDenied).
 */
async function fakeBucketApi(options: { createAnswer: 'created' | 'BucketAlreadyOwnedByYou'; deny?: 'create' | 'versioning' }): Promise<Fake> {
  let created = false;
  return fakeAws((req, res) => {
    const url = req.url ?? '';
    const isCreate = req.method === 'PUT' && /^\/[^/?]+\/?$/.test(url);
    if (req.method === 'HEAD') {
      res.writeHead(created ? 200 : 404, created ? { 'x-amz-bucket-region': 'eu-west-1' } : {});
      res.end();
    } else if ((isCreate && options.deny === 'create') || (req.method === 'PUT' && options.deny !== undefined && url.includes(options.deny))) {
      s3Xml(res, 403, 'AccessDenied', 'Access Denied');
    } else if (isCreate) {
      created = true;
      if (options.createAnswer === 'created') {
        res.writeHead(200);
        res.end();
      } else {
        s3Xml(res, 409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.');
      }
    } else if (req.method === 'GET' && url.includes('versioning')) {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end('<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>');
    } else if (req.method === 'GET') {
      const code = url.includes('lifecycle')
        ? 'NoSuchLifecycleConfiguration'
        : url.includes('tagging')
          ? 'NoSuchTagSet'
          : url.includes('publicAccessBlock')
            ? 'NoSuchPublicAccessBlockConfiguration'
            : 'ServerSideEncryptionConfigurationNotFoundError';
      s3Xml(res, 404, code, 'none');
    } else {
      res.writeHead(200);
      res.end();
    }
  });
}

/** The sub-resource of each PUT, in order: '' for CreateBucket, '?tagging=' … */
function putsOf(fake: Fake): string[] {
  return fake.requests.filter((r) => r.method === 'PUT').map((r) => r.url.replace(/^\/[^/?]+\/?/, ''));
}

const bucket = spec('aws_s3_bucket', 'dataplatform-landing-raw-dev-use1', { region: 'us-east-1', versioning: true, lifecycleDays: 90 });

describe('S3 client against a throttling or failing endpoint', () => {
  it('a 503 SlowDown is transient after the SDK tried exactly maxAttempts times, over path-style URLs', async () => {
    const fake = await fakeAws((req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'x-amz-bucket-region': 'us-east-1' });
        res.end();
        return;
      }
      // Only versioning is throttled; the other reads answer "not configured".
      if (req.url?.includes('versioning')) s3Xml(res, 503, 'SlowDown', 'Please reduce your request rate.');
      else if (req.url?.includes('lifecycle')) s3Xml(res, 404, 'NoSuchLifecycleConfiguration', 'none');
      else if (req.url?.includes('tagging')) s3Xml(res, 404, 'NoSuchTagSet', 'none');
      else if (req.url?.includes('publicAccessBlock')) s3Xml(res, 404, 'NoSuchPublicAccessBlockConfiguration', 'none');
      else s3Xml(res, 404, 'ServerSideEncryptionConfigurationNotFoundError', 'none');
    });
    // The global endpoint points nowhere: the S3-specific one must win.
    const d = drivers({ AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ENDPOINT_URL_S3: fake.url });
    const error = await rejection(d.aws_s3_bucket.read(refOf(bucket), ctx));
    expect(error.kind).toBe('transient');
    expect(error.retryable).toBe(true);
    expect(error.details).toMatchObject({ code: 'SlowDown', status: 503 });
    expect(error.message).toBe(
      "S3 bucket 'dataplatform-landing-raw-dev-use1': read (GetBucketVersioning) failed: Please reduce your request rate. (SlowDown, HTTP 503)",
    );
    expect(fake.requests[0]?.method).toBe('HEAD');
    expect(fake.requests[0]?.url).toMatch(/^\/dataplatform-landing-raw-dev-use1\/?$/);
    const versioningCalls = fake.requests.filter((r) => r.url.includes('versioning'));
    expect(versioningCalls).toHaveLength(2);
  });

  it('a bodiless 503 or 429 answer to HeadBucket is transient, never mistaken for a missing bucket', async () => {
    for (const status of [503, 429]) {
      const fake = await fakeAws((_req, res) => {
        res.writeHead(status);
        res.end();
      });
      const d = drivers({ AWS_ENDPOINT_URL: fake.url }, { maxAttempts: 1 });
      const error = await rejection(d.aws_s3_bucket.read(refOf(bucket), ctx));
      expect(error.kind).toBe('transient');
      expect(error.details.status).toBe(status);
      expect(error.message).toMatch(/read \(HeadBucket\) failed/);
    }
  });

  it('a create that races another create of ours (BucketAlreadyOwnedByYou) finishes the bucket and marks it', async () => {
    const fake = await fakeBucketApi({ createAnswer: 'BucketAlreadyOwnedByYou' });
    const d = drivers({ AWS_ENDPOINT_URL: fake.url });
    const live = await d.aws_s3_bucket.create(euBucket, { ...ctx, transaction: '20261204T190000Z-a1b2c3' });
    expect(live.params).toEqual({ region: 'eu-west-1', versioning: true, lifecycleDays: 90 });
    // The bare bucket answered to our own CreateBucket: marker and tags first, then each setting it lacks.
    expect(live.createdBy).toBe('20261204T190000Z-a1b2c3');
    expect(putsOf(fake)).toEqual(['', '?tagging=', '?publicAccessBlock=', '?encryption=', '?versioning=', '?lifecycle=']);
  });

  it("a permanent failure after the create's first writes is 'fatal', so the engine compensates it", async () => {
    const fake = await fakeBucketApi({ createAnswer: 'created', deny: 'versioning' });
    const d = drivers({ AWS_ENDPOINT_URL: fake.url });
    const error = await rejection(d.aws_s3_bucket.create(euBucket, ctx));
    expect(error.kind).toBe('fatal');
    expect(error.details.code).toBe('AccessDenied');
    expect(error.message).toContain('create (PutBucketVersioning) failed: Access Denied');
    expect(error.message).toContain(
      '(permission, after this call had already made: CreateBucket, PutBucketTagging)',
    );
  });

  it("a permanent failure before any write keeps its kind: the engine knows nothing changed", async () => {
    const fake = await fakeBucketApi({ createAnswer: 'created', deny: 'create' });
    const d = drivers({ AWS_ENDPOINT_URL: fake.url });
    const error = await rejection(d.aws_s3_bucket.create(euBucket, ctx));
    expect(error.kind).toBe('permission');
    expect(putsOf(fake)).toEqual(['']);
  });

  it('a 429 with Retry-After carries the wait to the engine', async () => {
    const fake = await fakeAws((_req, res) => s3Xml(res, 429, 'TooManyRequests', 'Rate exceeded', { 'retry-after': '3' }));
    const d = drivers({ AWS_ENDPOINT_URL: fake.url }, { maxAttempts: 1 });
    const error = await rejection(d.aws_s3_bucket.create(bucket, ctx));
    expect(error.kind).toBe('transient');
    expect(error.details.retryAfterMs).toBe(3000);
  });

  it('AccessDenied is a permission error that does not repeat the access key', async () => {
    const fake = await fakeAws((req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'x-amz-bucket-region': 'us-east-1' });
        res.end();
        return;
      }
      s3Xml(res, 403, 'AccessDenied', 'User AKIAIOSFODNN7EXAMPLE is not authorized to perform s3:GetBucketVersioning');
    });
    const d = drivers({ AWS_ENDPOINT_URL: fake.url });
    const error = await rejection(d.aws_s3_bucket.read(refOf(bucket), ctx));
    expect(error.kind).toBe('permission');
    expect(error.retryable).toBe(false);
    expect(error.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(error.message).toContain('lack the permission');
    expect(fake.requests.filter((r) => r.url.includes('versioning'))).toHaveLength(1);
  });

  it("another account's bucket: HEAD is 403, CreateBucket is a 'conflict' saying names are global", async () => {
    const fake = await fakeAws((req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(403);
        res.end();
        return;
      }
      s3Xml(res, 409, 'BucketAlreadyExists', 'The requested bucket name is not available.');
    });
    const d = drivers({ AWS_ENDPOINT_URL: fake.url });
    const error = await rejection(d.aws_s3_bucket.create(bucket, ctx));
    expect(error.kind).toBe('conflict');
    expect(error.details.code).toBe('BucketAlreadyExists');
    expect(error.message).toContain("S3 bucket 'dataplatform-landing-raw-dev-use1': create (CreateBucket) failed");
    expect(error.message).toContain('global across all AWS accounts');
  });

  it('a refused connection is transient', async () => {
    const port = await freePort();
    const d = drivers({ AWS_ENDPOINT_URL: `http://127.0.0.1:${port}` }, { maxAttempts: 1 });
    const error = await rejection(d.aws_s3_bucket.read(refOf(bucket), ctx));
    expect(error.kind).toBe('transient');
    expect(error.details.code).toBe('ECONNREFUSED');
  });

  it('a server that never answers times out as a transient error', async () => {
    const fake = await fakeAws(() => {
      // never respond
    });
    const d = drivers({ AWS_ENDPOINT_URL: fake.url }, { maxAttempts: 1, requestTimeoutMs: 200 });
    const started = Date.now();
    const error = await rejection(d.aws_s3_bucket.read(refOf(bucket), ctx));
    expect(error.kind).toBe('transient');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('cancellation', () => {
  it("the engine's abort signal stops an in-flight call, which is not retried", async () => {
    const controller = new AbortController();
    // Abort once the request is in flight; never answer it.
    const fake = await fakeAws(() => controller.abort());
    const d = drivers({ AWS_ENDPOINT_URL: fake.url });
    const error = await rejection(d.aws_s3_bucket.read(refOf(bucket), { ...ctx, signal: controller.signal }));
    expect(error.kind).toBe('fatal');
    expect(error.message).toBe("S3 bucket 'dataplatform-landing-raw-dev-use1': read (HeadBucket) failed: cancelled");
    expect(fake.requests).toHaveLength(1);
  });
});

describe('Glue client against a throttling endpoint', () => {
  it('ThrottlingException over the JSON protocol is transient, via AWS_ENDPOINT_URL_GLUE', async () => {
    const fake = await fakeAws((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'ThrottlingException' });
      res.end(JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }));
    });
    const d = drivers({ AWS_ENDPOINT_URL_GLUE: fake.url }, { maxAttempts: 1 });
    const db = spec('aws_glue_database', 'dataplatform_sales_bronze_dev', { region: 'eu-west-1' });
    const error = await rejection(d.aws_glue_database.read(refOf(db), ctx));
    expect(error.kind).toBe('transient');
    expect(error.details.code).toBe('ThrottlingException');
    expect(error.message).toBe("Glue database 'dataplatform_sales_bronze_dev': read (GetDatabase) failed: Rate exceeded (ThrottlingException, HTTP 400)");
    expect(fake.requests).toHaveLength(1);
  });
});
