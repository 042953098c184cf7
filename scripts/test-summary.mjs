// What `npm test` says at its end about what failed (issue 18: "the last lines of a CI log
// must say what failed"): every vitest test that failed, with the time zone of its run,
// its file, its name and the first line of its error; every suite that did not load; and
// for the performance gate every figure over its gate, on both tries (the lines
// tests/bench/main.ts writes to the file named by TOUCHPOINTS_BENCH_REPORT).
import { relative } from 'node:path';

/** The first non-empty line of an error message, without ANSI colours, at most 200 characters. */
export function firstLine(message) {
  // Vitest colours its messages: drop the escape sequences (ESC, '[', digits, 'm').
  const esc = String.fromCharCode(27);
  const text = String(message ?? '')
    .split(esc)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const trimmed = line.trim();
  return trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
}

/**
 * The failures in one vitest JSON report (`--reporter=json`): a line each, the same test
 * failing in both mock projects (plain and realistic) counted once with "(2 runs)".
 */
export function vitestFailures(json, root, label) {
  const counts = new Map();
  const add = (line) => counts.set(line, (counts.get(line) ?? 0) + 1);
  for (const file of json.testResults ?? []) {
    const where = relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) {
      add(`TZ=${label} · ${where} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
    if (file.status === 'failed' && failed.length === 0) {
      add(`TZ=${label} · ${where}: did not run: ${firstLine(file.message) || 'no message'}`);
    }
  }
  return [...counts].map(([line, n]) => (n > 1 ? `${line} (${n} runs)` : line));
}

/** The closing block: nothing when nothing failed, else a heading and a line per failure. */
export function failureBlock(lines, max = 40) {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, max).map((l) => `  ✗ ${l}`);
  const more = lines.length > max ? [`  … and ${lines.length - max} more (see above)`] : [];
  return [`What failed (${lines.length}):`, ...shown, ...more];
}
