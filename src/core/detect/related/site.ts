/**
 * Site identity for related stories. Interim: replaced by the core's reading layer (src/core/read/site)
 * when it lands; the same question, one answer: the registrable domain of a host.
 */
const SECOND_LEVEL = /^(co|com|net|org|gov|ac|edu|ne|or|go|gob|nic|nom|ltd|plc|sch|mil)$/;

export function registrableDomain(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const keep = SECOND_LEVEL.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}
