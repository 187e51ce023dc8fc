/**
 * Containers and configuration: Compose service images (a service behind `profiles:` is optional),
 * Dockerfile base images (build stages are dev, the final stage is runtime) and .env example keys.
 */
import { linesOf } from '../../manifests/lines.js';
import { yamlEntry, yamlProblem } from '../../manifests/yaml-lines.js';
import type { DepRef, Reader, Scope } from '../dep-ref.js';
import { lenient } from '../dep-ref.js';

const DIGEST = /@.*$/;
const REGISTRY_PREFIX = /^(?:(?:index\.|registry-1\.)?docker\.io\/)?(?:library\/)?/;

/** `docker.io/library/redis:7@sha256:…` -> name `redis`, version `7`. */
export function imageRef(written: string, line: number, scope: Scope = 'runtime', via?: string): DepRef[] {
  const ref = written
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(DIGEST, '');
  if (ref === '' || ref.startsWith('$')) return [];
  // The tag starts at the first colon after the last slash: `${VERSION:-7.2}` and `host:5000/` stay whole.
  const colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
  const name = (colon >= 0 ? ref.slice(0, colon) : ref).toLowerCase().replace(REGISTRY_PREFIX, '');
  return [{ ecosystem: 'docker', name, version: colon >= 0 ? ref.slice(colon + 1) : undefined, line, scope, via }];
}

/** Compose files: each service's `image:`; services that only start under a profile are optional. */
export const composeImages: Reader = (text) => {
  const lines = linesOf(text);
  const refs: DepRef[] = [];
  let inServices = false;
  let serviceIndent: number | undefined;
  let service: { refs: DepRef[]; profiles: boolean } | undefined;
  const close = () => {
    if (service)
      refs.push(
        ...service.refs.map((r) =>
          service?.profiles ? { ...r, scope: 'optional' as const, via: 'Compose profile' } : r,
        ),
      );
  };
  lines.forEach((line, i) => {
    const e = yamlEntry(line);
    if (!e?.key) return;
    if (e.indent === 0) {
      close();
      service = undefined;
      inServices = e.key === 'services';
      serviceIndent = undefined;
    } else if (inServices && e.indent === (serviceIndent ??= e.indent)) {
      close();
      service = { refs: [], profiles: false };
    } else if (service && e.key === 'image') service.refs.push(...imageRef(e.value, i + 1));
    else if (service && e.key === 'profiles') service.profiles = true;
  });
  close();
  if (!lines.some((l) => l.startsWith('services:'))) refs.push(...legacyImages(lines));
  return { refs, problem: yamlProblem(lines) };
};

/** Compose file format 1 has no `services:` key: every `image:` line is a service. */
const legacyImages = (lines: readonly string[]): DepRef[] =>
  lines.flatMap((line, i) => {
    const e = yamlEntry(line);
    return e?.key === 'image' ? imageRef(e.value, i + 1) : [];
  });

const ARG = /^\s*ARG\s+([A-Za-z_]\w*)=("?)([^"\s]*)\2/i;
const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i;
const VARIABLE = /\$\{?([A-Za-z_]\w*)(?::?-([^}]*))?\}?/g;

/**
 * Dockerfile `FROM` lines, with `ARG` defaults filled in. The final stage's image (followed through
 * `FROM <earlier stage>`) is runtime; images used only by build stages are dev. `scratch` is skipped.
 */
export const dockerfile: Reader = (text) => {
  const args = new Map<string, string>();
  const stages = new Map<string, DepRef[]>([['scratch', []]]);
  const own: DepRef[] = [];
  let last: DepRef[] | undefined;
  linesOf(text).forEach((line, i) => {
    const arg = ARG.exec(line);
    if (arg?.[1]) args.set(arg[1], arg[3] ?? '');
    const from = FROM.exec(line);
    if (!from?.[1]) return;
    const image = from[1].replace(VARIABLE, (_, name: string, fallback?: string) => args.get(name) ?? fallback ?? '$');
    const earlier = stages.get(image.toLowerCase());
    last = earlier ?? (image.includes('$') ? [] : imageRef(image, i + 1));
    if (!earlier) own.push(...last);
    if (from[2]) stages.set(from[2].toLowerCase(), last);
  });
  const final = new Set(last ?? []);
  const refs = own.map((r) => (final.has(r) ? r : { ...r, scope: 'dev' as const, via: 'build stage' }));
  return { refs, problem: last ? undefined : { line: 1, reason: 'no FROM instruction' } };
};

const ENV_KEY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/;

/** Variable names of .env example files (comments are skipped by the pattern). */
export const envKeys: Reader = lenient((text) =>
  linesOf(text).flatMap((line, i) => {
    const name = ENV_KEY.exec(line)?.[1];
    return name ? [{ ecosystem: 'env' as const, name, line: i + 1 }] : [];
  }),
);
