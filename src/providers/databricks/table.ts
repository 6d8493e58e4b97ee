// Driver for Unity Catalog managed (Delta) tables. DDL goes through the SQL Statement Execution API on
// the warehouse DATABRICKS_WAREHOUSE_ID and counts only when the statement SUCCEEDED; reads use the
// Unity Catalog tables API. Columns may only be added (and comments changed) in place: dropping,
// renaming, reordering or retyping a column is refused, as it needs a replace. The v1.0 table_type
// (fact, dim…) is kept as the table property `dpn_table_type`; archive sets `dpn_archived`. A table this
// driver creates carries `dpn_created_by=<transaction>` in the CREATE TABLE's TBLPROPERTIES; the ALTERs
// dpn sends set or unset single properties, so they keep it.
import type { ResourceSpec } from '../../blueprint/types.js';
import type { Column } from '../../blueprint/params.js';
import { ProviderError, type Driver, type DriverContext, type LiveResource, type ResourceRef } from '../driver.js';
import {
  ARCHIVED_MARK,
  columnsParam,
  conflict,
  createdByOf,
  invalid,
  isMissing,
  notFound,
  stringParam,
  withCreatedBy,
  withSignal,
  withoutKey,
  type ClientSource,
} from './common.js';
import type { Env } from './client.js';
import { asSpelled } from './unity-catalog.js';
import { kindFor } from './client.js';
import {
  addColumnsStatement,
  canonicalType,
  columnCommentStatement,
  createTableStatement,
  dropTableStatement,
  sameType,
  setPropertiesStatement,
  unsetPropertiesStatement,
} from './sql.js';

export const TABLE_TYPE_PROPERTY = 'dpn_table_type';
/** Longest server-side wait the API allows; the HTTP timeout must outlast it. */
const WAIT_TIMEOUT = '50s';
const STATEMENT_HTTP_TIMEOUT_MS = 90_000;

type TableName = [string, string, string];

interface TableInfo {
  name: string;
  catalog_name: string;
  schema_name: string;
  full_name?: string;
  columns?: Array<{ name: string; type_text?: string; type_name?: string; comment?: string; position?: number }>;
  properties?: Record<string, string>;
}

interface StatementResponse {
  statement_id?: string;
  status?: { state?: string; error?: { error_code?: string; message?: string } };
}

interface DesiredTable {
  name: TableName;
  tableType: string;
  columns: Column[];
}

function desired(spec: { key: string; params: Record<string, unknown> }): DesiredTable {
  const { key, params } = spec;
  const columns = columnsParam(params, key);
  // Validate every type up front so a bad type never reaches the warehouse.
  for (const column of columns) canonicalType(column.type, column.name);
  const seen = new Set<string>();
  for (const column of columns) {
    const lower = column.name.toLowerCase();
    if (seen.has(lower)) throw invalid(`${key}: column ${JSON.stringify(column.name)} appears twice`);
    seen.add(lower);
  }
  return {
    name: [
      stringParam(params, key, 'catalog_name'),
      stringParam(params, key, 'schema_name'),
      stringParam(params, key, 'name'),
    ],
    tableType: stringParam(params, key, 'table_type'),
    columns,
  };
}

function refName(ref: ResourceRef): TableName {
  const p = ref.params;
  if (typeof p.catalog_name === 'string' && typeof p.schema_name === 'string' && typeof p.name === 'string') {
    return [p.catalog_name, p.schema_name, p.name];
  }
  const parts = ref.fullName.split('.');
  if (parts.length !== 3) throw invalid(`${ref.key}: ${ref.fullName} is not a catalog.schema.table name`);
  return parts as TableName;
}

