// Changed fields are shown under the blueprint's names, not the driver's.
import { describe, expect, it } from 'vitest';
import { blueprintChanges, blueprintField } from '../../src/blueprint/field-names.js';

describe('blueprint field names of a plan change', () => {
  it.each([
    ['aws_s3_bucket', 'params.lifecycleDays', 'lifecycle_days'],
    ['aws_s3_bucket', 'params.versioning', 'versioning'],
    ['aws_s3_bucket', 'params.region', 'metadata.region'],
    ['aws_glue_table', 'params.columns[1].type', 'columns[1].type'],
    ['aws_glue_table', 'params.partitionKeys', 'partition_keys'],
    ['aws_glue_table', 'params.databaseName', 'database_ref'],
    ['dbx_cluster', 'params.node_type_id', 'node_type'],
    ['dbx_cluster', 'params.autoscale.max_workers', 'autoscale.max'],
    ['dbx_cluster', 'params.custom_tags.Team', 'metadata.team'],
    ['dbx_job', 'params.clusterKey', 'cluster_ref'],
    ['dbx_table', 'params.schema_name', 'schema'],
    ['aws_s3_bucket', 'tags.CostCenter', 'metadata.cost_center'],
    ['aws_s3_bucket', 'tags["app.kubernetes.io/name"]', 'tags["app.kubernetes.io/name"]'],
    ['aws_s3_bucket', 'deletionPolicy', 'deletion_policy'],
    ['aws_s3_bucket', 'archived', 'archived'],
  ])('%s %s → %s', (type, path, field) => {
    expect(blueprintField(type, path)).toBe(field);
  });

  it('lists a blueprint field once when it reaches several driver fields', () => {
    const changes = blueprintChanges('dbx_cluster', [
      { path: 'params.custom_tags.Team', before: 'a', after: 'b' },
      { path: 'tags.Team', before: 'a', after: 'b' },
      { path: 'params.spark_version', before: '14.3.x-scala2.12', after: '15.4.x-scala2.12' },
    ]);
    expect(changes).toEqual([
      { field: 'metadata.team', before: 'a', after: 'b' },
      { field: 'spark_version', before: '14.3.x-scala2.12', after: '15.4.x-scala2.12' },
    ]);
  });
});
