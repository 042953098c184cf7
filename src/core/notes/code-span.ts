/** Inline code spans, as CommonMark reads them. */

/**
 * The code span opening at `i` (a run of backticks): where its content starts and
 * ends and where the text after it begins, or null when no run of exactly the same
 * length closes it.
 */
export function codeSpan(
  s: string,
  i: number,
): { start: number; end: number; next: number } | null {
  let run = 1;
  while (s[i + run] === '`') run++;
  const fence = '`'.repeat(run);
  let j = s.indexOf(fence, i + run);
  while (j >= 0 && s[j + run] === '`') {
    let k = j;
    while (s[k] === '`') k++;
    j = s.indexOf(fence, k);
  }
  return j < 0 ? null : { start: i + run, end: j, next: j + run };
}
