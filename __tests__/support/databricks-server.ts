// A local Databricks workspace for tests: an HTTP server that follows the documented REST endpoints,
// status codes and `{"error_code","message"}` bodies dpn uses (../shared/RULES.md), backed by
// inspectable in-memory state. Any test (drivers, engine crash tests, action e2e) can point
// DATABRICKS_HOST at it.
//
// Usage:
//   const dbx = await startDatabricksServer({ pageSize: 2 });
//   spawn('dpn', [...], { env: { ...process.env, ...dbx.env } });   // PAT auth + warehouse id
//   // or dbx.m2mEnv (OAuth M2M), dbx.oidcEnv (GitHub OIDC federation through dbx's own ID-token endpoint)
//   dbx.state.clusters.get(id)?.state                               // 'RUNNING' | 'TERMINATED'
//   dbx.faults.inject(/clusters\/create/, [{ status: 429, headers: { 'retry-after': '1' } }]);
//   dbx.faults.inject('/api/2.2/jobs/create', [{ status: 503, afterEffect: true }]);   // created, answer lost
//   dbx.faults.chaos({ rate: 0.3, responses: [{ status: 503 }, { status: 429, headers: { 'retry-after': '0' } }] });
//   dbx.requests.filter((r) => r.path === '/oidc/v1/token').length
//   dbx.inventory()    // [{ type: 'dbx_cluster', fullName, physicalId, archived }, …] to compare with dpn state
//   await dbx.stop();
//
// Endpoints served (everything else answers 404 ENDPOINT_NOT_FOUND):
//   POST /oidc/v1/token                      client_credentials (HTTP Basic or form client_id/secret) and
//                                            token-exchange (subject_token from GET /_actions/idtoken or
//                                            options.acceptedSubjectTokens); answers {access_token, token_type, expires_in}
//   GET  /_actions/idtoken?audience=         stand-in for GitHub's ACTIONS_ID_TOKEN_REQUEST_URL ({value: jwt})
//   /api/2.1/clusters/{create,get,list,edit,start,delete,permanent-delete}
//   /api/2.2/jobs/{create,get,list,reset,update,delete}   (2.1 paths answer the same)
//   /api/2.1/unity-catalog/{catalogs,schemas}[/{name}]   POST, GET, PATCH (comment, properties, new_name),
//                                            DELETE (?force=true cascades)
//   GET|DELETE /api/2.1/unity-catalog/tables/{full_name}
//   POST /api/2.0/sql/statements             runs the CREATE TABLE / ALTER TABLE / DROP TABLE statements
//                                            dpn emits against the UC state; SUCCEEDED or FAILED (HTTP 200)
// Behaviour worth knowing: a missing cluster is 400 INVALID_PARAMETER_VALUE (as Databricks does); missing
// jobs and UC objects are 404 RESOURCE_DOES_NOT_EXIST; a duplicate catalog/schema is RESOURCE_ALREADY_EXISTS
// with options.duplicateStatus (409 default, 400 also seen in the wild); a bad or missing bearer token is 401
// (403 PERMISSION_DENIED when options.denyPaths matches); lists page by options.pageSize (default 2).
// Tags and properties are kept as sent and returned as Databricks returns them: cluster `custom_tags`
// (cloud tag characters; the default tag keys Vendor, Creator, ClusterName, ClusterId and Name refused)
// beside the platform's `default_tags`; job `settings.tags`; catalog and schema `properties` (a PATCH with
// `properties` replaces them); table TBLPROPERTIES merged by SET, removed by UNSET, reported with the
// Delta protocol properties a new managed table gets; reserved keys (owner, location, provider, external)
// and unknown `delta.` keys fail the statement as Databricks does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DatabricksServerOptions {
  /** Personal access token the server accepts. Default `dapi-local-test-token`. */
  token?: string;
  /** Service principal credentials for OAuth M2M. */
  clientId?: string;
  clientSecret?: string;
  /** Bearer token for the GitHub ID-token endpoint stand-in. */
  actionsRequestToken?: string;
  /** Extra subject tokens accepted by the token exchange (besides those /_actions/idtoken issued). */
  acceptedSubjectTokens?: string[];
  /** Lifetime of issued OAuth tokens. Default 3600 s. */
  tokenTtlSeconds?: number;
  /** HTTP status for a duplicate catalog or schema create: 409 (default) or 400. */
  duplicateStatus?: 400 | 409;
  /** Most items per list page, whatever the client asks. Default 2, so tests exercise paging. */
  pageSize?: number;
  /** Warehouse id the statements endpoint accepts. Default `wh-local-1`. */
  warehouseId?: string;
  /** Requests whose path matches answer 403 PERMISSION_DENIED. */
  denyPaths?: RegExp[];
}

export interface ClusterRecord {
  cluster_id: string;
  cluster_name: string;
  spark_version: string;
  node_type_id: string;
  state: 'PENDING' | 'RUNNING' | 'RESTARTING' | 'TERMINATING' | 'TERMINATED';
  [field: string]: unknown;
}

export interface JobRecord {
  job_id: number;
  created_time: number;
  creator_user_name: string;
  settings: Record<string, unknown> & { name?: string };
}

export interface CatalogRecord {
  name: string;
  full_name: string;
  comment?: string;
  storage_root?: string;
  properties: Record<string, string>;
  catalog_type: string;
  owner: string;
  created_at: number;
}

export interface SchemaRecord {
  name: string;
  catalog_name: string;
  full_name: string;
  comment?: string;
  properties: Record<string, string>;
  owner: string;
  created_at: number;
}

export interface ColumnRecord {
  name: string;
  type_text: string;
  type_name: string;
  position: number;
  nullable: boolean;
  comment?: string;
}

export interface TableRecord {
  name: string;
  catalog_name: string;
  schema_name: string;
  full_name: string;
  table_type: 'MANAGED';
  data_source_format: 'DELTA';
  columns: ColumnRecord[];
  properties: Record<string, string>;
  comment?: string;
  owner: string;
  created_at: number;
}

export interface StatementRecord {
  statement_id: string;
  statement: string;
  warehouse_id: string;
  status: { state: 'SUCCEEDED' | 'FAILED'; error?: { error_code: string; message: string } };
}

export interface DatabricksState {
  clusters: Map<string, ClusterRecord>;
  /** Keyed by job_id. */
  jobs: Map<number, JobRecord>;
  catalogs: Map<string, CatalogRecord>;
  /** Keyed by full name `catalog.schema` (lowercase). */
  schemas: Map<string, SchemaRecord>;
  /** Keyed by full name `catalog.schema.table` (lowercase). */
  tables: Map<string, TableRecord>;
  statements: StatementRecord[];
  /** OAuth access tokens issued by /oidc/v1/token, with how they were obtained. */
  issuedTokens: Map<string, { grant: 'client_credentials' | 'token-exchange'; expiresAt: number }>;
}

