// Expansion of a blueprint's Azure and Google Cloud sections into
// ResourceSpecs: names from the naming engine, references (account_ref,
// dataset_ref) resolved like database_ref, full names that carry the parent
// in whose scope a name is unique. dpn names these resources and does not
// provision them (src/plan keeps them out of what the engine runs). Pure.
import type { NameResult, ResourceType } from '../naming/types.js';
import { error, type Diagnostic, type DocumentPath, type SourceLocation } from '../source/index.js';
import { DEFAULTS, TABLE_DEFAULTS, type AzureDoc, type BlueprintDoc, type ColumnDoc, type GcpDoc } from './document.js';
import type { EntryList } from './expand.js';
import type { ResourceSpec } from './types.js';

/** What the blueprint's Expander lends this module: its lists, naming, adding a spec, locating a path. */
export interface CloudExpander {
  metadata: BlueprintDoc['metadata'];
  list(type: ResourceType, path: DocumentPath): EntryList;
  name(list: EntryList, entry: object, index: number, defaults?: Readonly<Record<string, string>>): NameResult | undefined;
  add(list: EntryList, logical: string, named: NameResult, entry: object, index: number, fullName: string | undefined, dependsOn: string[] | undefined, params: object): ResourceSpec;
  at(path: DocumentPath): SourceLocation;
  report(diagnostic: Diagnostic): void;
}

/** A parent a reference can point at; null when it exists but got no valid name (its children are skipped, not reported twice). */
type Parent = { key: string; name: string; inScope: boolean } | null;

export function expandClouds(resources: BlueprintDoc['resources'], expander: CloudExpander): void {
  if (resources.azure !== undefined) azure(resources.azure, expander);
  if (resources.gcp !== undefined) gcp(resources.gcp, expander);
}

/** Names and adds each entry of a list whose identity is `logical(entry)`; returns the parents by that identity. */
function each<T extends object>(
  expander: CloudExpander,
  type: ResourceType,
  entries: readonly T[] | undefined,
  path: DocumentPath,
  logical: (entry: T) => string,
  params: (entry: T, named: NameResult) => object,
  /** Parents are named even out of scope, so their children's references resolve (as Glue databases are). */
  parent = false,
): Map<string, Parent> {
  const byIdentity = new Map<string, Parent>();
  const list = expander.list(type, path);
  if (!parent && !list.inScope) return byIdentity;
  (entries ?? []).forEach((entry, i) => {
    const identity = logical(entry);
    const named = expander.name(list, entry, i);
    if (!named) {
      if (!byIdentity.has(identity)) byIdentity.set(identity, null);
      return;
    }
    const spec = expander.add(list, identity, named, entry, i, undefined, undefined, params(entry, named));
    if (!byIdentity.has(identity)) byIdentity.set(identity, { key: spec.key, name: spec.name, inScope: list.inScope });
  });
  return byIdentity;
}

function choices(parents: Map<string, Parent>): string {
  if (parents.size === 0) return '; the blueprint defines none';
  const names = [...parents.keys()];
  return `; it has ${names.slice(0, 10).map((n) => `'${n}'`).join(', ')}${names.length > 10 ? ', …' : ''}`;
}

/** Names and adds children of parents found by reference; a reference that matches nothing is an error at the reference. */
function children<T extends object>(
  expander: CloudExpander,
  type: ResourceType,
  entries: readonly T[] | undefined,
  path: DocumentPath,
  reference: { field: keyof T & string; code: string; what: string; hint: string; parents: Map<string, Parent> },
  build: (entry: T, parent: NonNullable<Parent>, named: NameResult) => { logical: string; fullName: string; params: object },
): void {
  const list = expander.list(type, path);
  if (!list.inScope) return;
  (entries ?? []).forEach((entry, i) => {
    const ref = String(entry[reference.field]);
    const parent = reference.parents.get(ref);
    if (parent === undefined) {
      expander.report(error(reference.code, `${reference.field} '${ref}' matches no ${reference.what} of this blueprint (${reference.hint}${choices(reference.parents)})`, expander.at([...path, i, reference.field])));
      return;
    }
    const named = expander.name(list, entry, i, type === 'gcp_bigquery_table' ? TABLE_DEFAULTS : undefined);
    if (!named || parent === null) return;
    const spec = build(entry, parent, named);
    expander.add(list, spec.logical, named, entry, i, spec.fullName, parent.inScope ? [parent.key] : [], spec.params);
  });
}

