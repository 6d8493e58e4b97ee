// Node 22 and 24 are supported (package.json engines); older ones fail in dependencies, so say so first.
if (Number(process.versions.node.split('.')[0]) < 22) {
  process.stderr.write(`dpn needs Node.js 22 or newer; this is ${process.version}\n`);
  process.exit(2);
}
const { main } = await import('./cli/main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
