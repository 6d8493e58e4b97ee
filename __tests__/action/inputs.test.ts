// Inputs are parsed once into one typed value; the mode follows the event.
import { describe, expect, it } from 'vitest';
import { parseInputs, readEnvInput } from '../../src/action/inputs.js';
import { resolveMode, type RunContext } from '../../src/action/event.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

function context(eventName: string, ref = 'refs/heads/main', defaultBranch = 'main'): RunContext {
  return {
    eventName, payload: {}, repository: 'acme/x', sha: 'a'.repeat(40), ref, defaultBranch, pullRequest: undefined,
    apiUrl: 'https://api.github.com', serverUrl: 'https://github.com', runId: '1', runAttempt: '1', runUrl: '', actor: 'octocat',
    workspace: '/w', runnerTemp: '/t',
  };
}

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = parseInputs(read({}));
    expect(inputs).toMatchObject({
      mode: 'auto', blueprints: ['blueprints/**/*.{json,yaml,yml}'], configDir: '.dpn', stateDir: '.dpn', dryRun: false,
      concurrency: 8, strategy: 'rollback', comment: true, lockBackend: 'git', lockScope: 'default', lockWaitMs: 600_000, lockLeaseMs: 900_000,
    });
    expect(inputs.stateBranch).toBeUndefined();
    expect(inputs.deletionPolicy).toBeUndefined();
  });

  it('reads INPUT_ variables as @actions/core does, hyphens kept', () => {
    const inputs = parseInputs(readEnvInput({ 'INPUT_STATE-BRANCH': 'dpn-state', INPUT_BLUEPRINTS: 'a/*.json\n# comment\nb/**/*.{yaml,yml}' }));
    expect(inputs.stateBranch).toBe('dpn-state');
    expect(inputs.blueprints).toEqual(['a/*.json', 'b/**/*.{yaml,yml}']);
  });

  it.each([
    [{ mode: 'apply' }, /input "mode": "apply" is not one of auto, preview/],
    [{ 'dry-run': 'yes' }, /input "dry-run": "yes" is not a boolean/],
    [{ concurrency: '0' }, /input "concurrency": 0 is outside 1..256/],
    [{ 'state-branch': 'bad..name' }, /input "state-branch": "bad\.\.name" is not a valid branch name/],
    [{ 'commit-author': 'nobody' }, /input "commit-author": "nobody" is not of the form "Name <email>"/],
    [{ 'lock-scope': '../x' }, /input "lock-scope"/],
    [{ 'deletion-policy': 'destroy' }, /input "deletion-policy": "destroy" is not one of archive, delete, retain/],
  ])('rejects %o', (values, message) => {
    expect(() => parseInputs(read(values))).toThrow(message);
  });
});

describe('resolveMode', () => {
  it('follows the event', () => {
    expect(resolveMode('auto', context('pull_request'), undefined)).toBe('preview');
    expect(resolveMode('auto', context('pull_request_target'), undefined)).toBe('preview');
    expect(resolveMode('auto', context('push'), undefined)).toBe('reconcile');
    expect(resolveMode('auto', context('push', 'refs/heads/feature'), undefined)).toBe('preview');
    expect(resolveMode('auto', context('workflow_dispatch'), undefined)).toBe('status');
    expect(resolveMode('auto', context('workflow_dispatch'), 'recover')).toBe('recover');
    expect(resolveMode('recover', context('push'), undefined)).toBe('recover');
    expect(() => resolveMode('auto', context('workflow_dispatch'), 'nuke')).toThrow(/expected preview, reconcile/);
    expect(() => resolveMode('auto', context('issues'), undefined)).toThrow(/set the "mode" input/);
  });
});

describe('action.yml and docs/action.md', () => {
  it('declare exactly the inputs the action reads, and document each input and output', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const root = new URL('../../', import.meta.url);
    const meta = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string; post?: string };
    };
    const readNames = new Set<string>();
    parseInputs((name) => {
      readNames.add(name);
      return '';
    });
    expect(new Set(Object.keys(meta.inputs))).toEqual(readNames);
    expect(meta.runs).toMatchObject({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
    const docs = readFileSync(new URL('docs/action.md', root), 'utf8');
    for (const name of [...Object.keys(meta.inputs), ...Object.keys(meta.outputs)]) expect(docs).toContain(`| \`${name}\` |`);
    expect(Object.keys(meta.outputs).sort()).toEqual(['comment-id', 'creates', 'deletes', 'export', 'plan', 'status', 'transaction-id', 'updates', 'valid']);
  });
});
