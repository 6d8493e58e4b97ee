// The first steps of v1.0's README, in order, as a new user types them: the
// starter `plan init` writes is the file the next command names.
import { describe, expect, it } from 'vitest';
import { dpn, project } from '../cli-apply/support.js';

describe("v1.0's README, step by step", () => {
  it('plan init, then plan validate and plan preview of blueprints/dev.json', async () => {
    const cwd = project('dpn-v1-steps-');
    const init = await dpn(['plan', 'init', '--env', 'dev', '--project', 'myproject'], cwd, {});
    expect(init.code, init.stderr).toBe(0);
    const validate = await dpn(['plan', 'validate', 'blueprints/dev.json'], cwd, {});
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/^valid: \d+ resources?, 0 errors/m);
    const preview = await dpn(['plan', 'preview', 'blueprints/dev.json', '--format', 'json'], cwd, {});
    expect(preview.code, preview.stderr).toBe(0);
    expect(JSON.parse(preview.stdout).resources.length).toBeGreaterThan(0);
  });
});

describe('what a hand from v1.0 types by mistake', () => {
  it('create with the blueprint as an argument points at --blueprint', async () => {
    const cwd = project('dpn-v1-create-');
    const run = await dpn(['create', 'blueprints/dev.json'], cwd, {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/help: did you mean --blueprint blueprints\/dev\.json\?/);
  });
});
