// What `dpn export terraform` refuses before writing anything: a state entry it
// cannot hand over (an unsupported type, a cluster without its id) and a
// --aws-account-id that contradicts the ARNs the state records.
import { describe, expect, it } from 'vitest';
import { renderTerraformExport } from '../../src/export/terraform.js';
import type { StateResource } from '../../src/state/types.js';

function entry(over: Partial<StateResource>): StateResource {
  return {
    key: 'aws_glue_database:p/dev/sales-bronze',
    type: 'aws_glue_database',
    name: 'p_sales_bronze_dev',
    fullName: 'p_sales_bronze_dev',
    blueprint: 'blueprints/dev.json',
    physicalId: 'arn:aws:glue:us-east-1:111122223333:database/p_sales_bronze_dev',
    params: { region: 'us-east-1' },
    tags: {},
    deletionPolicy: 'archive',
    appliedAt: '2026-01-01T00:00:00.000Z',
    transaction: 't',
    ...over,
  };
}

describe('dpn export terraform refuses', () => {
  it('a type it cannot hand over, and a cluster whose id the state lacks, naming each key', () => {
    const state = [
      entry({ key: 'aws_sqs_queue:p/dev/q', type: 'aws_sqs_queue' }),
      entry({ key: 'dbx_cluster:p/dev/etl', type: 'dbx_cluster', params: { cluster_type: 'shared' } }),
    ];
    delete (state[1] as Partial<StateResource>).physicalId;
    expect(() => renderTerraformExport(state)).toThrow(/aws_sqs_queue:p\/dev\/q: dpn cannot hand over resources of type aws_sqs_queue[\s\S]*dbx_cluster:p\/dev\/etl: the state records no cluster id/);
  });

  it('an account id that is not the one in the ARNs, or not 12 digits', () => {
    expect(() => renderTerraformExport([entry({})], { awsAccountId: '999988887777' })).toThrow(/names account 111122223333, not --aws-account-id 999988887777/);
    expect(() => renderTerraformExport([entry({})], { awsAccountId: '1234' })).toThrow(/12 digits/);
    expect(renderTerraformExport([entry({})], { awsAccountId: '111122223333' })).toContain('id = "111122223333:p_sales_bronze_dev"');
  });
});

describe('HCL output of values from blueprints', () => {
  it('a tag map shaped like a reference stays a quoted string', async () => {
    const { renderHcl, attribute } = await import('../../src/export/hcl.js');
    expect(renderHcl([attribute('tags', { expression: 'aws_iam_role.admin.arn' })])).toBe('tags = {\n  expression = "aws_iam_role.admin.arn"\n}\n');
  });
});

describe('blueprint text that could break out of the HCL', () => {
  it('a job task field that is not an identifier is refused; a key with line breaks stays inside its comment', async () => {
    const job = entry({
      key: 'dbx_job:p/dev/x',
      type: 'dbx_job',
      physicalId: '7',
      params: { name: 'x', tags: {}, tasks: [{ task_key: 't', 'x = 1\nresource "null_resource" "y" {}': 'z' }] },
    });
    expect(() => renderTerraformExport([job])).toThrow(/dbx_job:p\/dev\/x: the task field .* cannot be a Terraform argument name/);
    const text = renderTerraformExport([entry({ key: 'aws_glue_database:p/dev/a\rresource "x" "y" {}\nb' })]);
    expect(text).not.toMatch(/^resource "x"/m);
    expect(text.split('\n').filter((l) => l.includes('resource "x"'))).toEqual(['# resource "x" "y" {}']);
  });
});
