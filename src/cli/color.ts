/**
 * Colour is decided for the stream it is written to: warnings go to stderr, so whether stdout
 * is a terminal says nothing about them (`packtool extract x.pdf > out.yaml` on a terminal
 * still wants yellow warnings; `2> log.txt` wants none).
 *
 * chalk detects each stream's support once, at import (its `supportsColor` for stdout and
 * `supportsColorStderr` for stderr): a terminal or not, TERM=dumb, CI services, and
 * FORCE_COLOR (`0`/`false` off, `1`-`3` a level, set even into a pipe). chalk does not honour
 * NO_COLOR (https://no-color.org), so that is added here: set and not empty, it turns colour
 * off, unless FORCE_COLOR is also set, which wins, as it does for Node's own output.
 */
import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance, type ColorSupportLevel } from 'chalk';

export type OutputStream = 'stdout' | 'stderr';

export function colorLevel(stream: OutputStream, env: NodeJS.ProcessEnv = process.env): ColorSupportLevel {
  const detected = stream === 'stderr' ? supportsColorStderr : supportsColor;
  if (env.NO_COLOR && !('FORCE_COLOR' in env)) return 0;
  return detected ? detected.level : 0;
}

/** A chalk instance that paints only if the given stream should be painted. */
export function paintFor(stream: OutputStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env) });
}
