/**
 * Why the DPGA excluded a nominee: publicgoods-candidates keeps the reasons not in the records but in a
 * table of excluded-nominees/README.md (`Nominee | Exclusion Date | Reason`), one row per nominee or per
 * group ("A, B & C"). Names are matched loosely (case, spaces and punctuation ignored), as the table spells
 * some of them otherwise than the records do. Pure.
 */

/** Nominee name (squashed) -> the reason the table gives. */
export type ExclusionReasons = ReadonlyMap<string, string>;

const squash = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function parseExclusionReasons(readme: string): ExclusionReasons {
  const reasons = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const [names = '', , ...reason] = cells;
    if (cells.length < 3 || names === '' || names === 'Nominee' || /^[-: ]+$/.test(names)) continue;
    const text = reason.join(' | ').trim();
    if (text === '') continue;
    for (const name of [names, ...names.split(/,\s*|\s+&\s+|\s+and\s+/)])
      if (squash(name) !== '' && !reasons.has(squash(name))) reasons.set(squash(name), text);
  }
  return reasons;
}

/** The reason recorded for the nominee called `name`, if the table names it. */
export function exclusionReasonOf(reasons: ExclusionReasons, name: string): string | undefined {
  return reasons.get(squash(name));
}
