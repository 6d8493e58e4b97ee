// Checks the untyped ResourceSpec.params of each AWS type against its contract
// (src/blueprint/params.ts) before any call, and compares desired with live params.
import type { Column, GlueDatabaseParams, GlueTableParams, S3BucketParams } from '../../blueprint/params.js';
import { checkName } from '../../naming/rules.js';
import type { ResourceType } from '../../naming/types.js';
import { ProviderError } from '../driver.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

class ParamReader {
  readonly problems: string[] = [];
  constructor(private readonly params: Record<string, unknown>) {}

  region(): string {
    const value = this.params.region;
    if (typeof value !== 'string' || !REGION.test(value)) {
      this.problems.push(`region must be an AWS region like eu-west-1 (got ${JSON.stringify(value)})`);
      return '';
    }
    return value;
  }

  string(field: string): string {
    const value = this.params[field];
    if (typeof value !== 'string' || value === '') {
      this.problems.push(`${field} must be a non-empty string (got ${JSON.stringify(value)})`);
      return '';
    }
    return value;
  }

  optionalString(field: string): string | undefined {
    const value = this.params[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.problems.push(`${field} must be a string (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return value === '' ? undefined : value;
  }

  boolean(field: string): boolean {
    const value = this.params[field];
    if (typeof value !== 'boolean') this.problems.push(`${field} must be true or false (got ${JSON.stringify(value)})`);
    return value === true;
  }

  days(field: string): number {
    const value = this.params[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 36_500) {
      this.problems.push(`${field} must be a whole number of days from 0 to 36500 (got ${JSON.stringify(value)})`);
      return 0;
    }
    return value;
  }

  columns(field: string, required: boolean): Column[] {
    const value = this.params[field] ?? (required ? undefined : []);
    if (!Array.isArray(value)) {
      this.problems.push(`${field} must be a list of {name, type} (got ${JSON.stringify(value)})`);
      return [];
    }
    const out: Column[] = [];
    value.forEach((item: unknown, i) => {
      const c = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (typeof c.name !== 'string' || c.name === '' || typeof c.type !== 'string' || c.type === '') {
        this.problems.push(`${field}[${i}] must have a non-empty name and type`);
        return;
      }
      const column: Column = { name: c.name, type: c.type };
      if (typeof c.comment === 'string' && c.comment !== '') column.comment = c.comment;
      out.push(column);
    });
    const seen = new Set<string>();
    for (const c of out) {
      if (seen.has(c.name.toLowerCase())) this.problems.push(`${field} names column '${c.name}' twice`);
      seen.add(c.name.toLowerCase());
    }
    return out;
  }

  done<T>(subject: string, value: T): T {
    if (this.problems.length > 0) {
      throw new ProviderError(`${subject}: invalid parameters: ${this.problems.join('; ')}`, 'invalid', {
        code: 'InvalidParameters',
      });
    }
    return value;
  }
}

export function parseS3BucketParams(params: Record<string, unknown>, subject: string): S3BucketParams {
  const r = new ParamReader(params);
  return r.done(subject, { region: r.region(), versioning: r.boolean('versioning'), lifecycleDays: r.days('lifecycleDays') });
}

export function parseGlueDatabaseParams(params: Record<string, unknown>, subject: string): GlueDatabaseParams {
  const r = new ParamReader(params);
  const out: GlueDatabaseParams = { region: r.region() };
  const description = r.optionalString('description');
  if (description !== undefined) out.description = description;
  return r.done(subject, out);
}

export function parseGlueTableParams(params: Record<string, unknown>, subject: string): GlueTableParams {
  const r = new ParamReader(params);
  const out: GlueTableParams = {
    region: r.region(),
    databaseName: r.string('databaseName'),
    tableType: r.string('tableType'),
    columns: r.columns('columns', true),
    partitionKeys: r.columns('partitionKeys', false),
  };
  const description = r.optionalString('description');
  if (description !== undefined) out.description = description;
  const clash = out.partitionKeys.find((p) => out.columns.some((c) => c.name.toLowerCase() === p.name.toLowerCase()));
  if (clash) r.problems.push(`partition key '${clash.name}' is also a column; Glue wants each name once`);
  return r.done(subject, out);
}

/**
 * The platform's naming rules, checked again right before a create: the emulator
 * accepts anything, and a name can reach a driver without passing through naming
 * (a CLI call, a hand-edited state).
 */
export function checkNewName(type: ResourceType, name: string, subject: string): void {
  const violations = checkName(type, name);
  if (violations.length > 0) {
    throw new ProviderError(`${subject}: invalid name: ${violations.map((v) => v.message).join('; ')}`, 'invalid', {
      code: violations[0]?.code ?? 'InvalidName',
    });
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Deep equality of plain JSON values, ignoring key order and undefined fields. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Fields whose desired and live values differ, as `field: live → desired` lines. */
export function differences(desired: object, live: object): string[] {
  const d = desired as Record<string, unknown>;
  const l = live as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(d), ...Object.keys(l)])].sort();
  return fields
    .filter((f) => canonical(d[f]) !== canonical(l[f]))
    .map((f) => `${f}: ${canonical(l[f]) ?? 'unset'} → ${canonical(d[f]) ?? 'unset'}`);
}
