// Blueprints with Azure and Google Cloud sections: expansion, references,
// collisions in the scope each platform keeps names unique in, and the plan
// that names them without provisioning them.
import { describe, expect, it } from 'vitest';
import { loadBlueprints } from '../../src/blueprint/load.js';
import { DEFAULT_NAMING_CONFIG, DEFAULT_PATTERNS_DOCUMENT, resolveNamingConfig } from '../../src/naming/index.js';
import { diff, namedOnlyLine, namedOnlyResources, planFromJSON, planToJSON } from '../../src/plan/index.js';
import { assertDrivers } from '../../src/engine/steps.js';
import { emptyState } from '../../src/state/store.js';
import { namesDocument, renderNamesMarkdown, renderNamesTable } from '../../src/render/names.js';
import { fourClouds } from './clouds-fixture.js';
import { writeFiles, type Json } from './fixtures.js';

async function load(files: Record<string, Json | string>) {
  const dir = writeFiles(files);
  return loadBlueprints(Object.keys(files), { naming: DEFAULT_NAMING_CONFIG, cwd: dir });
}

describe('Azure and Google Cloud sections', () => {
  it('expand into named resources whose children carry their parent', async () => {
    const set = await load({ 'platform.json': fourClouds() });
    expect(set.diagnostics).toEqual([]);
    const byKey = new Map(set.resources.map((r) => [r.key, r]));
    const container = byKey.get('azure_storage_container:dataplatform/dev/lake-raw/sales-bronze');
    const account = byKey.get('azure_storage_account:dataplatform/dev/lake-raw');
    expect(container?.name).toBe('sales-bronze');
    expect(container?.fullName).toBe(`${account?.name}/sales-bronze`);
    expect(container?.dependsOn).toEqual([account?.key]);
    const table = byKey.get('gcp_bigquery_table:dataplatform/dev/sales-gold/fact_orders');
    expect(table?.fullName).toBe('dataplatform_sales_gold_dev.fact_orders');
    expect(table?.dependsOn).toEqual(['gcp_bigquery_dataset:dataplatform/dev/sales-gold']);
    expect(byKey.get('gcp_dataproc_cluster:dataplatform/dev/etl')?.name).toBe('dataplatform-etl-job-dev');
    expect(set.resources.map((r) => r.type)).toContain('aws_s3_bucket');
  });

  it('report a reference that matches nothing at the reference, with what there is', async () => {
    const doc = fourClouds();
    const resources = doc.resources as { azure: { storage_containers: Json[] }; gcp: { bigquery_tables: Json[] } };
    resources.azure.storage_containers.push({ account_ref: 'lake-gold', domain: 'hr', layer: 'gold' });
    resources.gcp.bigquery_tables.push({ dataset_ref: 'hr-gold', entity: 'people' });
    const set = await load({ 'platform.yaml': doc });
    const codes = set.diagnostics.map((d) => [d.code, d.message]);
    expect(codes).toContainEqual(['REF_ACCOUNT_NOT_FOUND', expect.stringContaining("account_ref 'lake-gold' matches no Azure storage account of this blueprint")]);
    expect(codes).toContainEqual(['REF_DATASET_NOT_FOUND', expect.stringContaining("it has 'sales-gold', 'sales-silver'")]);
    const ref = set.diagnostics.find((d) => d.code === 'REF_DATASET_NOT_FOUND');
    expect(ref?.file).toBe('platform.yaml');
    expect(ref?.line).toBeGreaterThan(20);
  });

  it('report an unknown Azure location once, where metadata.azure_location is written', async () => {
    const doc = fourClouds();
    (doc.metadata as Json).azure_location = 'westeurop';
    const set = await load({ 'platform.yaml': doc });
    const unknown = set.diagnostics.filter((d) => d.code === 'NAMING_UNKNOWN_REGION');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message).toContain('"westeurop" is not an Azure location');
    expect(unknown[0]?.line).toBe(6);
    // The AWS, Databricks and Google Cloud names are unaffected.
    expect(set.resources.some((r) => r.type === 'gcp_storage_bucket')).toBe(true);
  });

  it('refuse a location of the wrong shape in the schema', async () => {
    const doc = fourClouds();
    (doc.metadata as Json).gcp_region = 'europe_west1';
    const set = await load({ 'platform.json': doc });
    expect(set.diagnostics.map((d) => d.code)).toEqual(['SCHEMA_PATTERN']);
  });

  it('follow the blueprint scope like every other type', async () => {
    const doc = { ...fourClouds(), scope: { mode: 'include', patterns: ['azure_*'] } };
    const set = await load({ 'platform.json': doc });
    expect(new Set(set.resources.map((r) => r.type.split('_')[0]))).toEqual(new Set(['azure']));
    expect(set.resources.filter((r) => r.type === 'azure_storage_container')).toHaveLength(2);
  });
});

