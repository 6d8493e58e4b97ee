// Drivers for Unity Catalog catalogs and schemas (REST 2.1). The name is the id. A duplicate create has
// been answered both 400 and 409 RESOURCE_ALREADY_EXISTS; either way the existing object is adopted when
// its settings match. Archive sets the property `dpn_archived=true`; delete cascades (`force=true`).
// An object this driver creates carries the property `dpn_created_by=<transaction>` from the POST
// itself; a PATCH replaces the properties, so an update sends the live marker back.
import type { ResourceSpec } from '../../blueprint/types.js';
import type { Driver, DriverContext, LiveResource, ResourceRef } from '../driver.js';
import type { ResourceType } from '../../naming/types.js';
import {
  ARCHIVED_MARK,
  conflict,
  createdByOf,
  deepEqual,
  differences,
  invalid,
  isAlreadyExists,
  isMissing,
  keepCreatedBy,
  notFound,
  optionalString,
  refuseMarks,
  stringMapParam,
  stringParam,
  withCreatedBy,
  withSignal,
  withoutKey,
  withoutMarks,
  type ClientSource,
} from './common.js';

const API = '/api/2.1/unity-catalog';

interface SecurableInfo {
  name: string;
  full_name?: string;
  catalog_name?: string;
  comment?: string;
  storage_root?: string;
  properties?: Record<string, string>;
}

/** What dpn sends on create: the settings it manages, in the API's shape. */
type SecurableBody = SecurableInfo & { properties: Record<string, string> };

/** What differs between catalogs and schemas; the rest of the driver is the same. */
interface Securable {
  type: ResourceType;
  noun: string;
  collection: 'catalogs' | 'schemas';
  /** Desired body for POST, from spec params. */
  body(key: string, params: Record<string, unknown>): SecurableBody;
  /** Full name used in the URL, from a create body or a ref. */
  fullName(body: { name: string; catalog_name?: unknown }): string;
  /** Settings compared on adopt and reported by read. */
  view(info: SecurableInfo): Record<string, unknown>;
  /** Fields that cannot change in place. */
  immutable: string[];
}

/** Blueprint properties, refused when they set one of dpn's own keys. */
function markless(properties: Record<string, string>, key: string): Record<string, string> {
  refuseMarks(properties, key, 'properties');
  return properties;
}

function normaliseRoot(root: unknown): unknown {
  return typeof root === 'string' ? root.replace(/\/+$/, '') : root;
}

const catalog: Securable = {
  type: 'dbx_catalog',
  noun: 'catalog',
  collection: 'catalogs',
  body(key, params) {
    const body: SecurableBody = {
      name: stringParam(params, key, 'name'),
      properties: markless(stringMapParam(params, key, 'properties'), key),
    };
    const comment = optionalString(params, key, 'comment');
    const storageRoot = optionalString(params, key, 'storage_root');
    if (comment !== undefined) body.comment = comment;
    if (storageRoot !== undefined) body.storage_root = storageRoot;
    return body;
  },
  fullName: (body) => body.name,
  view(info) {
    const view: Record<string, unknown> = { name: info.name, properties: withoutMarks(info.properties ?? {}) };
    if (info.comment) view.comment = info.comment;
    if (info.storage_root) view.storage_root = info.storage_root;
    return view;
  },
  immutable: ['storage_root'],
};

const schema: Securable = {
  type: 'dbx_schema',
  noun: 'schema',
  collection: 'schemas',
  body(key, params) {
    const body: SecurableBody = {
      name: stringParam(params, key, 'name'),
      catalog_name: stringParam(params, key, 'catalog_name'),
      properties: markless(stringMapParam(params, key, 'properties'), key),
    };
    const comment = optionalString(params, key, 'comment');
    if (comment !== undefined) body.comment = comment;
    return body;
  },
  fullName: (body) => `${String(body.catalog_name)}.${body.name}`,
  view(info) {
    const view: Record<string, unknown> = {
      name: info.name,
      catalog_name: info.catalog_name,
      properties: withoutMarks(info.properties ?? {}),
    };
    if (info.comment) view.comment = info.comment;
    return view;
  },
  immutable: ['catalog_name'],
};

/** Unity Catalog stores names lowercase: report them as the blueprint spells them when they mean the same. */
export function asSpelled(view: Record<string, unknown>, recorded: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!recorded) return view;
  const out = { ...view };
  for (const k of ['name', 'catalog_name', 'schema_name']) {
    const live = out[k];
    const spelled = recorded[k];
    if (typeof live === 'string' && typeof spelled === 'string' && live.toLowerCase() === spelled.toLowerCase()) out[k] = spelled;
  }
  return out;
}

/** Names are stored lowercase; compare as Unity Catalog does. */
function comparable(view: Record<string, unknown>): Record<string, unknown> {
  const out = { ...view };
  for (const k of ['name', 'catalog_name']) if (typeof out[k] === 'string') out[k] = (out[k] as string).toLowerCase();
  if (out.storage_root !== undefined) out.storage_root = normaliseRoot(out.storage_root);
  if (out.comment === '') delete out.comment;
  return out;
}

