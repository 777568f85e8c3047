/**
 * What the profiling benches share: the corpus read from the command line's folder (default
 * ../shared/corpus, parsed with linkedom before profiling) and a sampled CPU profile
 * (node:inspector) of analyzeDocument over it, with each sample's stack of function labels.
 * Sampling, not timing: shares are steady under load where wall-clock medians are not.
 */
import { Session, type Profiler } from 'node:inspector/promises';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { findPages, readPageHtml } from './corpus';

/** A sampling interval fine enough for pages of a few milliseconds (µs). */
const SAMPLING_INTERVAL_US = 100;

export interface ProfileArgs {
  /** `--name N`, or the fallback. */
  option(name: string, fallback: number): number;
  has(flag: string): boolean;
  /** The corpus folder: the first argument that is no option or option value. */
  root: string;
}

export function profileArgs(argv: readonly string[]): ProfileArgs {
  return {
    option: (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback),
    has: (flag) => argv.includes(flag),
    root: resolve(
      argv.find((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--')) ??
        resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus'),
    ),
  };
}

/** Every `every`-th corpus page, parsed; exits quietly when there is no corpus. */
export function corpusDocuments(root: string, every: number): { url: string | null; doc: Document }[] {
  if (!existsSync(root)) {
    console.log(`no corpus at ${root}: nothing to measure`);
    process.exit(0);
  }
  return findPages(root)
    .filter((_page, i) => i % every === 0)
    .map((page) => ({ url: page.url, doc: parseHTML(readPageHtml(page)).document }));
}

/**
 * Profiles `reps` rounds of analyzeDocument over the documents and returns every sample's stack,
 * innermost first, as `label` names its frames.
 */
export async function profileAnalyses(
  docs: readonly { url: string | null; doc: Document }[],
  reps: number,
  label: (frame: Profiler.ProfileNode['callFrame']) => string,
  options: { content?: boolean } = {},
): Promise<string[][]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.post('Profiler.start');
  for (let rep = 0; rep < reps; rep++)
    for (const { url, doc } of docs) analyzeDocument(doc, { url, content: options.content });
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profiler.Profile };
  session.disconnect();
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  return (profile.samples ?? []).map((id) => {
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
      stack.push(label(nodeById.get(at)!.callFrame));
    return stack;
  });
}
