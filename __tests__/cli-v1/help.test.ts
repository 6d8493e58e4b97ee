// `--help` stays readable with v1.0's spellings: they are listed once, at the
// end, under one heading, and every one of them is accepted by the command.
import { describe, expect, it } from 'vitest';
import { dpn, project } from '../cli-apply/support.js';

const HEADING = 'Aliases kept from dpn v1.0:';

describe('--help lists the v1.0 aliases once, last', () => {
  it.each([['create'], ['reconcile'], ['read'], ['update'], ['delete']])('dpn %s --help', async (command) => {
    const run = await dpn([command, '--help'], project('dpn-help-'), {});
    expect(run.code).toBe(0);
    const text = run.stdout.trimEnd();
    expect(text.split(HEADING)).toHaveLength(2);
    const [before, after] = text.split(HEADING) as [string, string];
    // The usage ends with the aliases, one indented line each; only the one-line summary follows.
    const [aliases, summary, ...rest] = after.replace(/^\n+/, '').split(/\n{2,}/);
    expect(rest).toEqual([]);
    expect(summary).toMatch(/^[A-Z][^\n]+$/);
    for (const line of aliases!.split('\n')) expect(line, line).toMatch(/^ {2}(--?[a-z]| {7}[a-z])/);
    expect(aliases).toMatch(/--dbx-token TOKEN .*never printed/);
    // The aliases are not mixed into the body above.
    expect(before).not.toMatch(/--aws-profile|--dbx-host|--dbx-token/);
    expect(text.startsWith(`Usage: dpn ${command} `)).toBe(true);
  });

  it('read, update and delete name every v1.0 type and the dpn key it stands for', async () => {
    const run = await dpn(['read', '--help'], project('dpn-help-'), {});
    for (const pair of ['s3=aws_s3_bucket', 'glue-db=aws_glue_database', 'glue-table=aws_glue_table', 'cluster=dbx_cluster', 'job=dbx_job', 'catalog=dbx_catalog', 'schema=dbx_schema', 'table=dbx_table']) {
      expect(run.stdout).toContain(pair);
    }
    expect((await dpn(['delete', '--help'], project('dpn-help-'), {})).stdout).toMatch(/^ {2}-a {2,}--archive$/m);
  });
});
