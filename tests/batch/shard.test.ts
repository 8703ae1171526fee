import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf, shardTag } from '../../src/batch/shard.js';
import { UsageError } from '../../src/errors.js';

describe('shards', () => {
  it('parses K/N with shards numbered from 1', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it('rejects shard 0, a shard past N, and text that is not K/N', () => {
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(UsageError);
  });

  it('takes the shard from the first 48 bits of the sha256 of the relative path, the same on every machine', () => {
    const rel = '2024/ecyp-12-04.pdf';
    const hex = createHash('sha256').update(rel).digest('hex');
    expect(shardOf(rel, 7)).toBe((parseInt(hex.slice(0, 12), 16) % 7) + 1);
    // Pinned: a change here would reshuffle every archive already split across machines.
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => shardOf(rel, n))).toMatchSnapshot();
  });

  it('puts every path in exactly one of N shards', () => {
    const paths = Array.from({ length: 300 }, (_, i) => `box${i % 7}/pack-${i}.pdf`);
    const counts = [0, 0, 0];
    for (const p of paths) {
      const owners = [1, 2, 3].filter((k) => inShard(p, { index: k, count: 3 }));
      expect(owners).toHaveLength(1);
      counts[owners[0] - 1]++;
    }
    // A fair hash: each shard gets roughly a third (100 ± 30 of 300).
    for (const c of counts) expect(Math.abs(c - 100)).toBeLessThan(30);
  });

  it('names shards for file names', () => {
    expect(shardTag(undefined)).toBe('all');
    expect(shardTag({ index: 2, count: 8 })).toBe('shard-2-of-8');
  });
});
