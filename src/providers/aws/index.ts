// The AWS drivers the engine's registry uses: S3 buckets, Glue databases and Glue
// tables, sharing one set of lazily built SDK clients.
import { AwsClients, type AwsOptions } from './clients.js';
import { GlueDatabaseDriver } from './glue-database.js';
import { GlueTableDriver } from './glue-table.js';
import { S3BucketDriver } from './s3-bucket.js';

export { AwsClients, endpointFor, partitionOf, type AwsOptions, type DeleteOptions, type Env } from './clients.js';
export { toProviderError, redact } from './errors.js';
export { GlueDatabaseDriver } from './glue-database.js';
export { GlueTableDriver } from './glue-table.js';
export { S3BucketDriver } from './s3-bucket.js';
export { tagProblems } from './tags.js';

export interface AwsDrivers {
  aws_s3_bucket: S3BucketDriver;
  aws_glue_database: GlueDatabaseDriver;
  aws_glue_table: GlueTableDriver;
  /** Closes the clients' sockets; the drivers build new clients if used again. */
  close(): void;
}

/**
 * Drivers for every AWS type dpn applies. No client is built and no credential is
 * looked up until a driver makes its first call.
 */
export function createAwsDrivers(options: AwsOptions = {}): AwsDrivers {
  const clients = new AwsClients(options);
  return {
    aws_s3_bucket: new S3BucketDriver(clients),
    aws_glue_database: new GlueDatabaseDriver(clients),
    aws_glue_table: new GlueTableDriver(clients),
    close: () => clients.destroy(),
  };
}