describe('collisions in the scope each platform keeps names unique in', () => {
  it('a container name twice in different accounts, a table name in two datasets: no collision', async () => {
    const set = await load({ 'platform.json': fourClouds() });
    expect(set.diagnostics.filter((d) => d.code === 'NAME_COLLISION')).toEqual([]);
  });

  it('a storage account name is global: two blueprints that reach the same one collide', async () => {
    // st + ab + cd… and st + abc + d… give the same letters once the separators are gone.
    const a = fourClouds('ab');
    const b = fourClouds('abc');
    (a.resources as { azure: { storage_accounts: Json[] } }).azure.storage_accounts = [{ purpose: 'cdx', layer: 'raw' }];
    (b.resources as { azure: { storage_accounts: Json[] } }).azure.storage_accounts = [{ purpose: 'dx', layer: 'raw' }];
    for (const doc of [a, b]) (doc.resources as { azure: Json }).azure = { storage_accounts: (doc.resources as { azure: { storage_accounts: Json[] } }).azure.storage_accounts };
    const set = await load({ 'a.json': a, 'b.json': b });
    const collisions = set.diagnostics.filter((d) => d.code === 'NAME_COLLISION');
    expect(collisions.map((d) => d.message)).toEqual([expect.stringMatching(/^azure_storage_account name 'stabcdxrawdevweu' .* is also the name of azure_storage_account:ab\/dev\/cdx-raw/)]);
  });

  it('Azure compares names without case; BigQuery does not', async () => {
    // A convention that keeps the case of purpose and domain, and leaves the project out of the name.
    const naming = resolveNamingConfig(undefined, {
      ...DEFAULT_PATTERNS_DOCUMENT,
      patterns: { azure_resource_group: 'rg-{purpose}', gcp_bigquery_dataset: '{domain}' },
      transformations: { ...DEFAULT_PATTERNS_DOCUMENT.transformations, lowercase: ['environment'] },
    });
    const doc = (project: string, word: string): Json => ({
      ...fourClouds(project),
      resources: { azure: { resource_groups: [{ purpose: word }] }, gcp: { bigquery_datasets: [{ domain: word, layer: 'gold' }] } },
    });
    const dir = writeFiles({ 'a.json': doc('alpha', 'Lake'), 'b.json': doc('beta', 'lake') });
    const set = await loadBlueprints(['a.json', 'b.json'], { naming, cwd: dir });
    expect(set.resources.map((r) => r.name).sort()).toEqual(['Lake', 'lake', 'rg-Lake', 'rg-lake']);
    expect(set.diagnostics.map((d) => [d.code, d.message.split(' ')[0]])).toEqual([['NAME_COLLISION', 'azure_resource_group']]);
  });
});

