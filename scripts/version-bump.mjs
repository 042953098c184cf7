// Run by `npm version <patch|minor|major>` (the "version" script): copies the new
// package.json version into manifest.json and records it in versions.json with the
// manifest's minAppVersion, so Obsidian offers each release to the right apps.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const read = (f) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const write = (f, v) => writeFileSync(join(root, f), `${JSON.stringify(v, null, 2)}\n`);

const version = process.env.npm_package_version ?? read('package.json').version;
const manifest = read('manifest.json');
manifest.version = version;
write('manifest.json', manifest);
const versions = read('versions.json');
versions[version] = manifest.minAppVersion;
write('versions.json', versions);
console.log(
  `manifest.json and versions.json now at ${version} (minAppVersion ${manifest.minAppVersion})`,
);
