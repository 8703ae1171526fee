import { escapeControls } from '../control-chars.js';

/**
 * Progress of one extract on a terminal: `packtool: pack.pdf: page 120 of 460` on stderr,
 * redrawn in place. A 460-page pack takes seconds to read; silence that long looks like a hang.
 *
 * Shown only when stderr is a terminal (never in a pipe, a file or a CI log, where redrawn
 * lines are noise), never with --quiet, and only once a read has taken a second: most files
 * are done before that, and a line that flashes up and vanishes helps nobody.
 */

/** How long a read goes on before progress is shown. */
export const PROGRESS_DELAY_MS = 1000;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class PageProgress {
  private page = 0;
  private of = 0;
  private shown = false;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly stream: ProgressStream | null,
    delayMs = PROGRESS_DELAY_MS,
  ) {
    if (!stream) return;
    this.timer = setTimeout(() => {
      this.shown = true;
      this.draw();
    }, delayMs);
    this.timer.unref();
  }

  /** The stream to show progress on, or null when it must not be shown (a pipe, or --quiet). */
  static streamFor(stream: ProgressStream, quiet: boolean): ProgressStream | null {
    return !quiet && stream.isTTY === true ? stream : null;
  }

  /** A page was read (the sources' onPage). */
  onPage = (page: number, of: number): void => {
    this.page = page;
    this.of = of;
    if (this.shown) this.draw();
  };

  /** The read is over: stop, and take the line away so that warnings and errors start clean. */
  done(): void {
    clearTimeout(this.timer);
    if (this.shown) this.stream?.write('\r\u001b[K');
    this.shown = false;
  }

  line(): string {
    return `packtool: ${escapeControls(this.file)}: ${this.of ? `page ${this.page} of ${this.of}` : 'reading'}`;
  }

  private draw(): void {
    this.stream?.write(`\r\u001b[K${this.line()}`);
  }
}
