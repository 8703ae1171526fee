/**
 * `--shard K/N`: which inputs one of N machines takes, decided from the input's relative path
 * alone so that N machines split an archive without talking to each other.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

export interface Shard {
  /** 1-based: shards are 1/N … N/N. */
  index: number;
  count: number;
}

/**
 * How many bytes of the sha256 make the shard number. 6 bytes (48 bits) fit exactly in a
 * JavaScript number, so the modulo is exact and identical on every machine and Node version.
 */
const HASH_BYTES = 6;

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new UsageError(`--shard takes K/N (e.g. 2/8), not "${text}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${text}: K must be between 1 and N (shards are numbered 1/N to N/N)`);
  }
  return { index, count };
}

/** The shard (1..count) an input belongs to: sha256 of its POSIX relative path, so it never depends on the machine. */
export function shardOf(rel: string, count: number): number {
  const digest = createHash('sha256').update(rel, 'utf8').digest();
  return (digest.readUIntBE(0, HASH_BYTES) % count) + 1;
}

export function inShard(rel: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(rel, shard.count) === shard.index;
}

/** A name for the shard in file names: `all` or `shard-2-of-8`. */
export function shardTag(shard: Shard | undefined): string {
  return shard ? `shard-${shard.index}-of-${shard.count}` : 'all';
}
