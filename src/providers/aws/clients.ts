// The AWS SDK clients the drivers share: one per service and region, built on first
// use. Endpoint overrides follow the SDK's own variables (AWS_ENDPOINT_URL_<SERVICE>
// before AWS_ENDPOINT_URL), read from the environment given rather than only from
// process.env, so the CLI and tests can point dpn at an emulator explicitly.
import { S3Client } from '@aws-sdk/client-s3';
import { GlueClient } from '@aws-sdk/client-glue';
import { fromIni } from '@aws-sdk/credential-provider-ini';

export type Env = Record<string, string | undefined>;

export interface AwsOptions {
  /** Where credentials and endpoint variables come from; default process.env. */
  env?: Env;
  /** Region for a resource whose params name none (a CLI lookup by name); default AWS_REGION, then us-east-1. */
  region?: string;
  /**
   * Attempts per call inside the SDK (default 2). The engine retries transient
   * failures with its own backoff; two layers of long retries would multiply.
   */
  maxAttempts?: number;
  /** Limit on one request (default 30 s), so a hung call becomes a retryable timeout. */
  requestTimeoutMs?: number;
  /** TCP connect timeout (default 5 s). */
  connectionTimeoutMs?: number;
  /** Let `delete` empty a non-empty bucket / drop a Glue database that still holds tables. */
  forceDelete?: boolean;
  /** Clock for archive timestamps; tests pin it. */
  now?: () => Date;
}

/** Per-call override of `AwsOptions.forceDelete`. */
export interface DeleteOptions {
  /** Empty a non-empty bucket (every object version) / drop a Glue database with its tables. */
  force?: boolean;
}

export type AwsService = 'S3' | 'GLUE';

function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** The endpoint override for `service`, or undefined for the real AWS endpoint. */
export function endpointFor(service: AwsService, env: Env): string | undefined {
  if (/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '')) return undefined;
  const specific = env[`AWS_ENDPOINT_URL_${service}`];
  if (isSet(specific)) return specific.trim();
  const global = env.AWS_ENDPOINT_URL;
  return isSet(global) ? global.trim() : undefined;
}

/** `aws`, `aws-cn`, `aws-us-gov`…: the ARN partition a region belongs to. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  return 'aws';
}

/** Per-call options for `client.send`: the engine's cancellation signal, when it gave one. */
export function sendOptions(signal: AbortSignal | undefined): { abortSignal?: AbortSignal } {
  return signal ? { abortSignal: signal } : {};
}

interface CommonConfig {
  region: string;
  maxAttempts: number;
  requestHandler: { requestTimeout: number; connectionTimeout: number; throwOnRequestTimeout: true };
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | ReturnType<typeof fromIni>;
}

export class AwsClients {
  readonly env: Env;
  readonly defaultRegion: string;
  readonly forceDelete: boolean;
  readonly now: () => Date;
  private readonly s3 = new Map<string, S3Client>();
  private readonly glue = new Map<string, GlueClient>();
  /**
   * The account the credentials act in, once a Glue answer named it
   * (CatalogId). A create then builds its ARN without reading the new
   * resource back.
   */
  account: string | undefined;
  private accountLookup: Promise<string | undefined> | undefined;

  /** The account: known, or from `lookup`, which concurrent callers share (one read for many creates). */
  async accountFrom(lookup: () => Promise<string | undefined>): Promise<string | undefined> {
    if (this.account !== undefined) return this.account;
    this.accountLookup ??= lookup().then(
      (account) => {
        if (account) this.account = account;
        return account;
      },
      (error: unknown) => {
        this.accountLookup = undefined;
        throw error;
      },
    );
    return this.accountLookup;
  }

  constructor(private readonly options: AwsOptions = {}) {
    this.env = options.env ?? process.env;
    this.defaultRegion = options.region ?? this.env.AWS_REGION ?? this.env.AWS_DEFAULT_REGION ?? 'us-east-1';
    this.forceDelete = options.forceDelete ?? false;
    this.now = options.now ?? (() => new Date());
  }

  /** The region a resource lives in: its params' `region`, else the default. */
  regionOf(params: Record<string, unknown>): string {
    const region = params.region;
    return typeof region === 'string' && region !== '' ? region : this.defaultRegion;
  }

  private common(region: string): CommonConfig {
    const config: CommonConfig = {
      region,
      maxAttempts: this.options.maxAttempts ?? 2,
      requestHandler: {
        requestTimeout: this.options.requestTimeoutMs ?? 30_000,
        connectionTimeout: this.options.connectionTimeoutMs ?? 5_000,
        // Without this the handler only logs a warning and the call hangs on.
        throwOnRequestTimeout: true,
      },
    };
    // process.env is what the SDK's default chain reads anyway (and it also covers
    // web identity / OIDC, profiles, SSO); an explicit env must win over it.
    if (this.env !== process.env && isSet(this.env.AWS_PROFILE)) {
      // A named profile (`dpn … --aws-profile NAME`): that profile of the shared files and nothing
      // else, as boto3's Session(profile_name) did; static keys elsewhere in the environment do not count.
      config.credentials = fromIni({ profile: this.env.AWS_PROFILE.trim() });
    } else if (this.env !== process.env) {
      const accessKeyId = this.env.AWS_ACCESS_KEY_ID;
      const secretAccessKey = this.env.AWS_SECRET_ACCESS_KEY;
      if (isSet(accessKeyId) && isSet(secretAccessKey)) {
        const sessionToken = this.env.AWS_SESSION_TOKEN;
        config.credentials = isSet(sessionToken)
          ? { accessKeyId, secretAccessKey, sessionToken }
          : { accessKeyId, secretAccessKey };
      }
    }
    return config;
  }

  s3Client(region: string): S3Client {
    let client = this.s3.get(region);
    if (!client) {
      const endpoint = endpointFor('S3', this.env);
      client = new S3Client({
        ...this.common(region),
        // A bucket in another region than asked answers 301; follow it rather than fail.
        followRegionRedirects: true,
        // Emulators and private endpoints do not resolve virtual-host bucket names.
        ...(endpoint === undefined ? {} : { endpoint, forcePathStyle: true }),
      });
      this.s3.set(region, client);
    }
    return client;
  }

  glueClient(region: string): GlueClient {
    let client = this.glue.get(region);
    if (!client) {
      const endpoint = endpointFor('GLUE', this.env);
      client = new GlueClient({
        ...this.common(region),
        ...(endpoint === undefined ? {} : { endpoint }),
      });
      this.glue.set(region, client);
    }
    return client;
  }

  /** Closes every socket the clients hold (tests, and the CLI before exit). */
  destroy(): void {
    for (const client of this.s3.values()) client.destroy();
    for (const client of this.glue.values()) client.destroy();
    this.s3.clear();
    this.glue.clear();
  }
}