export interface FaultResponse {
  status: number;
  /** An object is sent as JSON; a string as is. Default: an error body matching the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to trip client timeouts). */
  delayMs?: number;
  /** Carry out the request for real, then answer with this fault (a lost response). */
  afterEffect?: boolean;
}

export interface ChaosOptions {
  /** Share of matching requests that get a fault, 0..1. */
  rate: number;
  /** Answers to pick from, uniformly. */
  responses: FaultResponse[];
  /** Paths that may fail. Default: every /api/ path (not the OAuth token endpoint). */
  paths?: RegExp;
  /** Methods that may fail. Default: all. */
  methods?: string[];
  /** Seed for the deterministic pseudo-random choice. Default 1. */
  seed?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON or form body; undefined when empty. */
  body: unknown;
  rawBody: string;
  /** Status the server answered with. */
  status: number;
  /** True when the answer came from an injected fault. */
  injected: boolean;
}

export interface InventoryItem {
  type: 'dbx_cluster' | 'dbx_job' | 'dbx_catalog' | 'dbx_schema' | 'dbx_table';
  fullName: string;
  physicalId?: string;
  /** Terminated cluster, paused job, or `dpn_archived` property/tag. */
  archived: boolean;
}

export interface DatabricksServer {
  /** Base URL, e.g. `http://127.0.0.1:39123` (what DATABRICKS_HOST should be). */
  url: string;
  /** The accepted personal access token. */
  token: string;
  clientId: string;
  clientSecret: string;
  actionsRequestToken: string;
  warehouseId: string;
  /** DATABRICKS_HOST, DATABRICKS_TOKEN, DATABRICKS_WAREHOUSE_ID. */
  env: Record<string, string>;
  /** DATABRICKS_HOST, DATABRICKS_CLIENT_ID, DATABRICKS_CLIENT_SECRET, DATABRICKS_WAREHOUSE_ID. */
  m2mEnv: Record<string, string>;
  /** DATABRICKS_HOST, DATABRICKS_CLIENT_ID, ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, DATABRICKS_WAREHOUSE_ID. */
  oidcEnv: Record<string, string>;
  state: DatabricksState;
  faults: {
    /**
     * The next `responses.length` requests whose path (without query) matches `path` — and `method`, when
     * given — get these answers instead of the real ones, in order. Faults stack in injection order.
     */
    inject(path: RegExp | string, responses: FaultResponse[], options?: { method?: string }): void;
    /**
     * From now on, a seeded pseudo-random share of requests gets one of `responses` (after any injected
     * answers). `null` switches it off. For "a share of calls fail and the run still converges" tests.
     */
    chaos(options: ChaosOptions | null): void;
    /** How many injected answers are still unused. */
    pending(): number;
    /** Drops injected answers and chaos. */
    clear(): void;
  };
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /**
   * Every object the workspace holds, as dpn would key it (type, full name, physical id where the name
   * is not the id), sorted: for "nothing is left that is neither in the state nor rolled back" checks.
   */
  inventory(): InventoryItem[];
  /** Forgets all resources, faults, requests and issued tokens. */
  reset(): void;
  stop(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

const ERROR_CODE_FOR_STATUS: Record<number, string> = {
  400: 'INVALID_PARAMETER_VALUE',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'RESOURCE_DOES_NOT_EXIST',
  409: 'RESOURCE_ALREADY_EXISTS',
  429: 'REQUEST_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  503: 'TEMPORARILY_UNAVAILABLE',
};

const MAX_CLUSTER_TAGS = 45;
const MAX_JOB_TAGS = 25;
/** Cluster tags become cloud VM tags: letters, digits, spaces and + - = . _ : / @ (AWS tag rules). */
const CLUSTER_TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,127}$/u;
/** Tags Databricks puts on every cluster itself (`default_tags`); a custom tag may not reuse them. */
const DEFAULT_TAG_KEYS = new Set(['Vendor', 'Creator', 'ClusterName', 'ClusterId', 'Name']);
/** What Delta reports for a new managed table beside the TBLPROPERTIES it was given. */
const DELTA_TABLE_DEFAULTS: Record<string, string> = {
  'delta.enableDeletionVectors': 'true',
  'delta.feature.deletionVectors': 'supported',
  'delta.minReaderVersion': '3',
  'delta.minWriterVersion': '7',
};
const KNOWN_DELTA_KEYS = new Set([...Object.keys(DELTA_TABLE_DEFAULTS), 'delta.appendOnly', 'delta.enableChangeDataFeed', 'delta.logRetentionDuration', 'delta.deletedFileRetentionDuration', 'delta.columnMapping.mode']);
const RESERVED_TABLE_PROPERTIES = new Set(['owner', 'location', 'provider', 'external']);

function bad(message: string): ApiError {
  return new ApiError(400, 'INVALID_PARAMETER_VALUE', message);
}

function notFound(message: string): ApiError {
  return new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', message);
}

function str(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw bad(`Missing required field: ${field}`);
  return value;
}

function stringMap(value: unknown, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw bad(`${field} must be an object`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw bad(`${field}.${k} must be a string`);
    out[k] = v;
  }
  return out;
}

/** A small seeded PRNG, so chaos runs are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function page<T>(items: T[], pageToken: string | undefined, requested: number | undefined, cap: number) {
  const size = Math.max(1, Math.min(requested && requested > 0 ? requested : cap, cap));
  let start = 0;
  if (pageToken) {
    start = Number(Buffer.from(pageToken, 'base64url').toString('utf8').replace(/^offset:/, ''));
    if (!Number.isInteger(start) || start < 0) throw bad('Invalid page_token');
  }
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(`offset:${start + size}`).toString('base64url') : undefined;
  return { slice, next };
}

// ---------- SQL: only the statements the dpn table driver emits ----------

type Token = { kind: 'ident' | 'word' | 'string' | 'punct'; value: string };

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '`') {
      let value = '';
      i++;
      for (;;) {
        if (i >= sql.length) throw new SqlError('PARSE_SYNTAX_ERROR', 'unterminated identifier');
        if (sql[i] === '`') {
          if (sql[i + 1] === '`') {
            value += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += sql[i];
        i++;
      }
      tokens.push({ kind: 'ident', value });
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= sql.length) throw new SqlError('PARSE_SYNTAX_ERROR', 'unterminated string literal');
        const d = sql[i]!;
        if (d === '\\') {
          const e = sql[i + 1] ?? '';
          value += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e;
          i += 2;
          continue;
        }
        if (d === "'") {
          i++;
          break;
        }
        value += d;
        i++;
      }
      tokens.push({ kind: 'string', value });
    } else if (/[A-Za-z0-9_]/.test(c)) {
      const m = /^[A-Za-z0-9_]+/.exec(sql.slice(i))!;
      tokens.push({ kind: 'word', value: m[0] });
      i += m[0].length;
    } else if ('().,=<>:;'.includes(c)) {
      tokens.push({ kind: 'punct', value: c });
      i++;
    } else {
      throw new SqlError('PARSE_SYNTAX_ERROR', `Syntax error at or near '${c}'`);
    }
  }
  return tokens;
}

class SqlError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

const PRIMITIVE_TYPES = new Set([
  'STRING', 'VARCHAR', 'CHAR', 'INT', 'INTEGER', 'BIGINT', 'LONG', 'SMALLINT', 'SHORT', 'TINYINT', 'BYTE',
  'DOUBLE', 'FLOAT', 'REAL', 'DECIMAL', 'DEC', 'NUMERIC', 'BOOLEAN', 'DATE', 'TIMESTAMP', 'TIMESTAMP_NTZ',
  'BINARY', 'VARIANT', 'INTERVAL', 'ARRAY', 'MAP', 'STRUCT',
]);

class SqlParser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }
  atEnd(): boolean {
    const t = this.peek();
    return t === undefined || (t.kind === 'punct' && t.value === ';' && this.pos === this.tokens.length - 1);
  }
  isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'word' && t.value.toUpperCase() === word;
  }
  word(word: string): void {
    if (!this.isWord(word)) throw this.syntax();
    this.pos++;
  }
  optionalWords(...words: string[]): boolean {
    if (words.every((w, i) => this.isWord(w, i))) {
      this.pos += words.length;
      return true;
    }
    return false;
  }
  punct(p: string): void {
    const t = this.peek();
    if (t?.kind !== 'punct' || t.value !== p) throw this.syntax();
    this.pos++;
  }
  isPunct(p: string): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.value === p;
  }
  syntax(): SqlError {
    const t = this.peek();
    return new SqlError('PARSE_SYNTAX_ERROR', `[PARSE_SYNTAX_ERROR] Syntax error at or near ${t ? `'${t.value}'` : 'end of input'}.`);
  }
  identifier(): string {
    const t = this.peek();
    if (t?.kind === 'ident' || t?.kind === 'word') {
      this.pos++;
      return t.value;
    }
    throw this.syntax();
  }
  qualifiedName(): string[] {
    const parts = [this.identifier()];
    while (this.isPunct('.')) {
      this.pos++;
      parts.push(this.identifier());
    }
    return parts;
  }
  string(): string {
    const t = this.peek();
    if (t?.kind !== 'string') throw this.syntax();
    this.pos++;
    return t.value;
  }
  /** A data type up to the next top-level `,` `)` or keyword; returned as Databricks prints type_text. */
  dataType(): { text: string; name: string } {
    const first = this.peek();
    if (first?.kind !== 'word') throw this.syntax();
    const name = first.value.toUpperCase();
    if (!PRIMITIVE_TYPES.has(name)) {
      throw new SqlError('UNSUPPORTED_DATATYPE', `[UNSUPPORTED_DATATYPE] Unsupported data type "${first.value}".`);
    }
    let text = '';
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t === undefined) break;
      if (t.kind === 'punct') {
        if ((t.value === ',' || t.value === ')') && depth === 0) break;
        if (t.value === '<' || t.value === '(') depth++;
        if (t.value === '>' || t.value === ')') depth--;
        if (t.value === ';') break;
        text += t.value;
      } else if (t.kind === 'word') {
        if (depth === 0 && text !== '' && /^(COMMENT|NOT)$/i.test(t.value)) break;
        text += text !== '' && /[A-Za-z0-9_]$/.test(text) ? ` ${t.value}` : t.value;
      } else if (t.kind === 'ident') {
        text += t.value;
      } else {
        throw this.syntax();
      }
      this.pos++;
    }
    return { text: text.toLowerCase(), name: name === 'INTEGER' ? 'INT' : name === 'LONG' ? 'BIGINT' : name };
  }
  columns(): Array<{ name: string; type: { text: string; name: string }; comment?: string; nullable: boolean }> {
    this.punct('(');
    const cols: Array<{ name: string; type: { text: string; name: string }; comment?: string; nullable: boolean }> = [];
    for (;;) {
      const name = this.identifier();
      const type = this.dataType();
      let nullable = true;
      if (this.optionalWords('NOT', 'NULL')) nullable = false;
      const col: (typeof cols)[number] = { name, type, nullable };
      if (this.isWord('COMMENT')) {
        this.pos++;
        col.comment = this.string();
      }
      cols.push(col);
      if (this.isPunct(',')) {
        this.pos++;
        continue;
      }
      this.punct(')');
      return cols;
    }
  }
  properties(): Record<string, string> {
    this.punct('(');
    const props: Record<string, string> = {};
    for (;;) {
      const key = this.string();
      this.punct('=');
      props[key] = this.string();
      if (this.isPunct(',')) {
        this.pos++;
        continue;
      }
      this.punct(')');
      return props;
    }
  }
  propertyKeys(): string[] {
    this.punct('(');
    const keys: string[] = [];
    for (;;) {
      keys.push(this.string());
      if (this.isPunct(',')) {
        this.pos++;
        continue;
      }
      this.punct(')');
      return keys;
    }
  }
  end(): void {
    if (this.isPunct(';')) this.pos++;
    if (this.peek() !== undefined) throw this.syntax();
  }
}

