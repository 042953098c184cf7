// The house rules that ESLint checks for src/: which layer may import which (core is
// pure, the editor knows no Obsidian, the command line no plugin), which capability
// folder of the core may import which (the table in docs/ARCHITECTURE.md, passed in by
// eslint.config.mjs), and no import cycles at all, type-only imports included.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Where a file sits: its layer (core, plugin, editor, cli, main) and capability folder. */
function placeOf(file) {
  const parts = file.split(sep);
  const i = parts.lastIndexOf('src');
  if (i < 0) return null;
  const rest = parts.slice(i + 1);
  const srcRoot = parts.slice(0, i + 1).join(sep);
  if (rest.length === 1) return { srcRoot, layer: rest[0].replace(/\.ts$/, ''), capability: null };
  return { srcRoot, layer: rest[0], capability: rest.length > 2 ? rest[1] : null };
}

/** The file a relative specifier names, or null when it is not a TypeScript file of ours. */
function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) {
      return candidate;
    }
  }
  return null;
}

/** Whether an import or export declaration brings in types only. */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  if (node.type !== 'ImportDeclaration' || node.specifiers.length === 0) return false;
  return node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type');
}

/** Calls `visit(node, specifier)` for every import, re-export and dynamic import. */
function eachImport(visit) {
  const fromSource = (node) => {
    if (node.source && typeof node.source.value === 'string') visit(node, node.source.value);
  };
  return {
    ImportDeclaration: fromSource,
    ExportNamedDeclaration: fromSource,
    ExportAllDeclaration: fromSource,
    ImportExpression(node) {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string') {
        visit(node, node.source.value);
      }
    },
  };
}

const LAYERS = {
  core: ['core'],
  editor: ['core', 'editor'],
  plugin: ['core', 'editor', 'plugin'],
  cli: ['core', 'cli'],
  main: ['core', 'editor', 'plugin'],
};

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers and core capability folders import only what they may.' },
    schema: [
      {
        type: 'object',
        properties: {
          core: { type: 'object', additionalProperties: { type: 'array' } },
          plugin: { type: 'object', additionalProperties: { type: 'array' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: '{{from}} may not import {{to}} (docs/ARCHITECTURE.md, "What may import what").',
      obsidianRuntime:
        'src/core is pure: import {{name}} for types only (`import type`), never at run time.',
      obsidian: '{{from}} may not import {{name}}.',
      capability:
        '{{layer}}/{{from}} may not import {{layer}}/{{to}}: it may import {{allowed}} (docs/ARCHITECTURE.md).',
      unknownCapability:
        '{{layer}}/{{from}} is not in the capability table of eslint.config.mjs and docs/ARCHITECTURE.md.',
    },
  },
  create(context) {
    const place = placeOf(context.filename);
    if (!place) return {};
    const tables = context.options[0] ?? {};
    return eachImport((node, specifier) => {
      const from = place.layer === 'main' ? 'main.ts' : `src/${place.layer}`;
      if (specifier === 'obsidian' || specifier.startsWith('@codemirror/')) {
        const name = specifier;
        const editorMayUse = place.layer === 'editor' && name.startsWith('@codemirror/');
        const pluginMayUse = place.layer === 'plugin' || place.layer === 'main';
        if (pluginMayUse || editorMayUse) return;
        if (place.layer === 'core') {
          if (!isTypeOnly(node))
            context.report({ node, messageId: 'obsidianRuntime', data: { name } });
          return;
        }
        context.report({ node, messageId: 'obsidian', data: { from, name } });
        return;
      }
      const target = resolveSpecifier(context.filename, specifier);
      if (!target) return;
      const to = placeOf(target);
      if (!to || to.srcRoot !== place.srcRoot) return;
      const allowed = LAYERS[place.layer] ?? [];
      if (!allowed.includes(to.layer)) {
        const toName = to.layer === 'main' ? 'main.ts' : `src/${to.layer}`;
        context.report({ node, messageId: 'layer', data: { from, to: toName } });
        return;
      }
      // Capability folders of one layer: only the directions of its table.
      const table = tables[place.layer];
      if (!table || to.layer !== place.layer) return;
      if (place.capability === to.capability || !place.capability || !to.capability) return;
      const layer = place.layer;
      const mayImport = table[place.capability];
      if (!mayImport) {
        context.report({
          node,
          messageId: 'unknownCapability',
          data: { layer, from: place.capability },
        });
        return;
      }
      if (!mayImport.includes(to.capability)) {
        context.report({
          node,
          messageId: 'capability',
          data: {
            layer,
            from: place.capability,
            to: to.capability,
            allowed: mayImport.length ? mayImport.join(', ') : 'nothing outside its folder',
          },
        });
      }
    });
  },
};

// --- Cycles ---------------------------------------------------------------------------

const SPECIFIERS = [
  /(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The relative imports of a text (type-only ones included), resolved to files. */
function importsOf(file, text) {
  const out = new Set();
  for (const re of SPECIFIERS) {
    for (const m of text.matchAll(re)) {
      const target = resolveSpecifier(file, m[1]);
      if (target) out.add(target);
    }
  }
  return out;
}

const fileCache = new Map();
function cachedImports(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = fileCache.get(file);
  if (hit && hit.mtime === mtime) return hit.imports;
  const imports = importsOf(file, readFileSync(file, 'utf8'));
  fileCache.set(file, { mtime, imports });
  return imports;
}

function tsFiles(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The strongly connected component of every file (Tarjan), as a shared Set per cycle. */
function componentsOf(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const component = new Map();
  const strong = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const members = new Set();
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        members.add(w);
      } while (w !== v);
      for (const m of members) component.set(m, members);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) strong(v);
  return component;
}

/** A shortest path of imports from `start` back to itself, within its component. */
function cyclePath(graph, start, members) {
  const previous = new Map();
  const queue = [...(graph.get(start) ?? [])].filter((f) => members.has(f));
  for (const f of queue) previous.set(f, start);
  while (queue.length) {
    const f = queue.shift();
    if (f === start) break;
    for (const next of graph.get(f) ?? []) {
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, f);
        queue.push(next);
      }
    }
  }
  const path = [start];
  let at = previous.get(start);
  while (at && at !== start) {
    path.unshift(at);
    at = previous.get(at);
  }
  path.unshift(start);
  return path;
}

const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles in src/, type-only imports included.' },
    schema: [],
    messages: {
      cycle: 'Import cycle: {{path}}. Move what both need down a level (docs/ARCHITECTURE.md).',
    },
  },
  create(context) {
    const place = placeOf(context.filename);
    if (!place) return {};
    const graph = new Map();
    for (const file of tsFiles(place.srcRoot)) graph.set(file, cachedImports(file));
    // The file being linted as it is now, which may differ from the disk.
    graph.set(context.filename, importsOf(context.filename, context.sourceCode.text));
    const component = componentsOf(graph).get(context.filename);
    if (!component || component.size < 2) return {};
    const reported = new Set();
    return eachImport((node, specifier) => {
      const target = resolveSpecifier(context.filename, specifier);
      if (!target || !component.has(target) || reported.has(target)) return;
      reported.add(target);
      const path = cyclePath(graph, context.filename, component)
        .map((f) => relative(place.srcRoot, f))
        .join(' → ');
      context.report({ node, messageId: 'cycle', data: { path } });
    });
  },
};

export default {
  meta: { name: 'touchpoints' },
  rules: { layers, 'no-cycle': noCycle },
};