describe('the plan of named-only resources', () => {
  it('lists them as noops with provisioned: false, never as steps the engine would run', async () => {
    const set = await load({ 'platform.json': fourClouds() });
    const plan = diff(set.resources, emptyState());
    const named = namedOnlyResources(plan);
    expect(named.operations).toHaveLength(12);
    expect(named.byCloud).toEqual({ azure: 6, gcp: 6 });
    for (const op of named.operations) {
      expect(op.action).toBe('noop');
      expect(op.provisioned).toBe(false);
    }
    expect(plan.summary.create).toBe(2);
    expect(namedOnlyLine(plan)).toBe('dpn leaves 12 Azure/Google Cloud resources alone (named, not provisioned)');
    // No driver exists for any Azure or Google Cloud type; the engine's check passes all the same.
    expect(() => assertDrivers(plan, { aws_s3_bucket: {} as never, dbx_cluster: {} as never })).not.toThrow();
  });

  it('says so in the plan JSON, which loads back', async () => {
    const set = await load({ 'platform.json': fourClouds() });
    const json = planToJSON(diff(set.resources, emptyState()), { compact: true });
    const vault = json.operations.find((op) => op.type === 'azure_key_vault');
    expect(vault).toMatchObject({ action: 'noop', provisioned: false, name: 'kv-data-723cf03e-dev-weu' });
    const back = planFromJSON(JSON.parse(JSON.stringify(json)));
    expect(namedOnlyLine(back)).toBe(namedOnlyLine(json));
    const forged = JSON.parse(JSON.stringify(json));
    forged.operations.find((op: { type: string }) => op.type === 'azure_key_vault').provisioned = true;
    expect(() => planFromJSON(forged, 'plan.json')).toThrow(/provisioned: must be false/);
  });

  it('has no line for a plan without them', async () => {
    const set = await load({ 'dev.json': { ...fourClouds(), resources: { aws: { s3_buckets: [{ purpose: 'x', layer: 'raw' }] } } } });
    expect(namedOnlyLine(diff(set.resources, emptyState()))).toBeUndefined();
  });
});

describe('names output of a blueprint spanning clouds', () => {
  it('shows the cloud, and "named" where a plan against a state would say noop', async () => {
    const set = await load({ 'platform.json': fourClouds() });
    const plan = diff(set.resources, emptyState());
    const actions = new Map(plan.operations.map((op) => [op.key, op.action]));
    const report = { resources: set.resources, diagnostics: set.diagnostics, actions };
    const table = renderNamesTable(report);
    expect(table).toMatch(/^ {2}CHANGE\s+CLOUD\s+TYPE\s+NAME\s+BLUEPRINT$/m);
    expect(table).toMatch(/^✓ create\s+AWS\s+aws_s3_bucket\s/m);
    expect(table).toMatch(/^✓ named\s+Google Cloud\s+gcp_dataproc_cluster\s+dataplatform-etl-job-dev\s/m);
    const markdown = renderNamesMarkdown(report);
    expect(markdown).toContain('| Change | Cloud | Type | Name | Full name | Blueprint |');
    expect(markdown).toMatch(/\| named \| Azure \(named only\) \| azure_key_vault \|/);
    const json = namesDocument(report);
    expect(json.resources.find((r) => r.type === 'azure_key_vault')).toMatchObject({ cloud: 'Azure', provisioned: false, action: 'noop' });
  });

  it('keeps the AWS and Databricks layout when no resource is Azure or Google Cloud', async () => {
    const set = await load({ 'dev.json': { ...fourClouds(), resources: { aws: { s3_buckets: [{ purpose: 'x', layer: 'raw' }] } } } });
    const table = renderNamesTable({ resources: set.resources, diagnostics: [] });
    expect(table).toMatch(/^ {2}TYPE\s+NAME\s+BLUEPRINT$/m);
    expect(renderNamesMarkdown({ resources: set.resources, diagnostics: [] })).toContain('| Type | Name | Full name | Blueprint |');
  });
});

describe('Dataproc cluster names', () => {
  it('collide within a region only', async () => {
    const doc = (project: string, region: string): Json => ({
      ...fourClouds(project),
      metadata: { ...(fourClouds().metadata as Json), project, gcp_region: region },
      resources: { gcp: { dataproc_clusters: [{ workload: 'etl', cluster_type: 'job' }] } },
    });
    const naming = resolveNamingConfig(undefined, { ...DEFAULT_PATTERNS_DOCUMENT, patterns: { gcp_dataproc_cluster: '{workload}-{environment}' } });
    const apart = writeFiles({ 'a.json': doc('alpha', 'europe-west1'), 'b.json': doc('beta', 'us-east1') });
    expect((await loadBlueprints(['a.json', 'b.json'], { naming, cwd: apart })).diagnostics).toEqual([]);
    const together = writeFiles({ 'a.json': doc('alpha', 'europe-west1'), 'b.json': doc('beta', 'europe-west1') });
    const set = await loadBlueprints(['a.json', 'b.json'], { naming, cwd: together });
    expect(set.diagnostics.map((d) => d.code)).toEqual(['NAME_COLLISION']);
  });
});