// ---------- the server ----------

export async function startDatabricksServer(options: DatabricksServerOptions = {}): Promise<DatabricksServer> {
  const token = options.token ?? 'dapi-local-test-token';
  const clientId = options.clientId ?? 'dpn-sp-client-id';
  const clientSecret = options.clientSecret ?? 'dpn-sp-client-secret';
  const actionsRequestToken = options.actionsRequestToken ?? 'gh-actions-request-token';
  const warehouseId = options.warehouseId ?? 'wh-local-1';
  const ttl = options.tokenTtlSeconds ?? 3600;
  const pageSize = options.pageSize ?? 2;
  const duplicateStatus = options.duplicateStatus ?? 409;

  const state: DatabricksState = {
    clusters: new Map(),
    jobs: new Map(),
    catalogs: new Map(),
    schemas: new Map(),
    tables: new Map(),
    statements: [],
    issuedTokens: new Map(),
  };
  const subjectTokens = new Set(options.acceptedSubjectTokens ?? []);
  let faults: Array<{ path: RegExp | string; method?: string; responses: FaultResponse[] }> = [];
  let chaos: (ChaosOptions & { random: () => number }) | undefined;
  const requests: RecordedRequest[] = [];
  let counter = 0;
  let nextJobId = 1001;

  const next = () => ++counter;
  const now = () => Date.now();

  function duplicate(message: string): ApiError {
    return new ApiError(duplicateStatus, 'RESOURCE_ALREADY_EXISTS', message);
  }

  // ----- clusters -----
  function cluster(id: unknown): ClusterRecord {
    const found = typeof id === 'string' ? state.clusters.get(id) : undefined;
    if (!found) throw bad(`Cluster ${String(id)} does not exist`);
    return found;
  }
  function checkClusterSpec(body: Record<string, unknown>): void {
    str(body.cluster_name, 'cluster_name');
    str(body.spark_version, 'spark_version');
    str(body.node_type_id, 'node_type_id');
    const tags = stringMap(body.custom_tags, 'custom_tags');
    if (Object.keys(tags).length > MAX_CLUSTER_TAGS) {
      throw bad(`Cluster can have at most ${MAX_CLUSTER_TAGS} custom tags, got ${Object.keys(tags).length}`);
    }
    for (const [key, value] of Object.entries(tags)) {
      if (!CLUSTER_TAG_KEY.test(key)) throw bad(`Custom tag key '${key}' is invalid: up to 127 letters, digits, spaces and + - = . _ : / @`);
      if (DEFAULT_TAG_KEYS.has(key)) throw bad(`Custom tag key '${key}' is reserved for a default tag`);
      if ([...value].length > 255) throw bad(`Custom tag '${key}' has a value longer than 255 characters`);
    }
    const autoscale = body.autoscale as { min_workers?: unknown; max_workers?: unknown } | undefined;
    if (autoscale !== undefined) {
      const { min_workers: min, max_workers: max } = autoscale;
      if (typeof min !== 'number' || typeof max !== 'number' || min < 0 || max < min) {
        throw bad('autoscale.min_workers and max_workers must be numbers with 0 <= min <= max');
      }
    }
  }
  /** What Databricks adds to every cluster it reports. */
  function platformFields(id: string, name: string): Record<string, unknown> {
    return {
      cluster_id: id,
      cluster_source: 'API',
      creator_user_name: 'dpn-test',
      default_tags: { Vendor: 'Databricks', Creator: 'dpn-test', ClusterName: name, ClusterId: id },
    };
  }
  /** A validated create/edit body as the cluster Databricks then reports. */
  function clusterRecord(body: Record<string, unknown>, id: string, clusterState: ClusterRecord['state']): ClusterRecord {
    return {
      ...body,
      ...platformFields(id, String(body.cluster_name)),
      cluster_id: id,
      cluster_name: String(body.cluster_name),
      spark_version: String(body.spark_version),
      node_type_id: String(body.node_type_id),
      state: clusterState,
    };
  }

  // ----- jobs -----
  function job(id: unknown): JobRecord {
    const n = typeof id === 'string' ? Number(id) : id;
    const found = typeof n === 'number' ? state.jobs.get(n) : undefined;
    if (!found) throw notFound(`Job ${String(id)} does not exist.`);
    return found;
  }
  function checkJobSettings(settings: Record<string, unknown>): void {
    const tags = stringMap(settings.tags, 'tags');
    if (Object.keys(tags).length > MAX_JOB_TAGS) {
      throw bad(`A job can have at most ${MAX_JOB_TAGS} tags, got ${Object.keys(tags).length}`);
    }
    if (typeof settings.name === 'string' && Buffer.byteLength(settings.name) > 4096) {
      throw bad('Job name must be at most 4096 bytes');
    }
    const schedule = settings.schedule as Record<string, unknown> | undefined;
    if (schedule !== undefined) {
      str(schedule.quartz_cron_expression, 'schedule.quartz_cron_expression');
      str(schedule.timezone_id, 'schedule.timezone_id');
      if (schedule.pause_status !== undefined && !['PAUSED', 'UNPAUSED'].includes(String(schedule.pause_status))) {
        throw bad('schedule.pause_status must be PAUSED or UNPAUSED');
      }
    }
    const tasks = settings.tasks;
    if (tasks !== undefined) {
      if (!Array.isArray(tasks)) throw bad('tasks must be an array');
      for (const task of tasks as Array<Record<string, unknown>>) {
        str(task.task_key, 'tasks.task_key');
        const cid = task.existing_cluster_id;
        if (typeof cid === 'string' && !state.clusters.has(cid)) throw bad(`Cluster ${cid} does not exist`);
      }
    }
  }
  /** Fills in the defaults Databricks reports back for settings that did not set them. */
  function withDefaults(settings: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = { max_concurrent_runs: 1, timeout_seconds: 0, email_notifications: {}, ...settings };
    const schedule = settings.schedule as Record<string, unknown> | undefined;
    if (schedule && schedule.pause_status === undefined) out.schedule = { ...schedule, pause_status: 'UNPAUSED' };
    if (Array.isArray(settings.tasks)) {
      out.tasks = (settings.tasks as Array<Record<string, unknown>>).map((task) => {
        const filled: Record<string, unknown> = { run_if: 'ALL_SUCCESS', timeout_seconds: 0, email_notifications: {}, ...task };
        const notebook = task.notebook_task as Record<string, unknown> | undefined;
        if (notebook && notebook.source === undefined) filled.notebook_task = { ...notebook, source: 'WORKSPACE' };
        return filled;
      });
    }
    return out;
  }

  // ----- unity catalog -----
  function catalog(name: string): CatalogRecord {
    const found = state.catalogs.get(name.toLowerCase());
    if (!found) throw notFound(`Catalog '${name}' does not exist.`);
    return found;
  }
  function schema(fullName: string): SchemaRecord {
    const found = state.schemas.get(fullName.toLowerCase());
    if (!found) throw notFound(`Schema '${fullName}' does not exist.`);
    return found;
  }
  function ucName(value: unknown, what: string): string {
    const name = str(value, 'name');
    if (name.length > 255 || /[.\s/\x00-\x1f\x7f]/.test(name)) {
      throw bad(`Invalid ${what} name '${name}': no '.', space, '/', control characters; at most 255 characters`);
    }
    return name.toLowerCase();
  }

  function checkTableProperties(props: Record<string, string>): void {
    for (const key of Object.keys(props)) {
      if (RESERVED_TABLE_PROPERTIES.has(key.toLowerCase())) {
        throw new SqlError('UNSUPPORTED_FEATURE.SET_TABLE_PROPERTY', `[UNSUPPORTED_FEATURE.SET_TABLE_PROPERTY] The feature is not supported: ${key} is a reserved table property.`);
      }
      if (key.startsWith('delta.') && !KNOWN_DELTA_KEYS.has(key)) {
        throw new SqlError('DELTA_UNKNOWN_CONFIGURATION', `[DELTA_UNKNOWN_CONFIGURATION] Unknown configuration was specified: ${key}`);
      }
    }
  }

  function runStatement(sql: string): void {
    const parser = new SqlParser(tokenize(sql));
    const tableOf = (parts: string[]) => {
      if (parts.length !== 3) {
        throw new SqlError('REQUIRES_SINGLE_PART_NAMESPACE', `[TABLE_OR_VIEW_NOT_FOUND] Use a three-part name, got ${parts.join('.')}.`);
      }
      return parts.map((p) => p.toLowerCase()) as [string, string, string];
    };
    if (parser.isWord('CREATE')) {
      parser.word('CREATE');
      parser.word('TABLE');
      const ifNotExists = parser.optionalWords('IF', 'NOT', 'EXISTS');
      const [c, s, t] = tableOf(parser.qualifiedName());
      const cols = parser.columns();
      let comment: string | undefined;
      let props: Record<string, string> = {};
      while (!parser.atEnd()) {
        if (parser.optionalWords('USING')) {
          const format = parser.identifier();
          if (format.toUpperCase() !== 'DELTA') {
            throw new SqlError('UNSUPPORTED_FORMAT', `[UNSUPPORTED_FORMAT] Managed tables here are DELTA, got ${format}.`);
          }
        } else if (parser.optionalWords('COMMENT')) {
          comment = parser.string();
        } else if (parser.optionalWords('TBLPROPERTIES')) {
          props = parser.properties();
        } else {
          throw parser.syntax();
        }
      }
      parser.end();
      checkTableProperties(props);
      if (!state.schemas.has(`${c}.${s}`)) {
        throw new SqlError('SCHEMA_NOT_FOUND', `[SCHEMA_NOT_FOUND] The schema \`${c}\`.\`${s}\` cannot be found.`);
      }
      const full = `${c}.${s}.${t}`;
      if (state.tables.has(full)) {
        if (ifNotExists) return;
        throw new SqlError('TABLE_OR_VIEW_ALREADY_EXISTS', `[TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create table \`${c}\`.\`${s}\`.\`${t}\` because it already exists.`);
      }
      const seen = new Set<string>();
      for (const col of cols) {
        if (seen.has(col.name.toLowerCase())) {
          throw new SqlError('COLUMN_ALREADY_EXISTS', `[COLUMN_ALREADY_EXISTS] The column \`${col.name}\` already exists.`);
        }
        seen.add(col.name.toLowerCase());
      }
      const record: TableRecord = {
        name: t,
        catalog_name: c,
        schema_name: s,
        full_name: full,
        table_type: 'MANAGED',
        data_source_format: 'DELTA',
        columns: cols.map((col, position) => ({
          name: col.name,
          type_text: col.type.text,
          type_name: col.type.name,
          position,
          nullable: col.nullable,
          ...(col.comment !== undefined ? { comment: col.comment } : {}),
        })),
        properties: { ...DELTA_TABLE_DEFAULTS, ...props },
        owner: 'dpn-test',
        created_at: now(),
      };
      if (comment !== undefined) record.comment = comment;
      state.tables.set(full, record);
      return;
    }
    if (parser.isWord('ALTER')) {
      parser.word('ALTER');
      parser.word('TABLE');
      const [c, s, t] = tableOf(parser.qualifiedName());
      const table = state.tables.get(`${c}.${s}.${t}`);
      if (!table) {
        throw new SqlError('TABLE_OR_VIEW_NOT_FOUND', `[TABLE_OR_VIEW_NOT_FOUND] The table or view \`${c}\`.\`${s}\`.\`${t}\` cannot be found.`);
      }
      if (parser.optionalWords('ADD', 'COLUMNS') || parser.optionalWords('ADD', 'COLUMN')) {
        const cols = parser.columns();
        parser.end();
        for (const col of cols) {
          if (table.columns.some((x) => x.name.toLowerCase() === col.name.toLowerCase())) {
            throw new SqlError('FIELDS_ALREADY_EXISTS', `[FIELDS_ALREADY_EXISTS] Cannot add column, because \`${col.name}\` already exists.`);
          }
        }
        for (const col of cols) {
          table.columns.push({
            name: col.name,
            type_text: col.type.text,
            type_name: col.type.name,
            position: table.columns.length,
            nullable: col.nullable,
            ...(col.comment !== undefined ? { comment: col.comment } : {}),
          });
        }
        return;
      }
      if (parser.optionalWords('ALTER', 'COLUMN')) {
        const name = parser.identifier();
        parser.word('COMMENT');
        const comment = parser.string();
        parser.end();
        const col = table.columns.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!col) {
          throw new SqlError('UNRESOLVED_COLUMN', `[UNRESOLVED_COLUMN] A column with name \`${name}\` cannot be resolved.`);
        }
        col.comment = comment;
        return;
      }
      if (parser.optionalWords('SET', 'TBLPROPERTIES')) {
        const props = parser.properties();
        parser.end();
        checkTableProperties(props);
        table.properties = { ...table.properties, ...props };
        return;
      }
      if (parser.optionalWords('UNSET', 'TBLPROPERTIES')) {
        parser.optionalWords('IF', 'EXISTS');
        const keys = parser.propertyKeys();
        parser.end();
        for (const key of keys) delete table.properties[key];
        return;
      }
      throw parser.syntax();
    }
    if (parser.isWord('DROP')) {
      parser.word('DROP');
      parser.word('TABLE');
      const ifExists = parser.optionalWords('IF', 'EXISTS');
      const [c, s, t] = tableOf(parser.qualifiedName());
      parser.end();
      const full = `${c}.${s}.${t}`;
      if (!state.tables.delete(full) && !ifExists) {
        throw new SqlError('TABLE_OR_VIEW_NOT_FOUND', `[TABLE_OR_VIEW_NOT_FOUND] The table or view \`${c}\`.\`${s}\`.\`${t}\` cannot be found.`);
      }
      return;
    }
    throw parser.syntax();
  }

  // ----- auth -----
  function authenticate(req: IncomingMessage): void {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer (.+)$/.exec(header);
    if (!m) throw new ApiError(401, 'UNAUTHENTICATED', 'Missing Authorization header with a Bearer token.');
    const presented = m[1]!;
    if (presented === token) return;
    const issued = state.issuedTokens.get(presented);
    if (issued && issued.expiresAt > now()) return;
    throw new ApiError(401, 'UNAUTHENTICATED', 'Invalid access token.');
  }

  function fakeJwt(claims: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}.${Buffer.from(`sig-${next()}`).toString('base64url')}`;
  }

  function issueToken(grant: 'client_credentials' | 'token-exchange') {
    const accessToken = `dbx-oauth-${grant === 'client_credentials' ? 'm2m' : 'fed'}-${next()}-${Math.random().toString(36).slice(2)}`;
    state.issuedTokens.set(accessToken, { grant, expiresAt: now() + ttl * 1000 });
    return { access_token: accessToken, token_type: 'Bearer', expires_in: ttl, scope: 'all-apis' };
  }

  function tokenEndpoint(req: IncomingMessage, form: Record<string, string>) {
    const grant = form.grant_type;
    if (grant === 'client_credentials') {
      let id = form.client_id;
      let secret = form.client_secret;
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
      if (basic) {
        const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
        const at = decoded.indexOf(':');
        id = decodeURIComponent(decoded.slice(0, at));
        secret = decodeURIComponent(decoded.slice(at + 1));
      }
      if (id !== clientId || secret !== clientSecret) {
        throw new OAuthError(401, 'invalid_client', 'Client authentication failed');
      }
      if (form.scope !== 'all-apis') throw new OAuthError(400, 'invalid_scope', 'scope must be all-apis');
      return issueToken('client_credentials');
    }
    if (grant === 'urn:ietf:params:oauth:grant-type:token-exchange') {
      if (form.subject_token_type !== 'urn:ietf:params:oauth:token-type:jwt') {
        throw new OAuthError(400, 'invalid_request', 'subject_token_type must be urn:ietf:params:oauth:token-type:jwt');
      }
      if (!form.subject_token || !subjectTokens.has(form.subject_token)) {
        throw new OAuthError(401, 'invalid_grant', 'The subject token does not match any federation policy');
      }
      if (form.client_id !== undefined && form.client_id !== clientId) {
        throw new OAuthError(401, 'invalid_client', 'Unknown service principal');
      }
      return issueToken('token-exchange');
    }
    throw new OAuthError(400, 'unsupported_grant_type', `grant_type ${String(grant)} is not supported`);
  }

  class OAuthError extends Error {
    constructor(
      readonly status: number,
      readonly code: string,
      readonly description: string,
    ) {
      super(description);
    }
  }

  // ----- routing -----
  type Handler = (ctx: {
    req: IncomingMessage;
    body: Record<string, unknown>;
    query: Record<string, string>;
    params: string[];
  }) => unknown;
  const routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];
  const route = (method: string, pattern: RegExp, handler: Handler) => routes.push({ method, pattern, handler });

  route('POST', /^\/api\/2\.[01]\/clusters\/create$/, ({ body }) => {
    checkClusterSpec(body);
    const id = `1122-${String(330000 + next()).padStart(6, '0')}-${Math.random().toString(36).slice(2, 10).padEnd(8, 'x')}`;
    state.clusters.set(id, clusterRecord({ enable_elastic_disk: true, ...body }, id, 'RUNNING'));
    return { cluster_id: id };
  });
  route('GET', /^\/api\/2\.[01]\/clusters\/get$/, ({ query }) => cluster(query.cluster_id));
  route('GET', /^\/api\/2\.[01]\/clusters\/list$/, ({ query }) => {
    const all = [...state.clusters.values()];
    const { slice, next: nextToken } = page(all, query.page_token, Number(query.page_size) || undefined, pageSize);
    return { clusters: slice, ...(nextToken ? { next_page_token: nextToken } : {}) };
  });
  route('POST', /^\/api\/2\.[01]\/clusters\/edit$/, ({ body }) => {
    const current = cluster(body.cluster_id);
    if (!['RUNNING', 'TERMINATED'].includes(current.state)) {
      throw new ApiError(400, 'INVALID_STATE', `Cluster ${current.cluster_id} is in unexpected state ${current.state}.`);
    }
    checkClusterSpec(body);
    // Edit replaces the whole spec: what the request leaves out is gone (hence dpn carries fields over).
    state.clusters.set(current.cluster_id, { ...clusterRecord(body, current.cluster_id, current.state), creator_user_name: current.creator_user_name });
    return {};
  });
  route('POST', /^\/api\/2\.[01]\/clusters\/start$/, ({ body }) => {
    const current = cluster(body.cluster_id);
    if (current.state !== 'TERMINATED') {
      throw new ApiError(400, 'INVALID_STATE', `Cluster ${current.cluster_id} is in unexpected state ${current.state}.`);
    }
    current.state = 'RUNNING';
    return {};
  });
  route('POST', /^\/api\/2\.[01]\/clusters\/delete$/, ({ body }) => {
    cluster(body.cluster_id).state = 'TERMINATED';
    return {};
  });
  route('POST', /^\/api\/2\.[01]\/clusters\/permanent-delete$/, ({ body }) => {
    state.clusters.delete(cluster(body.cluster_id).cluster_id);
    return {};
  });

  route('POST', /^\/api\/2\.[12]\/jobs\/create$/, ({ body }) => {
    checkJobSettings(body);
    const jobId = nextJobId++;
    state.jobs.set(jobId, {
      job_id: jobId,
      created_time: now(),
      creator_user_name: 'dpn-test',
      settings: withDefaults(structuredClone(body)),
    });
    return { job_id: jobId };
  });
  route('GET', /^\/api\/2\.[12]\/jobs\/get$/, ({ query }) => job(query.job_id));
  route('GET', /^\/api\/2\.[12]\/jobs\/list$/, ({ query }) => {
    let all = [...state.jobs.values()];
    if (query.name !== undefined) {
      all = all.filter((j) => (j.settings.name ?? '').toLowerCase() === query.name!.toLowerCase());
    }
    const limit = Number(query.limit) || undefined;
    if (limit !== undefined && (limit < 1 || limit > 100)) throw bad('limit must be between 1 and 100');
    const { slice, next: nextToken } = page(all, query.page_token, limit, pageSize);
    const expand = query.expand_tasks === 'true';
    return {
      jobs: slice.map((j) => {
        const settings = { ...j.settings };
        if (!expand) delete settings.tasks;
        return { ...j, settings };
      }),
      has_more: nextToken !== undefined,
      ...(nextToken ? { next_page_token: nextToken } : {}),
    };
  });
  route('POST', /^\/api\/2\.[12]\/jobs\/reset$/, ({ body }) => {
    const current = job(body.job_id);
    const settings = body.new_settings as Record<string, unknown> | undefined;
    if (!settings || typeof settings !== 'object') throw bad('Missing required field: new_settings');
    checkJobSettings(settings);
    current.settings = withDefaults(structuredClone(settings));
    return {};
  });
  route('POST', /^\/api\/2\.[12]\/jobs\/update$/, ({ body }) => {
    const current = job(body.job_id);
    const merged: Record<string, unknown> = { ...current.settings, ...((body.new_settings as object) ?? {}) };
    for (const field of (body.fields_to_remove as string[] | undefined) ?? []) delete merged[field];
    checkJobSettings(merged);
    current.settings = withDefaults(structuredClone(merged));
    return {};
  });
  route('POST', /^\/api\/2\.[12]\/jobs\/delete$/, ({ body }) => {
    state.jobs.delete(job(body.job_id).job_id);
    return {};
  });

  route('POST', /^\/api\/2\.1\/unity-catalog\/catalogs$/, ({ body }) => {
    const name = ucName(body.name, 'catalog');
    if (state.catalogs.has(name)) throw duplicate(`Catalog '${name}' already exists.`);
    const record: CatalogRecord = {
      name,
      full_name: name,
      properties: stringMap(body.properties, 'properties'),
      catalog_type: 'MANAGED_CATALOG',
      owner: 'dpn-test',
      created_at: now(),
    };
    if (typeof body.comment === 'string') record.comment = body.comment;
    if (typeof body.storage_root === 'string') record.storage_root = body.storage_root;
    state.catalogs.set(name, record);
    return record;
  });
  route('GET', /^\/api\/2\.1\/unity-catalog\/catalogs\/([^/]+)$/, ({ params }) => catalog(params[0]!));
  route('PATCH', /^\/api\/2\.1\/unity-catalog\/catalogs\/([^/]+)$/, ({ params, body }) => {
    const record = catalog(params[0]!);
    if (typeof body.comment === 'string') record.comment = body.comment;
    if (body.properties !== undefined) record.properties = stringMap(body.properties, 'properties');
    if (typeof body.new_name === 'string' && body.new_name.toLowerCase() !== record.name) {
      const newName = ucName(body.new_name, 'catalog');
      if (state.catalogs.has(newName)) throw duplicate(`Catalog '${newName}' already exists.`);
      state.catalogs.delete(record.name);
      for (const s of state.schemas.values()) if (s.catalog_name === record.name) {
        state.schemas.delete(s.full_name);
        s.catalog_name = newName;
        s.full_name = `${newName}.${s.name}`;
        state.schemas.set(s.full_name, s);
      }
      for (const t of [...state.tables.values()]) if (t.catalog_name === record.name) {
        state.tables.delete(t.full_name);
        t.catalog_name = newName;
        t.full_name = `${newName}.${t.schema_name}.${t.name}`;
        state.tables.set(t.full_name, t);
      }
      record.name = newName;
      record.full_name = newName;
      state.catalogs.set(newName, record);
    }
    return record;
  });
  route('DELETE', /^\/api\/2\.1\/unity-catalog\/catalogs\/([^/]+)$/, ({ params, query }) => {
    const record = catalog(params[0]!);
    const children = [...state.schemas.values()].filter((s) => s.catalog_name === record.name);
    if (children.length > 0 && query.force !== 'true') {
      throw bad(`Catalog '${record.name}' is not empty. The catalog has ${children.length} schemas(s).`);
    }
    for (const s of children) {
      for (const [k, t] of state.tables) if (t.catalog_name === record.name && t.schema_name === s.name) state.tables.delete(k);
      state.schemas.delete(s.full_name);
    }
    state.catalogs.delete(record.name);
    return {};
  });
  route('POST', /^\/api\/2\.1\/unity-catalog\/schemas$/, ({ body }) => {
    const name = ucName(body.name, 'schema');
    const catalogName = catalog(str(body.catalog_name, 'catalog_name')).name;
    const full = `${catalogName}.${name}`;
    if (state.schemas.has(full)) throw duplicate(`Schema '${full}' already exists.`);
    const record: SchemaRecord = {
      name,
      catalog_name: catalogName,
      full_name: full,
      properties: stringMap(body.properties, 'properties'),
      owner: 'dpn-test',
      created_at: now(),
    };
    if (typeof body.comment === 'string') record.comment = body.comment;
    state.schemas.set(full, record);
    return record;
  });
  route('GET', /^\/api\/2\.1\/unity-catalog\/schemas\/([^/]+)$/, ({ params }) => schema(params[0]!));
  route('PATCH', /^\/api\/2\.1\/unity-catalog\/schemas\/([^/]+)$/, ({ params, body }) => {
    const record = schema(params[0]!);
    if (typeof body.comment === 'string') record.comment = body.comment;
    if (body.properties !== undefined) record.properties = stringMap(body.properties, 'properties');
    if (typeof body.new_name === 'string' && body.new_name.toLowerCase() !== record.name) {
      const newName = ucName(body.new_name, 'schema');
      const full = `${record.catalog_name}.${newName}`;
      if (state.schemas.has(full)) throw duplicate(`Schema '${full}' already exists.`);
      state.schemas.delete(record.full_name);
      for (const t of [...state.tables.values()]) if (t.catalog_name === record.catalog_name && t.schema_name === record.name) {
        state.tables.delete(t.full_name);
        t.schema_name = newName;
        t.full_name = `${record.catalog_name}.${newName}.${t.name}`;
        state.tables.set(t.full_name, t);
      }
      record.name = newName;
      record.full_name = full;
      state.schemas.set(full, record);
    }
    return record;
  });
  route('DELETE', /^\/api\/2\.1\/unity-catalog\/schemas\/([^/]+)$/, ({ params, query }) => {
    const record = schema(params[0]!);
    const tables = [...state.tables.entries()].filter(
      ([, t]) => t.catalog_name === record.catalog_name && t.schema_name === record.name,
    );
    if (tables.length > 0 && query.force !== 'true') throw bad(`Schema '${record.full_name}' is not empty.`);
    for (const [k] of tables) state.tables.delete(k);
    state.schemas.delete(record.full_name);
    return {};
  });
  route('GET', /^\/api\/2\.1\/unity-catalog\/tables\/([^/]+)$/, ({ params }) => {
    const found = state.tables.get(params[0]!.toLowerCase());
    if (!found) throw notFound(`Table '${params[0]}' does not exist.`);
    return found;
  });
  route('DELETE', /^\/api\/2\.1\/unity-catalog\/tables\/([^/]+)$/, ({ params }) => {
    if (!state.tables.delete(params[0]!.toLowerCase())) throw notFound(`Table '${params[0]}' does not exist.`);
    return {};
  });

  route('POST', /^\/api\/2\.0\/sql\/statements\/?$/, ({ body }) => {
    const statement = str(body.statement, 'statement');
    const wid = str(body.warehouse_id, 'warehouse_id');
    if (wid !== warehouseId) throw notFound(`SQL warehouse ${wid} does not exist.`);
    if (body.wait_timeout !== undefined && !/^(0|([5-9]|[1-4][0-9]|50)s)$/.test(String(body.wait_timeout))) {
      throw bad('wait_timeout must be 0s or between 5s and 50s');
    }
    const record: StatementRecord = {
      statement_id: `01ef-${String(next()).padStart(6, '0')}`,
      statement,
      warehouse_id: wid,
      status: { state: 'SUCCEEDED' },
    };
    try {
      runStatement(statement);
    } catch (error) {
      if (!(error instanceof SqlError)) throw error;
      record.status = { state: 'FAILED', error: { error_code: error.errorCode, message: error.message } };
    }
    state.statements.push(record);
    return {
      statement_id: record.statement_id,
      status: record.status,
      ...(record.status.state === 'SUCCEEDED'
        ? { manifest: { format: 'JSON_ARRAY', schema: { column_count: 0 }, total_row_count: 0 } }
        : {}),
    };
  });

  // ----- HTTP plumbing -----
  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
      ...headers,
    });
    res.end(text);
  }

  const server = createServer((req, res) => {
    // A test server must never take its test down: anything unexpected becomes a 500 or a dropped socket.
    serve(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) res.destroy();
      else send(res, 500, { error_code: 'INTERNAL_ERROR', message: String(error) });
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const query = Object.fromEntries(url.searchParams.entries());
    let rawBody: string;
    try {
      rawBody = await readBody(req);
    } catch {
      // The client went away mid-request (a test killed it): nothing to answer.
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown;
    let status = 500;
    let injected = false;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const record = () =>
      requests.push({ method: req.method ?? 'GET', path, query, headers, body, rawBody, status, injected });
    try {
      if (rawBody !== '') {
        body = contentType.includes('application/x-www-form-urlencoded')
          ? Object.fromEntries(new URLSearchParams(rawBody).entries())
          : JSON.parse(rawBody);
      }
    } catch {
      status = 400;
      record();
      send(res, 400, { error_code: 'MALFORMED_REQUEST', message: 'Request body is not valid JSON' });
      return;
    }

    const fault = takeFault(req.method ?? 'GET', path);
    if (fault) {
      injected = true;
      // The real effect happens, only its answer is lost: what a dropped connection does to a write.
      if (fault.afterEffect) {
        try {
          handle(req, path, query, body);
        } catch {
          // the fault's answer stands either way
        }
      }
      status = fault.status;
      record();
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      const faultBody = fault.body ?? {
        error_code: ERROR_CODE_FOR_STATUS[fault.status] ?? 'UNKNOWN',
        message: `Injected ${fault.status}`,
      };
      if (!res.destroyed) send(res, fault.status, faultBody, fault.headers);
      return;
    }

    try {
      const result = handle(req, path, query, body);
      status = 200;
      record();
      send(res, 200, result ?? {});
    } catch (error) {
      if (error instanceof ApiError) {
        status = error.status;
        record();
        send(res, error.status, { error_code: error.errorCode, message: error.message });
      } else if (error instanceof OAuthError) {
        status = error.status;
        record();
        send(res, error.status, { error: error.code, error_description: error.description });
      } else {
        status = 500;
        record();
        send(res, 500, { error_code: 'INTERNAL_ERROR', message: String(error) });
      }
    }
  }

  function handle(req: IncomingMessage, path: string, query: Record<string, string>, body: unknown): unknown {
    if (path === '/oidc/v1/token' && req.method === 'POST') {
      return tokenEndpoint(req, (body ?? {}) as Record<string, string>);
    }
    if (path === '/_actions/idtoken' && req.method === 'GET') {
      if (req.headers.authorization !== `Bearer ${actionsRequestToken}`) {
        throw new ApiError(401, 'UNAUTHENTICATED', 'Bad ACTIONS_ID_TOKEN_REQUEST_TOKEN');
      }
      const value = fakeJwt({
        iss: 'https://token.actions.githubusercontent.com',
        aud: query.audience ?? 'https://github.com/local',
        sub: 'repo:local/dpn:ref:refs/heads/main',
      });
      subjectTokens.add(value);
      return { value };
    }
    authenticate(req);
    if (options.denyPaths?.some((p) => p.test(path))) {
      throw new ApiError(403, 'PERMISSION_DENIED', `User does not have permission to call ${path}.`);
    }
    if (!routes.some((r) => r.pattern.test(path))) {
      throw new ApiError(404, 'ENDPOINT_NOT_FOUND', `No API found for '${req.method} ${path}'`);
    }
    const route = routes.find((r) => r.method === req.method && r.pattern.test(path));
    if (!route) throw new ApiError(405, 'BAD_REQUEST', `Method ${req.method} is not allowed on ${path}`);
    return route.handler({
      req,
      body: (body ?? {}) as Record<string, unknown>,
      query,
      params: route.pattern.exec(path)!.slice(1),
    });
  }

  /** The next injected answer for this request, else a chaos answer, else none. */
  function takeFault(method: string, path: string): FaultResponse | undefined {
    const index = faults.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? path === f.path : f.path.test(path)),
    );
    if (index >= 0) {
      const fault = faults[index]!;
      const answer = fault.responses.shift()!;
      if (fault.responses.length === 0) faults.splice(index, 1);
      return answer;
    }
    if (!chaos || chaos.responses.length === 0) return undefined;
    if (!(chaos.paths ?? /^\/api\//).test(path)) return undefined;
    if (chaos.methods && !chaos.methods.map((m) => m.toUpperCase()).includes(method)) return undefined;
    if (chaos.random() >= chaos.rate) return undefined;
    return chaos.responses[Math.floor(chaos.random() * chaos.responses.length)];
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    token,
    clientId,
    clientSecret,
    actionsRequestToken,
    warehouseId,
    env: { DATABRICKS_HOST: url, DATABRICKS_TOKEN: token, DATABRICKS_WAREHOUSE_ID: warehouseId },
    m2mEnv: {
      DATABRICKS_HOST: url,
      DATABRICKS_CLIENT_ID: clientId,
      DATABRICKS_CLIENT_SECRET: clientSecret,
      DATABRICKS_WAREHOUSE_ID: warehouseId,
    },
    oidcEnv: {
      DATABRICKS_HOST: url,
      DATABRICKS_CLIENT_ID: clientId,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/_actions/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: actionsRequestToken,
      DATABRICKS_WAREHOUSE_ID: warehouseId,
    },
    state,
    faults: {
      inject(path, responses, opts = {}) {
        if (responses.length === 0) return;
        faults.push({ path, responses: [...responses], ...(opts.method ? { method: opts.method } : {}) });
      },
      chaos(opts) {
        chaos = opts ? { ...opts, random: mulberry32(opts.seed ?? 1) } : undefined;
      },
      pending: () => faults.reduce((n, f) => n + f.responses.length, 0),
      clear() {
        faults = [];
        chaos = undefined;
      },
    },
    requests,
    inventory() {
      const items: InventoryItem[] = [
        ...[...state.clusters.values()].map((c) => ({
          type: 'dbx_cluster' as const,
          fullName: c.cluster_name,
          physicalId: c.cluster_id,
          archived: c.state === 'TERMINATED' || c.state === 'TERMINATING',
        })),
        ...[...state.jobs.values()].map((j) => {
          const tags = (j.settings.tags ?? {}) as Record<string, string>;
          const schedule = j.settings.schedule as { pause_status?: string } | undefined;
          return {
            type: 'dbx_job' as const,
            fullName: j.settings.name ?? '',
            physicalId: String(j.job_id),
            archived: tags.dpn_archived === 'true' || schedule?.pause_status === 'PAUSED',
          };
        }),
        ...[...state.catalogs.values()].map((c) => ({ type: 'dbx_catalog' as const, fullName: c.full_name, archived: c.properties.dpn_archived === 'true' })),
        ...[...state.schemas.values()].map((c) => ({ type: 'dbx_schema' as const, fullName: c.full_name, archived: c.properties.dpn_archived === 'true' })),
        ...[...state.tables.values()].map((t) => ({ type: 'dbx_table' as const, fullName: t.full_name, archived: t.properties.dpn_archived === 'true' })),
      ];
      return items.sort((a, b) => `${a.type} ${a.fullName} ${a.physicalId ?? ''}`.localeCompare(`${b.type} ${b.fullName} ${b.physicalId ?? ''}`));
    },
    reset() {
      state.clusters.clear();
      state.jobs.clear();
      state.catalogs.clear();
      state.schemas.clear();
      state.tables.clear();
      state.statements.length = 0;
      state.issuedTokens.clear();
      faults = [];
      chaos = undefined;
      requests.length = 0;
    },
    stop() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
