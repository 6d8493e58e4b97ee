import { standardStream } from './output/standard-streams.js';

// Node 22 and 24 are supported (package.json engines); older ones fail in dependencies, so say so first.
if (Number(process.versions.node.split('.')[0]) < 22) {
  process.stderr.write(`dpn needs Node.js 22 or newer; this is ${process.version}\n`);
  process.exit(2);
}
const { main } = await import('./cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  // A getter: process.stdin builds its stream on first use (~4 ms), and only the questions before an apply read it.
  get stdin() {
    return process.stdin;
  },
  stdout: standardStream(1, () => process.stdout),
  stderr: standardStream(2, () => process.stderr),
  env: process.env,
  cwd: process.cwd(),
});
