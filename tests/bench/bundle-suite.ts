/**
 * The bundle part of the benchmark: the production build of `main.js` (as `npm run
 * build` makes it), its size, and from esbuild's metafile the bytes each module, each
 * folder of the source and each dependency puts into it (printed in every run: issue 16,
 * decision 1, a dependency has to earn its bytes).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { valueFigure, type Figure } from './report';

interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Build `main.js` for production; its text and esbuild's metafile. */
export function buildBundle(root: string): { text: string; meta: Metafile } {
  const dir = join(root, 'node_modules', '.cache', 'touchpoints-bench');
  mkdirSync(dir, { recursive: true });
  const metaPath = join(dir, `meta-${process.pid}.json`);
  execFileSync(process.execPath, [join(root, 'esbuild.config.mjs'), 'production'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, TOUCHPOINTS_METAFILE: metaPath },
  });
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile;
  rmSync(metaPath, { force: true });
  return { text: readFileSync(join(root, 'main.js'), 'utf8'), meta };
}

/** A module's dependency (`node_modules/<name>` or `<@scope/name>`), or its source folder. */
function owner(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = path.slice(at + 'node_modules/'.length).split('/');
    return `dependency ${parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const parts = path.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : path;
}

/** Bytes in `main.js` by dependency and source folder, and by module, largest first. */
export function breakdown(meta: Metafile): {
  owners: [string, number][];
  modules: [string, number][];
} {
  const out = Object.entries(meta.outputs).find(([p]) => p.endsWith('main.js'))?.[1];
  if (!out) throw new Error('no main.js in the metafile');
  const owners = new Map<string, number>();
  const modules: [string, number][] = [];
  for (const [path, input] of Object.entries(out.inputs)) {
    modules.push([path, input.bytesInOutput]);
    owners.set(owner(path), (owners.get(owner(path)) ?? 0) + input.bytesInOutput);
  }
  const bySize = (a: [string, number], b: [string, number]): number => b[1] - a[1];
  return { owners: [...owners].sort(bySize), modules: modules.sort(bySize) };
}

export function measureBundle(root: string): Figure[] {
  const { text, meta } = buildBundle(root);
  const bytes = Buffer.byteLength(text);
  const { owners, modules } = breakdown(meta);
  const deps = owners.filter(([o]) => o.startsWith('dependency '));
  const lines = [
    `${bytes} bytes; dependencies: ${deps.length ? deps.map(([o, n]) => `${o.slice(11)} ${n}`).join(', ') : 'none'}`,
    `    by folder: ${owners.map(([o, n]) => `${o} ${n}`).join(', ')}`,
    `    by module: ${modules.map(([m, n]) => `${m} ${n}`).join(', ')}`,
  ];
  return [
    valueFigure('bundle', 'bundle-min', 'main.js minified', bytes / 1024, 'KB', lines.join('\n')),
    valueFigure(
      'bundle',
      'bundle-gzip',
      'main.js gzipped (no budget)',
      gzipSync(Buffer.from(text), { level: 9 }).length / 1024,
      'KB',
      'gzip -9',
    ),
  ];
}
