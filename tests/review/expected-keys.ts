/**
 * The `data-record` keys a review page must hold for a Pack, written out from the key scheme in
 * docs/review.md (not from the page writer's code): one per record and warning.
 */
interface PackLike {
  agenda: unknown[];
  documents: unknown[];
  minutes: Array<{ items: Array<{ resolutions: unknown[]; votes: unknown[] }> }>;
  actions: Array<{ id: string }>;
  programme: unknown[];
  decisions: Array<{ id: string }>;
  warnings: unknown[];
}

export function expectedRecordKeys(pack: PackLike): string[] {
  const keys = ['meeting:0'];
  pack.agenda.forEach((_, i) => keys.push(`agenda:${i}`));
  pack.documents.forEach((_, i) => keys.push(`document:${i}`));
  pack.minutes.forEach((m, i) => {
    keys.push(`minutes:${i}`);
    m.items.forEach((item, j) => {
      keys.push(`minute-item:${i}.${j}`);
      item.resolutions.forEach((_, k) => keys.push(`resolution:${i}.${j}.${k}`));
      item.votes.forEach((_, k) => keys.push(`vote:${i}.${j}.${k}`));
    });
  });
  const seen = new Map<string, number>();
  const byId = (kind: string, raw: string) => {
    const id = raw.replace(/\s+/g, '_');
    const n = (seen.get(`${kind}:${id}`) ?? 0) + 1;
    seen.set(`${kind}:${id}`, n);
    keys.push(n === 1 ? `${kind}:${id}` : `${kind}:${id}#${n}`);
  };
  pack.actions.forEach((a) => byId('action', a.id));
  pack.programme.forEach((_, i) => keys.push(`programme:${i}`));
  pack.decisions.forEach((d) => byId('decision', d.id));
  pack.warnings.forEach((_, i) => keys.push(`warning:${i}`));
  return keys;
}
