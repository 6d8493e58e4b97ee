// The JSON written in pieces is the same document as the one written whole.
import { describe, expect, it } from 'vitest';
import type { ResourceSpec } from '../../src/blueprint/types.js';
import { namesDocument, renderNamesJson, renderNamesJsonChunks, type NamesReport } from '../../src/render/names.js';

function spec(i: number): ResourceSpec {
  const name = `bucket-${i}-"quoted"-\u00e9`;
  const out: ResourceSpec = {
    key: `aws_s3_bucket:p/dev/b${i}`,
    type: 'aws_s3_bucket',
    name,
    fullName: name,
    blueprint: 'bp/dev.json',
    location: { file: 'bp/dev.json', line: i + 1, column: 3 },
    dependsOn: i % 2 ? [`aws_s3_bucket:p/dev/b${i - 1}`] : [],
    params: {},
    tags: {},
    deletionPolicy: 'archive',
  };
  if (i % 7 === 0) out.shortenedFrom = `${name}-longer`;
  return out;
}

describe('renderNamesJsonChunks', () => {
  for (const count of [0, 1, 99, 100, 101, 1234]) {
    it(`${count} resources: one document, equal to the whole rendering`, () => {
      const report: NamesReport = {
        resources: Array.from({ length: count }, (_, i) => spec(i)),
        diagnostics: [
          { file: 'a.json', line: 1, column: 2, code: 'X', message: 'bad <thing>', severity: 'error' },
          { file: 'a.json', line: 3, column: 4, code: 'W', message: 'hm', severity: 'warning' },
        ],
        actions: new Map([['aws_s3_bucket:p/dev/b1', 'create']]),
        plan: { removed: [], summary: { create: 1 }, summaryLine: '1 to create', stateDir: '.dpn' },
      };
      const pieces = [...renderNamesJsonChunks(report)];
      // Never the whole document as one string: pieces of at most a hundred resources.
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(Math.max(400, 100 * 400));
      if (count >= 200) expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(pieces.join('').length / 2);
      const text = pieces.join('');
      expect(text).toBe(renderNamesJson(report));
      expect(JSON.parse(text)).toEqual(namesDocument(report));
    });
  }
});
