/**
 * License badges: shields.io static badges (/badge/license-MIT-blue, /:license-mit-blue, /static/v1?label=&message=)
 * and badgen.net. Badges that echo a host's or registry's own claim (/github/license/…, /npm/l/…) are not evidence.
 */
export interface Badge {
  readonly index: number;
  /** The badge's message, decoded: "Apache 2.0", "GPL v3". */
  readonly message: string;
}

const SHIELDS_PATH = /img\.shields\.io\/(?:badge\/|:)([^)\s"'<>?#]{1,300})/gi;
const SHIELDS_STATIC = /img\.shields\.io\/static\/v1\/?\?([^)\s"'<>#]{1,500})/gi;
const BADGEN = /badgen\.net\/badge\/([^/\s)"'<>]{1,100})\/([^/\s)"'<>?#]{1,200})/gi;
const LICENSE_LABEL = /^\s*licen[cs]e\s*:?\s*$/i;
const MAX_BADGES = 20;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** shields.io path syntax: "-" separates label, message and color, "--" is a dash, "_" a space, "__" an underscore. */
function shieldsParts(path: string): string[] {
  const bare = path.replace(/\.(?:svg|png|json)$/i, '');
  return bare
    .replace(/--/g, '\uE000')
    .split('-')
    .map((p) =>
      decode(
        p
          .replace(/\uE000/g, '-')
          .replace(/__/g, '\uE001')
          .replace(/_/g, ' ')
          .replace(/\uE001/g, '_'),
      ),
    );
}

function fromPath(m: RegExpExecArray): Badge | undefined {
  const parts = shieldsParts(m[1] ?? '');
  const [label, message] = parts.length >= 3 ? [parts[0], parts[1]] : [undefined, undefined];
  return label !== undefined && message && LICENSE_LABEL.test(label) ? { index: m.index, message } : undefined;
}

function fromStatic(m: RegExpExecArray): Badge | undefined {
  const query = new URLSearchParams((m[1] ?? '').replace(/&amp;/g, '&'));
  const message = query.get('message');
  return message && LICENSE_LABEL.test(query.get('label') ?? '') ? { index: m.index, message } : undefined;
}

function fromBadgen(m: RegExpExecArray): Badge | undefined {
  const message = decode(m[2] ?? '');
  return LICENSE_LABEL.test(decode(m[1] ?? '')) && message ? { index: m.index, message } : undefined;
}

export function licenseBadges(text: string): Badge[] {
  const found: Badge[] = [];
  for (const [re, read] of [
    [SHIELDS_PATH, fromPath],
    [SHIELDS_STATIC, fromStatic],
    [BADGEN, fromBadgen],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const badge = read(m);
      if (badge) found.push(badge);
      if (found.length >= MAX_BADGES) break;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Badge URLs hide names ("License-AGPL%20v3"): blanked out of section text, same length so offsets hold. */
export function maskBadges(text: string): string {
  return text.replace(/https?:\/\/(?:img\.shields\.io|badgen\.net)\/[^\s)"'<>]{0,500}/gi, (url) =>
    ' '.repeat(url.length),
  );
}
