/** License declarations in package manifests at the repository root. */
import { parseJsonObject } from '../lib/json.js';
import { loadYaml } from '../lib/lazy.js';
import { firstLineMatching } from '../lib/text.js';

export interface ManifestLicense {
  readonly path: string;
  readonly expression: string;
  readonly line: number;
}

type Reader = (text: string) => string | undefined;

const fromJsonField: Reader = (text) => {
  const value: unknown = parseJsonObject(text)?.['license'];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' OR ');
  if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
    return (value as { type: string }).type;
  }
  return undefined;
};

const fromTomlLine: Reader = (text) =>
  /^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?["']([^"'\n]+)["']/m.exec(text)?.[1];

const fromIniLine: Reader = (text) => /^\s*license\s*=\s*([^\n]+)$/m.exec(text)?.[1]?.trim();

const fromDescription: Reader = (text) => /^License:\s*([^\n]+)$/m.exec(text)?.[1]?.trim();

const fromPubliccode: Reader = (text) => {
  try {
    const doc: unknown = loadYaml().parse(text);
    const license = (doc as { legal?: { license?: unknown } } | null)?.legal?.license;
    return typeof license === 'string' ? license : undefined;
  } catch {
    return undefined;
  }
};

/** Which root files carry a license field, and how to read it. */
export const MANIFEST_READERS: Readonly<Record<string, Reader>> = {
  'package.json': fromJsonField,
  'composer.json': fromJsonField,
  'Cargo.toml': fromTomlLine,
  'pyproject.toml': fromTomlLine,
  'setup.cfg': fromIniLine,
  DESCRIPTION: fromDescription,
  'publiccode.yml': fromPubliccode,
  'publiccode.yaml': fromPubliccode,
};

export function manifestLicenses(texts: ReadonlyMap<string, string>): ManifestLicense[] {
  return Object.entries(MANIFEST_READERS).flatMap(([path, read]) => {
    const text = texts.get(path);
    const expression = text === undefined ? undefined : read(text)?.trim();
    if (!text || !expression || expression.toUpperCase() === 'UNKNOWN') return [];
    const line = firstLineMatching(text, /licen[cs]e/i)?.line ?? 1;
    return [{ path, expression, line }];
  });
}
