// The front end's step of the Maven build (governance-app, phase generate-resources), incremental:
//  - `npm ci` only when package-lock.json is newer than the last install (node_modules/.package-lock.json);
//  - the generated API types and the Vite build only when a source, the build settings or the OpenAPI
//    contract (docs/openapi/openapi.json) is newer than the last build (node_modules/.gouvernail-web-build-stamp).
// Uses the machine's Node.js and npm (docs/adr/0026); `-Dgouvernail.web.skip` skips it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const web = process.cwd();
// kept out of dist/, which is served as it is
const STAMP = 'node_modules/.gouvernail-web-build-stamp';
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};
const run = (command) => {
  console.log(`[web] ${command}`);
  execSync(command, { stdio: 'inherit', cwd: web });
};

if (mtime('package-lock.json') > mtime('node_modules/.package-lock.json')) {
  run('npm ci --no-audit --no-fund');
}
const inputs = Math.max(
  newest('src'),
  newest('public'),
  mtime('index.html'),
  mtime('package.json'),
  mtime('package-lock.json'),
  mtime('vite.config.ts'),
  mtime('tsconfig.json'),
  mtime('../docs/openapi/openapi.json'),
);
if (inputs > mtime(STAMP) || !existsSync('dist/index.html')) {
  run('npm run build');
  writeFileSync(STAMP, new Date().toISOString() + '\n');
} else {
  console.log('[web] front end up to date (dist/)');
}
