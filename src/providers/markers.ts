// Where each provisioned type carries dpn's creation marker (DESIGN.md,
// "Ownership"), from the constants the drivers write: for the reference docs
// and anything else that must name them without loading a driver.
import { CREATED_BY_PARAMETER, CREATED_BY_TAG } from './aws/ownership.js';
import { CREATED_BY_MARK } from './databricks/common.js';
import type { ProvisionedType } from './registry.js';

export interface CreationMarker {
  /** The kind of metadata the platform keeps it in. */
  place: string;
  key: string;
  /** The call that writes it. */
  writtenBy: string;
}

export const CREATION_MARKERS: Record<ProvisionedType, CreationMarker> = {
  aws_s3_bucket: { place: 'bucket tag', key: CREATED_BY_TAG, writtenBy: 'the one PutBucketTagging right after CreateBucket (CreateBucket takes no tags)' },
  aws_glue_database: { place: 'database parameter', key: CREATED_BY_PARAMETER, writtenBy: 'CreateDatabase' },
  aws_glue_table: { place: 'table parameter', key: CREATED_BY_PARAMETER, writtenBy: 'CreateTable' },
  dbx_cluster: { place: 'custom_tags', key: CREATED_BY_MARK, writtenBy: 'clusters/create' },
  dbx_job: { place: 'job tags', key: CREATED_BY_MARK, writtenBy: 'jobs/create' },
  dbx_catalog: { place: 'catalog properties', key: CREATED_BY_MARK, writtenBy: 'POST catalogs' },
  dbx_schema: { place: 'schema properties', key: CREATED_BY_MARK, writtenBy: 'POST schemas' },
  dbx_table: { place: 'TBLPROPERTIES', key: CREATED_BY_MARK, writtenBy: 'CREATE TABLE' },
};
