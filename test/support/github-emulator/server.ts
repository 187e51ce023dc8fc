/**
 * A GitHub API emulator: a real HTTP server on 127.0.0.1 answering the REST and GraphQL requests of
 * the GitHub source from folders on disk, with ETags, rate-limit headers, a request log and faults.
 */
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { takeFault, type Endpoint, type FaultRule } from './faults.js';
import { answerGraphQL } from './graphql.js';
import { answerFault, etagOf, parseJson, readBody } from './http.js';
import { listRepoFolders, loadRepo, type EmulatedRepo, type RepoMetaOverrides } from './repos.js';
import * as rest from './rest.js';
import { RateLimits } from './rate-limits.js';

export interface EmulatorOptions {
  /** Folder of OWNER__NAME folders. More can be added with addRepo(). */
  readonly reposDir?: string;
  readonly port?: number;
  /** Added to every answer. */
  readonly latencyMs?: number;
  /** Requests per window and per token (REST and GraphQL counted apart, as on GitHub). */
  readonly rateLimit?: number;
  readonly rateLimitWindowSeconds?: number;
  /** JSON line per request. */
  readonly logFile?: string;
  /** Recursive trees with more entries come back `truncated: true` (GitHub: 100,000). */
  readonly treeEntryLimit?: number;
  /** GraphQL Blob.text is cut here and isTruncated set. */
  readonly textLimit?: number;
  /** When set, any other token gets 401 Bad credentials. */
  readonly validTokens?: readonly string[];
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly endpoint: Endpoint;
  readonly repo: string | undefined;
  readonly status: number;
  readonly ms: number;
  /** Whether an Authorization header came (never its value). */
  readonly authorized: boolean;
  /** GraphQL only: the object(expression:) values asked for, "REV:path". */
  readonly objects?: readonly string[];
}

export interface GitHubEmulator {
  readonly url: string;
  readonly requests: LoggedRequest[];
  addRepo(fullName: string, dir: string): void;
  setMeta(fullName: string, meta: RepoMetaOverrides): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  setTreeEntryLimit(limit: number): void;
  close(): Promise<void>;
}

interface Routed {
  readonly endpoint: Endpoint;
  readonly repo?: string;
  readonly answer: (repo: EmulatedRepo) => rest.Answer;
}