function azure(doc: AzureDoc, expander: CloudExpander): void {
  const path = ['resources', 'azure'];
  const location = expander.metadata.azure_location ?? '';
  const placed = () => ({ location });
  const byPurpose = (entry: { purpose: string }) => entry.purpose;
  each(expander, 'azure_resource_group', doc.resource_groups, [...path, 'resource_groups'], byPurpose, placed);
  const accounts = each(expander, 'azure_storage_account', doc.storage_accounts, [...path, 'storage_accounts'], (a) => `${a.purpose}-${a.layer}`, placed, true);
  children(
    expander,
    'azure_storage_container',
    doc.storage_containers,
    [...path, 'storage_containers'],
    { field: 'account_ref', code: 'REF_ACCOUNT_NOT_FOUND', what: 'Azure storage account', hint: 'an account is referred to as "{purpose}-{layer}"', parents: accounts },
    (entry, account, named) => ({
      logical: `${entry.account_ref}/${entry.domain}-${entry.layer}`,
      // A container name is unique within its account: the account is part of the full name.
      fullName: `${account.name}/${named.name as string}`,
      params: { location, storageAccount: account.name },
    }),
  );
  each(expander, 'azure_databricks_workspace', doc.databricks_workspaces, [...path, 'databricks_workspaces'], byPurpose, placed);
  each(expander, 'azure_data_factory', doc.data_factories, [...path, 'data_factories'], byPurpose, placed);
  each(expander, 'azure_synapse_workspace', doc.synapse_workspaces, [...path, 'synapse_workspaces'], byPurpose, placed);
  each(expander, 'azure_key_vault', doc.key_vaults, [...path, 'key_vaults'], byPurpose, placed);
  each(expander, 'azure_eventhub_namespace', doc.eventhub_namespaces, [...path, 'eventhub_namespaces'], byPurpose, placed);
}

function columns(list: ColumnDoc[] | undefined): ColumnDoc[] {
  return (list ?? []).map((c) => (c.comment !== undefined ? { name: c.name, type: c.type, comment: c.comment } : { name: c.name, type: c.type }));
}

function gcp(doc: GcpDoc, expander: CloudExpander): void {
  const path = ['resources', 'gcp'];
  const region = expander.metadata.gcp_region ?? '';
  const placed = () => ({ region });
  each(expander, 'gcp_storage_bucket', doc.buckets, [...path, 'buckets'], (b) => `${b.purpose}-${b.layer}`, placed);
  const datasets = each(expander, 'gcp_bigquery_dataset', doc.bigquery_datasets, [...path, 'bigquery_datasets'], (d) => `${d.domain}-${d.layer}`, placed, true);
  children(
    expander,
    'gcp_bigquery_table',
    doc.bigquery_tables,
    [...path, 'bigquery_tables'],
    { field: 'dataset_ref', code: 'REF_DATASET_NOT_FOUND', what: 'BigQuery dataset', hint: 'a dataset is referred to as "{domain}-{layer}"', parents: datasets },
    (entry, dataset, named) => {
      const tableType = entry.table_type ?? DEFAULTS.tableType;
      return {
        logical: `${entry.dataset_ref}/${tableType}_${entry.entity}`,
        // A table name is unique within its dataset.
        fullName: `${dataset.name}.${named.name as string}`,
        params: { region, dataset: dataset.name, tableType, columns: columns(entry.columns) },
      };
    },
  );
  each(expander, 'gcp_dataproc_cluster', doc.dataproc_clusters, [...path, 'dataproc_clusters'], (c) => c.workload, (c) => ({ region, clusterType: c.cluster_type }));
  each(expander, 'gcp_pubsub_topic', doc.pubsub_topics, [...path, 'pubsub_topics'], (t) => t.purpose, placed);
}
