/**
 * Line-based readers for build files (Gradle, Maven), Compose service images and .env example keys.
 */
import type { DepRef, Reader } from './package-deps.js';

const GRADLE_TEST_CONFIG = /^\s*(?:test|androidTest|testFixtures)\w*\b/;
const GRADLE_COORDINATE = /["']([\w.-]+):([\w.-]+)(?::[^"'\s]*)?["']/g;
const GRADLE_PLUGIN = /(?:\bid\s*(?:\(\s*)?|apply\s+plugin:\s*)["']([\w.-]+)["']/g;

/** Coordinates (`group:artifact[:version]`) and plugin ids, outside test configurations. */
export const gradle: Reader = (text) =>
  text.split('\n').flatMap((line, i) => {
    if (GRADLE_TEST_CONFIG.test(line)) return [];
    const coordinates = [...line.matchAll(GRADLE_COORDINATE)]
      .map((m): DepRef => ({ ecosystem: 'maven', name: `${m[1]}:${m[2]}`, line: i + 1 }));
    const plugins = [...line.matchAll(GRADLE_PLUGIN)]
      .map((m): DepRef => ({ ecosystem: 'gradle', name: m[1] ?? '', line: i + 1 }));
    return [...coordinates, ...plugins];
  });

const POM_TAGS = {
  groupId: /<groupId>\s*([^<\s]+)\s*<\/groupId>/,
  artifactId: /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/,
  scope: /<scope>\s*([^<\s]+)\s*<\/scope>/,
};
const tag = (name: keyof typeof POM_TAGS, line: string): string | undefined => POM_TAGS[name].exec(line)?.[1];

/** pom.xml `<dependency>` blocks (group:artifact, at the artifactId line), skipping `<scope>test</scope>`. */
export const pomXml: Reader = (text) => {
  let block: { group?: string; artifact?: string; line: number; test: boolean } | undefined;
  return text.split('\n').flatMap((line, i): DepRef[] => {
    if (line.includes('<dependency>')) block = { line: i + 1, test: false };
    if (!block) return [];
    block.group ??= tag('groupId', line);
    const artifactHere = tag('artifactId', line);
    if (artifactHere) [block.artifact, block.line] = [artifactHere, i + 1];
    if (tag('scope', line) === 'test') block.test = true;
    if (!line.includes('</dependency>')) return [];
    const { group, artifact, line: at, test } = block;
    block = undefined;
    return group && artifact && !test ? [{ ecosystem: 'maven', name: `${group}:${artifact}`, line: at }] : [];
  });
};

const IMAGE = /^\s*image:\s*["']?([^"'\s#]+)/;
const DIGEST = /@.*$/;
const REGISTRY_PREFIX = /^(?:(?:index\.|registry-1\.)?docker\.io\/)?(?:library\/)?/;

/** `image:` lines of Compose files, split into name and tag (a digest is dropped). */
export const composeImages: Reader = (text) =>
  text.split('\n').flatMap((line, i) => {
    const ref = IMAGE.exec(line)?.[1]?.replace(DIGEST, '');
    if (!ref) return [];
    // The tag starts at the first colon after the last slash: `${VERSION:-7.2}` and `host:5000/` stay whole.
    const colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
    const hasTag = colon >= 0;
    const name = (hasTag ? ref.slice(0, colon) : ref).toLowerCase().replace(REGISTRY_PREFIX, '');
    return [{ ecosystem: 'docker' as const, name, version: hasTag ? ref.slice(colon + 1) : undefined, line: i + 1 }];
  });

const ENV_KEY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/;

/** Variable names of .env example files (comments are skipped by the pattern). */
export const envKeys: Reader = (text) =>
  text.split('\n').flatMap((line, i) => {
    const name = ENV_KEY.exec(line)?.[1];
    return name ? [{ ecosystem: 'env' as const, name, line: i + 1 }] : [];
  });