function createSecurableDriver(kind: Securable, client: ClientSource): Driver {
  const path = (fullName: string) => `${API}/${kind.collection}/${encodeURIComponent(fullName)}`;

  function refFullName(ref: ResourceRef): string {
    if (typeof ref.params.name === 'string' && (kind.type === 'dbx_catalog' || typeof ref.params.catalog_name === 'string')) {
      return kind.fullName(ref.params as { name: string; catalog_name?: unknown });
    }
    return ref.fullName;
  }

  async function get(fullName: string, ctx: DriverContext): Promise<SecurableInfo | null> {
    try {
      return await client().get<SecurableInfo>(path(fullName), withSignal(ctx));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  function toLive(info: SecurableInfo, ref?: { params: Record<string, unknown> }): LiveResource {
    const live: LiveResource = { params: asSpelled(kind.view(info), ref?.params), tags: {}, archived: info.properties?.[ARCHIVED_MARK] === 'true' };
    const createdBy = createdByOf(info.properties);
    if (createdBy !== undefined) live.createdBy = createdBy;
    return live;
  }

  async function setArchived(fullName: string, info: SecurableInfo, archived: boolean, ctx: DriverContext) {
    const current = info.properties ?? {};
    const properties = archived ? { ...current, [ARCHIVED_MARK]: 'true' } : withoutKey(current, ARCHIVED_MARK);
    await client().patch(path(fullName), { properties }, withSignal(ctx));
  }

  return {
    type: kind.type,

    async read(ref, ctx) {
      const info = await get(refFullName(ref), ctx);
      return info ? toLive(info, ref) : null;
    },

    async create(spec: ResourceSpec, ctx) {
      const body = kind.body(spec.key, spec.params);
      const fullName = kind.fullName(body);
      try {
        const marked = { ...body, properties: withCreatedBy(body.properties, ctx) };
        return toLive(await client().post<SecurableInfo>(`${API}/${kind.collection}`, marked, withSignal(ctx)), spec);
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
      }
      const live = await get(fullName, ctx);
      if (!live) {
        throw conflict(`${spec.key}: ${kind.noun} ${fullName} is reported as existing but cannot be read; check its permissions`);
      }
      const wanted = comparable(kind.view(body));
      const have = comparable(kind.view(live));
      if (!deepEqual(have, wanted)) {
        throw conflict(
          `${spec.key}: ${kind.noun} ${fullName} already exists with other settings (${differences(have, wanted).join(', ')}); ` +
            'make the blueprint match to adopt it, or choose another name',
        );
      }
      if (live.properties?.[ARCHIVED_MARK] === 'true') {
        await setArchived(fullName, live, false, ctx);
        return toLive({ ...live, properties: withoutKey(live.properties, ARCHIVED_MARK) }, spec);
      }
      return toLive(live, spec);
    },

    async update(spec, current, ctx) {
      const body = kind.body(spec.key, spec.params);
      const currentName = refFullName(current);
      const live = await get(currentName, ctx);
      if (!live) throw notFound(`${spec.key}: ${kind.noun} ${currentName} no longer exists`);
      const have = comparable(kind.view(live));
      const wanted = comparable(kind.view(body));
      for (const field of kind.immutable) {
        if (wanted[field] !== undefined && !deepEqual(have[field], wanted[field])) {
          throw invalid(
            `${spec.key}: ${kind.noun} ${currentName} cannot change ${field} in place (${String(have[field])} → ${String(wanted[field])}); it needs a replace`,
            'IMMUTABLE_FIELD',
          );
        }
      }
      const patch: { comment: string; properties: Record<string, string>; new_name?: string } = {
        comment: body.comment ?? '',
        properties: keepCreatedBy(body.properties, live.properties),
      };
      // Unity Catalog renames in place.
      if (body.name.toLowerCase() !== live.name.toLowerCase()) patch.new_name = body.name;
      const updated = await client().patch<Partial<SecurableInfo>>(path(currentName), patch, withSignal(ctx));
      return toLive(updated.name ? (updated as SecurableInfo) : { ...live, ...body, properties: patch.properties }, spec);
    },

    async archive(ref, ctx) {
      const fullName = refFullName(ref);
      const live = await get(fullName, ctx);
      if (!live || live.properties?.[ARCHIVED_MARK] === 'true') return;
      await setArchived(fullName, live, true, ctx);
    },

    async unarchive(ref, ctx) {
      const fullName = refFullName(ref);
      const live = await get(fullName, ctx);
      if (!live) throw notFound(`${ref.key}: ${kind.noun} ${fullName} no longer exists`);
      if (live.properties?.[ARCHIVED_MARK] === undefined) return;
      await setArchived(fullName, live, false, ctx);
    },

    async delete(ref, ctx) {
      try {
        await client().delete(path(refFullName(ref)), withSignal(ctx, { query: { force: true } }));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

export function createCatalogDriver(client: ClientSource): Driver {
  return createSecurableDriver(catalog, client);
}

export function createSchemaDriver(client: ClientSource): Driver {
  return createSecurableDriver(schema, client);
}
