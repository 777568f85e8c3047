/** The page's messages about imports and damaged data: short, with counts, never one line per item. */
import type { ImportReport, LoadedLibrary } from '../shared/storage';
import type { Notice } from './components/Notices';

/** Reason kinds named in a summary ("19,990 not saved outlines, 10 …"); the rest are counted as "other". */
const SUMMARY_REASON_KINDS = 3;
/** Items listed one per line under a notice; more are counted in a last line. */
export const MAX_NOTICE_DETAILS = 5;
/** A page address quoted in a notice: enough to recognise it (a rejected one may be any length). */
const MAX_QUOTED_URL_CHARS = 200;

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export { errorText } from '../shared/error-text';

/** The first `MAX_NOTICE_DETAILS` lines, and "… and N more." for the rest. */
export function shortList(lines: string[], total = lines.length): string[] {
  const shown = lines.slice(0, MAX_NOTICE_DETAILS);
  return total > shown.length ? [...shown, `… and ${(total - shown.length).toLocaleString()} more.`] : shown;
}

/** "20,000 rejected: 19,990 because it is not a saved outline, 10 because …" */
function rejectionSummary(report: ImportReport): string {
  const named = report.rejectedReasons.slice(0, SUMMARY_REASON_KINDS);
  const other = report.rejectedCount - named.reduce((sum, item) => sum + item.count, 0);
  const parts = named.map(({ reason, count }) => `${count.toLocaleString()} because ${reason}`);
  if (other > 0) parts.push(`${other.toLocaleString()} for other reasons`);
  return `${plural(report.rejectedCount, 'outline')} rejected: ${parts.join('; ')}.`;
}

export function importNotice(fileName: string, report: ImportReport): Notice {
  const counts = [
    `${report.added.toLocaleString()} added`,
    `${report.updated.toLocaleString()} updated`,
    `${report.unchanged.toLocaleString()} unchanged`,
    `${report.rejectedCount.toLocaleString()} rejected`,
  ];
  if (!report.rejectedCount) return { tone: 'success', title: `Imported “${fileName}”: ${counts.join(', ')}.` };
  const lines = report.rejected.map((item) => {
    const long = item.url && item.url.length > MAX_QUOTED_URL_CHARS;
    const url = long ? `${item.url!.slice(0, MAX_QUOTED_URL_CHARS)}…` : item.url;
    return `Outline ${item.position + 1}${url ? ` (${url})` : ''} was rejected: ${item.reason}.`;
  });
  return {
    tone: 'warning',
    title: `Imported “${fileName}”: ${counts.join(', ')}.`,
    details: [rejectionSummary(report), ...shortList(lines, report.rejectedCount)],
  };
}

/** The lines of the damaged-items notice: stored items not readable now, and those set aside before. */
export function damageLines(library: LoadedLibrary): string[] {
  return [
    ...library.problems.map((problem) => `${problem.key}: ${problem.reason}`),
    ...library.quarantined.map((item) => `${item.key}: ${item.reason}`),
  ];
}
