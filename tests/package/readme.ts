/** The commands and code the README gives, read from it, so that tests run exactly those. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

export const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The text under a `## heading`, up to the next heading of that level. */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The fenced code blocks of one language in a piece of markdown, in order. */
export function codeBlocks(markdown: string, lang: string): string[] {
  const fence = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...markdown.matchAll(fence)].map((m) => m[1]);
}

export interface WorkflowStep {
  name?: string;
  run?: string;
}

/** The steps of the GitHub Actions job in a markdown section, by name. */
export function workflowSteps(markdown: string): Map<string, string> {
  const [workflow] = codeBlocks(markdown, 'yaml');
  const jobs = (parse(workflow) as { jobs: Record<string, { steps: WorkflowStep[] }> }).jobs;
  const steps = new Map<string, string>();
  for (const job of Object.values(jobs)) for (const step of job.steps) if (step.name && step.run) steps.set(step.name, step.run);
  return steps;
}
