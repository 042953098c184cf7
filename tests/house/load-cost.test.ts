/**
 * What keeps loading main.js cheap (issue 16, decision 1): V8 checks every regular
 * expression literal while it compiles the bundle, and one with a Unicode property
 * escape (`\p{L}`) costs about 0.2 ms there. Such expressions are written as text and
 * made on first use (`lazyRegExp` in src/core/shared/memo.ts). The command line
 * (src/cli/) is not part of main.js.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function regexLiterals(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(n)) found.push(n.text);
    n.forEachChild(visit);
  };
  visit(file);
  return found;
}

describe('loading main.js', () => {
  it('has no regular expression literal with a Unicode property escape outside the command line', () => {
    const offending = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('cli'))
      .flatMap((f) => regexLiterals(join(src, f)).map((re) => `${f}: ${re}`))
      .filter((line) => /\\[pP]\{/.test(line));
    expect(offending).toEqual([]);
  });

  it('the scan sees the regular expression literals of a file', () => {
    const cli = readdirSync(join(src, 'cli'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => regexLiterals(join(src, 'cli', f)));
    expect(cli.length).toBeGreaterThan(0);
  });
});
