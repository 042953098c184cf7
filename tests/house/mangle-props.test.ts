/**
 * The property names esbuild shortens in main.js (scripts/mangle-props.mjs) are our own
 * and seen by nothing outside the bundle: each rule of that file, checked for every name.
 * A name that breaks one (a string that now mentions it, a new setting, a documented
 * frontmatter key) fails here and has to leave the list.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MANGLED_PROPS, mangleProps } from '../../scripts/mangle-props.mjs';
import { DEFAULT_SETTINGS, migrateSettings } from '../../src/core/settings/settings';

const root = join(import.meta.dirname, '..', '..');

/**
 * Members of objects we do not own, declared in src/ in small interfaces of our own:
 * other plugins' APIs and data (Templater, Tasks), the app's undocumented parts.
 */
const EXTERNAL_NAMES = [
  'create_new_note_from_template',
  'auto_jump_to_cursor',
  'templater',
  'enabledPlugins',
  'plugins',
  'internalPlugins',
  'getEnabledPluginById',
  'statusSettings',
  'settings',
];

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(dir, f));
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(
    path,
    readFileSync(join(root, path), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
}

const isMember = (n: ts.Node): n is ts.NamedDeclaration =>
  ts.isPropertySignature(n) ||
  ts.isPropertyDeclaration(n) ||
  ts.isMethodSignature(n) ||
  ts.isMethodDeclaration(n) ||
  ts.isGetAccessor(n) ||
  ts.isSetAccessor(n) ||
  ts.isEnumMember(n);

/** Names declared as members in these files; with `strings`, every word of their string literals. */
function scan(paths: string[], strings?: Set<string>): Set<string> {
  const declared = new Set<string>();
  for (const path of paths) {
    const visit = (n: ts.Node): void => {
      // Module paths and literal types do not exist at run time.
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return;
      if (isMember(n) && n.name && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)))
        declared.add(n.name.text);
      // constructor(private readonly deps: Deps): a member too.
      if (ts.isParameter(n) && ts.isParameterPropertyDeclaration(n, n.parent))
        declared.add(n.name.text);
      if (strings && (ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n)))
        for (const word of n.text.match(/[A-Za-z_$][\w$]*/g) ?? []) strings.add(word);
      n.forEachChild(visit);
    };
    visit(parse(path));
  }
  return declared;
}

const srcStrings = new Set<string>();
const srcDeclared = scan(filesUnder('src', '.ts'), srcStrings);
const libraryDeclared = scan([
  ...filesUnder('node_modules/obsidian', '.d.ts'),
  ...filesUnder('node_modules/@codemirror/state/dist', '.d.ts'),
  ...filesUnder('node_modules/@codemirror/view/dist', '.d.ts'),
  ...readdirSync(join(root, 'node_modules/typescript/lib'))
    .filter((f) => /^lib\..*\.d\.ts$/.test(f))
    .map((f) => join('node_modules/typescript/lib', f)),
]);

function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, keys);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      keysOf(v, keys);
    }
  return keys;
}
const settingKeys = keysOf([DEFAULT_SETTINGS, migrateSettings({})]);

/**
 * Words of what users read and write: the README, the reference docs (not those about
 * our code: ARCHITECTURE, PERFORMANCE, DEVELOPMENT; nor CLI.md, whose JSON comes from
 * dist/cli.mjs, built without mangling) and the example vault's notes.
 */
const userWords = new Set<string>();
const userDocs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md') && !/^(ARCHITECTURE|PERFORMANCE|DEVELOPMENT|CLI)\.md$/.test(f))
    .map((f) => join('docs', f)),
  ...execFileSync('git', ['ls-files', '-z', 'examples/*.md'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean),
];
for (const doc of userDocs)
  for (const word of readFileSync(join(root, doc), 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? [])
    userWords.add(word);

/** Frontmatter keys the code reads by name (`fm.kind`, `frontmatter?.relationship`). */
const frontmatterKeys = new Set(
  filesUnder('src', '.ts').flatMap((f) =>
    [...readFileSync(join(root, f), 'utf8').matchAll(/\b(?:fm|frontmatter)\??\.(\w+)/g)].map(
      (m) => m[1]!,
    ),
  ),
);

describe('the property names shortened in main.js', () => {
  it('are a plain list that the regular expression matches exactly', () => {
    expect(MANGLED_PROPS.length).toBeGreaterThan(0);
    expect(new Set(MANGLED_PROPS).size).toBe(MANGLED_PROPS.length);
    for (const name of MANGLED_PROPS) {
      expect(name).toMatch(/^[A-Za-z_$][\w$]*$/);
      expect(mangleProps.test(name)).toBe(true);
      expect(mangleProps.test(`${name}s`)).toBe(MANGLED_PROPS.includes(`${name}s`));
    }
    expect(mangleProps.test('path')).toBe(false);
  });

  it.each([
    ['declared as a member of our own classes and types', (n: string) => srcDeclared.has(n)],
    ['never a word of a string in src/', (n: string) => !srcStrings.has(n)],
    [
      'not declared by Obsidian, CodeMirror or the DOM and ES libraries',
      (n: string) => !libraryDeclared.has(n),
    ],
    ['not a settings key', (n: string) => !settingKeys.has(n)],
    ['not a word of the user-facing docs or the example vault', (n: string) => !userWords.has(n)],
    ['not a frontmatter key the code reads', (n: string) => !frontmatterKeys.has(n)],
    ['not a member of an object we do not own', (n: string) => !EXTERNAL_NAMES.includes(n)],
  ])('are each %s', (_rule, holds) => {
    expect(MANGLED_PROPS.filter((n) => !holds(n))).toEqual([]);
  });

  it('the rules do catch the names that must keep their spelling', () => {
    // What each rule is there for, on names the plugin really has.
    expect(settingKeys.has('privateHeadings')).toBe(true);
    expect(libraryDeclared.has('onload')).toBe(true);
    expect(libraryDeclared.has('checkCallback')).toBe(true);
    expect(frontmatterKeys.has('relationship')).toBe(true);
    expect(srcStrings.has('personPath')).toBe(true);
    expect(userWords.has('kind')).toBe(true);
  });
});
