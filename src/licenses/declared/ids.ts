/** SPDX license ids (current and deprecated) looked up without regard to case or spelling noise. */
import current from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };

const BY_LOWER = new Map<string, string>([...current, ...deprecated].map((id) => [id.toLowerCase(), id]));

const FILE_SUFFIX = /\.(?:php|html?|txt|md)$/i;
const LICENSE_SUFFIX = /-licen[cs]e$/i;
const BARE_MAJOR = /(^|-)(\d+)(?=-|$)/;

/** The SPDX id a written name stands for ("apache-2.0", "GPL-3", "mit-license.php"), or undefined. */
export function canonicalId(written: string): string | undefined {
  const dashed = written.trim().replace(/[\s_]+/g, '-').replace(FILE_SUFFIX, '').replace(/\/+$/, '');
  const stripped = dashed.replace(LICENSE_SUFFIX, '');
  for (const candidate of [dashed, stripped, stripped.replace(BARE_MAJOR, '$1$2.0')]) {
    const id = BY_LOWER.get(candidate.toLowerCase());
    if (id) return id;
  }
  return undefined;
}

/** The family of an id, for telling a vague mention ("the GPL") from a precise one: GPL-3.0-only -> GPL. */
export function familyOf(id: string): string {
  return id.replace(/[-.]?\d.*$/, '') || id;
}

/** Deprecated GNU `+` ids become their -or-later forms: GPL-2.0+ -> GPL-2.0-or-later. */
export function upgradePlus(expression: string): string {
  return expression.replace(/\b((?:A|L)?GPL-\d\.\d|GFDL-\d\.\d)\+(?=$|[\s)])/g, '$1-or-later');
}
