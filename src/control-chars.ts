/**
 * Control characters from an input never reach a terminal as they are. A pack can hold
 * `ESC]0;…` (which sets the terminal's title), `ESC[2J` (which clears the screen), colour
 * codes that forge a line, or NUL bytes; warnings quote input text, file names come from the
 * archive, and pdf.js's messages quote the file's bytes. Every message packtool writes to
 * stderr, and every string in a batch report, goes through here.
 *
 * Escaped: C0 controls (U+0000-U+001F) but tab, DEL (U+007F) and C1 controls (U+0080-U+009F:
 * U+009B is a one-character CSI to many terminals). A newline is escaped too: in a one-line
 * message it could only forge a second line; messages of several lines escape each line.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** Shown as C-style escapes: `\x1b`, `\x00`, `\x9b`, `\n`, `\r`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/**
 * JSON text with DEL and C1 controls written as `\u007f`…`\u009f` escapes too (JSON.stringify
 * already escapes C0): the same string to a JSON reader, harmless in a terminal or a pager.
 */
export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