function liveColumns(info: TableInfo): Column[] {
  const cols = [...(info.columns ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return cols.map((c) => ({
    name: c.name,
    type: c.type_text ?? c.type_name?.toLowerCase() ?? '',
    ...(c.comment ? { comment: c.comment } : {}),
  }));
}

/** Columns as the blueprint spells them wherever the live column means the same thing. */
function columnParams(live: Column[], recorded: unknown): Column[] {
  const wanted = Array.isArray(recorded) ? (recorded as Column[]) : [];
  return live.map((col) => {
    const spec = wanted.find((w) => w && typeof w.name === 'string' && w.name.toLowerCase() === col.name.toLowerCase());
    const type = spec && typeof spec.type === 'string' && sameType(spec.type, col.type) ? spec.type : col.type;
    return { name: spec?.name ?? col.name, type, ...(col.comment !== undefined ? { comment: col.comment } : {}) };
  });
}

function toLive(info: TableInfo, ref: { params: Record<string, unknown> }): LiveResource {
  const properties = info.properties ?? {};
  return {
    params: asSpelled(
      {
        name: info.name,
        catalog_name: info.catalog_name,
        schema_name: info.schema_name,
        table_type: properties[TABLE_TYPE_PROPERTY] ?? ref.params.table_type,
        columns: columnParams(liveColumns(info), ref.params.columns),
      },
      ref.params,
    ),
    tags: {},
    archived: properties[ARCHIVED_MARK] === 'true',
    ...(createdByOf(properties) !== undefined ? { createdBy: createdByOf(properties)! } : {}),
  };
}

/** Why `live` cannot become `wanted` in place, or the columns to add. */
function columnChange(live: Column[], wanted: Column[], key: string): { add: Column[]; comments: Column[] } {
  for (const [i, have] of live.entries()) {
    const want = wanted[i];
    if (!want) {
      throw invalid(
        `${key}: column ${JSON.stringify(have.name)} would be dropped; dpn only adds columns in place (dropping needs a replace)`,
        'INCOMPATIBLE_COLUMNS',
      );
    }
    if (want.name.toLowerCase() !== have.name.toLowerCase()) {
      throw invalid(
        `${key}: column ${i + 1} is ${JSON.stringify(have.name)} but the blueprint has ${JSON.stringify(want.name)} there; ` +
          'renaming or reordering columns needs a replace (new columns go at the end)',
        'INCOMPATIBLE_COLUMNS',
      );
    }
    if (!sameType(have.type, want.type)) {
      throw invalid(
        `${key}: column ${JSON.stringify(have.name)} is ${have.type} and the blueprint wants ${want.type}; changing a column type needs a replace`,
        'INCOMPATIBLE_COLUMNS',
      );
    }
  }
  const comments = wanted
    .slice(0, live.length)
    .filter((w, i) => w.comment !== undefined && w.comment !== (live[i]!.comment ?? ''));
  return { add: wanted.slice(live.length), comments };
}

function sameColumns(live: Column[], wanted: Column[]): boolean {
  return (
    live.length === wanted.length &&
    live.every(
      (c, i) =>
        c.name.toLowerCase() === wanted[i]!.name.toLowerCase() &&
        sameType(c.type, wanted[i]!.type) &&
        (wanted[i]!.comment === undefined || wanted[i]!.comment === (c.comment ?? '')),
    )
  );
}

export function createTableDriver(client: ClientSource, env: Env): Driver {
  async function get(name: TableName, ctx: DriverContext): Promise<TableInfo | null> {
    try {
      return await client().get<TableInfo>(
        `/api/2.1/unity-catalog/tables/${encodeURIComponent(name.join('.'))}`,
        withSignal(ctx),
      );
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async function execute(statement: string, key: string, ctx: DriverContext): Promise<void> {
    const warehouseId = env.DATABRICKS_WAREHOUSE_ID?.trim();
    if (!warehouseId) {
      throw invalid(
        `${key}: Unity Catalog tables are created through a SQL warehouse; set DATABRICKS_WAREHOUSE_ID to its id`,
        'NO_WAREHOUSE',
      );
    }
    const response = await client().post<StatementResponse>(
      '/api/2.0/sql/statements',
      { statement, warehouse_id: warehouseId, wait_timeout: WAIT_TIMEOUT, on_wait_timeout: 'CANCEL' },
      withSignal(ctx, { timeoutMs: STATEMENT_HTTP_TIMEOUT_MS }),
    );
    const state = response.status?.state;
    if (state === 'SUCCEEDED') return;
    const shown = statement.length > 300 ? `${statement.slice(0, 300)}…` : statement;
    if (state === 'FAILED') {
      const code = response.status?.error?.error_code;
      const reason = response.status?.error?.message ?? 'no reason given';
      const kind = code && kindFor(200, code) === 'transient' ? 'transient' : 'invalid';
      throw new ProviderError(`${key}: SQL statement failed on warehouse ${warehouseId}: ${reason} [${shown}]`, kind, {
        code: code ?? 'STATEMENT_FAILED',
      });
    }
    if (state === 'CANCELED' || state === 'PENDING' || state === 'RUNNING') {
      // The warehouse did not finish within the wait (often: still starting); running it again is safe.
      throw new ProviderError(`${key}: SQL statement did not finish within ${WAIT_TIMEOUT} on warehouse ${warehouseId} (${state}) [${shown}]`, 'transient', {
        code: 'STATEMENT_TIMEOUT',
      });
    }
    throw new ProviderError(`${key}: SQL statement ended ${state ?? 'without a state'} on warehouse ${warehouseId} [${shown}]`, 'fatal', {
      code: 'STATEMENT_' + (state ?? 'UNKNOWN'),
    });
  }

  return {
    type: 'dbx_table',
    looksBeforeCreate: true,

    async read(ref, ctx) {
      const info = await get(refName(ref), ctx);
      return info ? toLive(info, ref) : null;
    },

    async create(spec: ResourceSpec, ctx) {
      const want = desired(spec);
      let live = await get(want.name, ctx);
      await ctx.beforeCreate?.(live ? toLive(live, spec) : null);
      if (!live) {
        const properties = withCreatedBy({ [TABLE_TYPE_PROPERTY]: want.tableType }, ctx);
        await execute(createTableStatement(want.name, want.columns, properties), spec.key, ctx);
        live = await get(want.name, ctx);
        if (!live) throw notFound(`${spec.key}: table ${want.name.join('.')} was created but cannot be read back`);
      }
      // IF NOT EXISTS succeeds on any existing table: only adopt one that has the wanted columns.
      if (!sameColumns(liveColumns(live), want.columns)) {
        throw conflict(
          `${spec.key}: table ${want.name.join('.')} already exists with other columns ` +
            `(${liveColumns(live).map((c) => `${c.name} ${c.type}`).join(', ')}); make the blueprint match to adopt it`,
        );
      }
      const properties = live.properties ?? {};
      if (properties[TABLE_TYPE_PROPERTY] !== want.tableType) {
        await execute(setPropertiesStatement(want.name, { [TABLE_TYPE_PROPERTY]: want.tableType }), spec.key, ctx);
      }
      if (properties[ARCHIVED_MARK] !== undefined) {
        await execute(unsetPropertiesStatement(want.name, [ARCHIVED_MARK]), spec.key, ctx);
      }
      return toLive({ ...live, properties: { ...withoutKey(properties, ARCHIVED_MARK), [TABLE_TYPE_PROPERTY]: want.tableType } }, spec);
    },

    async update(spec, current, ctx) {
      const want = desired(spec);
      const currentName = refName(current);
      if (currentName.join('.').toLowerCase() !== want.name.join('.').toLowerCase()) {
        throw invalid(`${spec.key}: renaming table ${currentName.join('.')} to ${want.name.join('.')} needs a replace`, 'RENAME');
      }
      const live = await get(want.name, ctx);
      if (!live) throw notFound(`${spec.key}: table ${want.name.join('.')} no longer exists`);
      const change = columnChange(liveColumns(live), want.columns, spec.key);
      const statements: string[] = [];
      if (change.add.length > 0) statements.push(addColumnsStatement(want.name, change.add));
      for (const column of change.comments) statements.push(columnCommentStatement(want.name, column.name, column.comment ?? ''));
      if (live.properties?.[TABLE_TYPE_PROPERTY] !== want.tableType) {
        statements.push(setPropertiesStatement(want.name, { [TABLE_TYPE_PROPERTY]: want.tableType }));
      }
      for (const [i, statement] of statements.entries()) {
        try {
          await execute(statement, spec.key, ctx);
        } catch (error) {
          // After a statement took effect, "invalid" would tell the engine nothing changed: it did.
          if (i === 0 || !(error instanceof ProviderError) || error.kind === 'transient') throw error;
          throw new ProviderError(`${error.message} (after ${i} of ${statements.length} changes were applied)`, 'fatal', error.details);
        }
      }
      const after = await get(want.name, ctx);
      if (!after) throw notFound(`${spec.key}: table ${want.name.join('.')} disappeared during the update`);
      return toLive(after, spec);
    },

    async archive(ref, ctx) {
      const name = refName(ref);
      const live = await get(name, ctx);
      if (!live || live.properties?.[ARCHIVED_MARK] === 'true') return;
      await execute(setPropertiesStatement(name, { [ARCHIVED_MARK]: 'true' }), ref.key, ctx);
    },

    async unarchive(ref, ctx) {
      const name = refName(ref);
      const live = await get(name, ctx);
      if (!live) throw notFound(`${ref.key}: table ${name.join('.')} no longer exists`);
      if (live.properties?.[ARCHIVED_MARK] === undefined) return;
      await execute(unsetPropertiesStatement(name, [ARCHIVED_MARK]), ref.key, ctx);
    },

    async delete(ref, ctx) {
      const name = refName(ref);
      // Gone already (perhaps with its schema): nothing to drop, and DROP would fail on a missing schema.
      if (!(await get(name, ctx))) return;
      await execute(dropTableStatement(name), ref.key, ctx);
    },
  };
}