export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const folders = options.reposDir ? listRepoFolders(options.reposDir) : new Map<string, string>();
  const loaded = new Map<string, EmulatedRepo>();
  const metas = new Map<string, RepoMetaOverrides>();
  const faults: FaultRule[] = [];
  const requests: LoggedRequest[] = [];
  const limits = new RateLimits(options.rateLimit ?? 5000, options.rateLimitWindowSeconds ?? 3600);
  let treeEntryLimit = options.treeEntryLimit ?? 100_000;
  let base = '';

  const findRepo = (owner: string, name: string): EmulatedRepo | undefined => {
    const key = `${owner}/${name}`.toLowerCase();
    const dir = folders.get(key);
    if (!dir) return undefined;
    if (!loaded.has(key)) loaded.set(key, loadRepo(dir, owner, name));
    const repo = loaded.get(key);
    if (repo) repo.meta = metas.get(key) ?? repo.meta;
    return repo;
  };

  const route = (req: IncomingMessage, url: URL): Routed | undefined => {
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    if (req.method === 'POST' && (path === '/graphql' || path === '/api/graphql'))
      return { endpoint: 'graphql', answer: () => rest.notFound() };
    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(commits|git\/trees)\/(.+))?$/.exec(path);
    if (req.method !== 'GET' || !m) return undefined;
    const [, owner = '', name = '', kind, rest1 = ''] = m;
    const repoName = `${decodeURIComponent(owner)}/${decodeURIComponent(name)}`;
    const apiBase = `${base}/repos/${repoName}`;
    if (!kind)
      return { endpoint: 'repository', repo: repoName, answer: (r) => rest.repository(r, 'https://github.com') };
    if (kind === 'commits')
      return {
        endpoint: 'commit',
        repo: repoName,
        answer: (r) => rest.commit(r, decodeURIComponent(rest1), String(req.headers.accept ?? '')),
      };
    const recursive = ['1', 'true'].includes(url.searchParams.get('recursive') ?? '');
    return {
      endpoint: 'tree',
      repo: repoName,
      answer: (r) => rest.tree(r, decodeURIComponent(rest1), recursive, treeEntryLimit, apiBase),
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const body = await readBody(req);
    const routed = route(req, url);
    const endpoint = routed?.endpoint ?? 'other';
    const authorization = req.headers.authorization;
    const asked: string[] = [];
    const graphRepos: string[] = [];
    const log = (status: number) => {
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        endpoint,
        repo: routed?.repo ?? graphRepos[0],
        status,
        ms: Math.round(performance.now() - started),
        authorized: Boolean(authorization),
        ...(asked.length > 0 ? { objects: asked } : {}),
      };
      requests.push(entry);
      if (options.logFile) appendFileSync(options.logFile, `${JSON.stringify(entry)}\n`);
    };
    const delay =
      (options.latencyMs ?? 0) +
      ((takeFault(faults, routed?.repo, endpoint, ['latency']) as { ms?: number } | undefined)?.ms ?? 0);
    if (delay > 0) await sleep(delay);
    if (takeFault(faults, routed?.repo, endpoint, ['reset'])) {
      log(0);
      req.socket.destroy();
      return;
    }
    const resource = endpoint === 'graphql' ? 'graphql' : 'core';
    const bucket = limits.bucket(resource, authorization);
    const send = (
      status: number,
      payload: unknown,
      extra: Record<string, string> = {},
      contentType = 'application/json; charset=utf-8',
    ) => {
      const notModified = status === 200 && req.method === 'GET' && etagOf(payload) === req.headers['if-none-match'];
      if (!notModified) bucket.spend();
      const headers = {
        ...bucket.headers(resource),
        ...(status === 200 && req.method === 'GET' ? { etag: etagOf(payload) } : {}),
        ...extra,
      };
      if (notModified) {
        res.writeHead(304, headers).end();
        log(304);
        return;
      }
      res
        .writeHead(status, { ...headers, 'content-type': contentType })
        .end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      log(status);
    };
    const injected = takeFault(faults, routed?.repo, endpoint, ['status', 'rate-limit', 'secondary-rate-limit']);
    if (
      options.validTokens &&
      authorization &&
      !options.validTokens.includes(authorization.replace(/^(token|bearer)\s+/i, ''))
    ) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    if (injected?.type === 'rate-limit' || bucket.remaining() <= 0) {
      // An injected limit is one answer that says "none left"; the enforced limit (rateLimit) really runs out.
      const extra: Record<string, string> =
        injected?.type === 'rate-limit'
          ? {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + (injected.resetInSeconds ?? 3600)),
            }
          : {};
      send(
        403,
        {
          message:
            "API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit.)",
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
        extra,
      );
      return;
    }
    if (injected) {
      answerFault(injected, send);
      return;
    }
    if (!routed) {
      send(404, rest.notFound().body);
      return;
    }
    if (endpoint === 'graphql') {
      const answer = answerGraphQL(
        parseJson(body),
        findRepo,
        options.textLimit ?? 100 * 1024 * 1024,
        asked,
        graphRepos,
      );
      send(200, answer);
      return;
    }
    const [owner = '', name = ''] = (routed.repo ?? '').split('/');
    const repo = findRepo(owner, name);
    const answer = repo ? routed.answer(repo) : rest.notFound();
    send(answer.status, answer.body, {}, answer.contentType);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: String(err) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    addRepo: (fullName, dir) => {
      folders.set(fullName.toLowerCase(), dir);
      loaded.delete(fullName.toLowerCase());
    },
    setMeta: (fullName, meta) => {
      metas.set(fullName.toLowerCase(), meta);
    },
    addFault: (rule) => {
      faults.push({ ...rule });
    },
    clearFaults: () => {
      faults.splice(0);
    },
    setTreeEntryLimit: (limit) => {
      treeEntryLimit = limit;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
