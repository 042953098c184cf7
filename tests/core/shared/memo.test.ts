import { describe, expect, it } from 'vitest';
import { lazyRegExp, Memo } from '../../../src/core/shared/memo';

describe('Memo', () => {
  it('calls the function once per key and returns the same value after', () => {
    const calls: string[] = [];
    const memo = new Memo((k: string) => {
      calls.push(k);
      return { k };
    });
    const a = memo.get('a');
    expect(memo.get('a')).toBe(a);
    memo.get('b');
    expect(calls).toEqual(['a', 'b']);
  });

  it('remembers a null result too', () => {
    let calls = 0;
    const memo = new Memo((_: string) => {
      calls++;
      return null;
    });
    expect(memo.get('x')).toBeNull();
    expect(memo.get('x')).toBeNull();
    expect(calls).toBe(1);
  });

  it('never holds more than its maximum: it starts again from empty', () => {
    let calls = 0;
    const memo = new Memo((k: number) => {
      calls++;
      return k * 2;
    }, 3);
    for (const k of [1, 2, 3]) memo.get(k);
    expect(memo.size).toBe(3);
    expect(memo.get(4)).toBe(8);
    expect(memo.size).toBe(1);
    expect(memo.get(1)).toBe(2);
    expect(calls).toBe(5);
  });
});

describe('lazyRegExp', () => {
  it('makes the expression of the literal on first use, once', () => {
    const word = lazyRegExp(String.raw`(?:^|[^\p{L}\p{N}_])private(?![\p{L}\p{N}_])`, 'iu');
    const literal = /(?:^|[^\p{L}\p{N}_])private(?![\p{L}\p{N}_])/iu;
    expect(word()).toBe(word());
    expect(word().source).toBe(literal.source);
    expect(word().flags).toBe(literal.flags);
    for (const text of [
      'Private',
      '🔒 Privé private',
      'Privateer',
      'Ünprivate',
      'my private notes',
    ])
      expect(word().test(text)).toBe(literal.test(text));
  });
});
