/**
 * The GraphQL the source sends, and nothing else: `repository(owner:, name:)` holding aliased
 * `object(expression: "REV:path") { ... on Blob { byteSize isBinary isTruncated text oid } }`.
 * Parsed with the `graphql` package's parser; any other shape gets a GraphQL error, as GitHub would
 * answer an unknown field. Field names checked against @octokit/graphql-schema's Blob type.
 */
import { Kind, parse, type FieldNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { findEntry, resolveRev } from './lookup.js';
import type { EmulatedRepo } from './repos.js';

export interface GraphQLError {
  readonly message: string;
  readonly type?: string;
  readonly path?: readonly string[];
}

export interface GraphQLAnswer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly GraphQLError[];
}

const BLOB_FIELDS = new Set(['byteSize', 'isBinary', 'isTruncated', 'text', 'oid', 'abbreviatedOid', '__typename']);
const BINARY_SNIFF = 8000;

type Variables = Readonly<Record<string, unknown>>;

/** `asked` collects every object(expression:) answered, so tests can see which files were fetched. */
export function answerGraphQL(
  body: unknown,
  findRepo: (owner: string, name: string) => EmulatedRepo | undefined,
  textLimit: number,
  asked: string[] = [],
  repos: string[] = [],
): GraphQLAnswer {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
  if (typeof query !== 'string') return fail('A query attribute must be specified and must be a string.');
  const vars = (variables && typeof variables === 'object' ? variables : {}) as Variables;
  let document;
  try {
    document = parse(query);
  } catch (err) {
    return fail(`Parse error: ${(err as Error).message}`);
  }
  const [operation, ...others] = document.definitions;
  if (
    !operation ||
    others.length > 0 ||
    operation.kind !== Kind.OPERATION_DEFINITION ||
    operation.operation !== 'query'
  ) {
    return fail('the emulator answers exactly one query operation');
  }
  const data: Record<string, unknown> = {};
  const errors: GraphQLError[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'repository')
      return fail(`Field '${nameOf(selection)}' doesn't exist on type 'Query'`);
    const key = selection.alias?.value ?? 'repository';
    const owner = String(argument(selection, 'owner', vars) ?? '');
    const name = String(argument(selection, 'name', vars) ?? '');
    const repo = findRepo(owner, name);
    repos.push(`${owner}/${name}`);
    if (!repo) {
      data[key] = null;
      errors.push({
        type: 'NOT_FOUND',
        path: [key],
        message: `Could not resolve to a Repository with the name '${owner}/${name}'.`,
      });
      continue;
    }
    const answer = repositoryFields(repo, selection.selectionSet, vars, textLimit, asked);
    if ('error' in answer) return fail(answer.error);
    data[key] = answer.fields;
  }
  return errors.length > 0 ? { data, errors } : { data };
}

function repositoryFields(
  repo: EmulatedRepo,
  set: SelectionSetNode | undefined,
  vars: Variables,
  textLimit: number,
  asked: string[],
): { fields: Record<string, unknown> } | { error: string } {
  const fields: Record<string, unknown> = {};
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'object')
      return { error: `Field '${nameOf(selection)}' is not answered by the emulator on type 'Repository'` };
    const expression = argument(selection, 'expression', vars);
    if (typeof expression !== 'string')
      return { error: "Argument 'expression' on Field 'object' has an invalid value" };
    const wanted = blobFields(selection);
    if (typeof wanted === 'string') return { error: wanted };
    asked.push(expression);
    fields[selection.alias?.value ?? 'object'] = resolveObject(repo, expression, wanted, textLimit);
  }
  return { fields };
}

function blobFields(field: FieldNode): string[] | string {
  const names: string[] = [];
  for (const selection of field.selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.INLINE_FRAGMENT || selection.typeCondition?.name.value !== 'Blob')
      return 'the emulator answers only `... on Blob { … }` inside object()';
    for (const inner of selection.selectionSet.selections) {
      if (inner.kind !== Kind.FIELD || !BLOB_FIELDS.has(inner.name.value))
        return `Field '${nameOf(inner)}' doesn't exist on type 'Blob'`;
      names.push(inner.name.value);
    }
  }
  return names;
}

function resolveObject(
  repo: EmulatedRepo,
  expression: string,
  wanted: readonly string[],
  textLimit: number,
): Record<string, unknown> | null {
  const colon = expression.indexOf(':');
  if (colon < 0) return null;
  const commit = resolveRev(repo, expression.slice(0, colon));
  const entry = commit ? findEntry(repo, commit, expression.slice(colon + 1)) : undefined;
  if (!entry) return null;
  if (entry.node.type !== 'blob') return {}; // a Tree: the Blob fragment selects nothing
  const content = repo.blob(entry.node.sha) ?? Buffer.alloc(0);
  const binary = content.subarray(0, BINARY_SNIFF).includes(0);
  const truncated = !binary && content.length > textLimit;
  const values: Record<string, unknown> = {
    byteSize: content.length,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : new TextDecoder('utf-8').decode(truncated ? content.subarray(0, textLimit) : content),
    oid: entry.node.sha,
    abbreviatedOid: entry.node.sha.slice(0, 7),
    __typename: 'Blob',
  };
  return Object.fromEntries(wanted.map((name) => [name, values[name]]));
}

function argument(field: FieldNode, name: string, vars: Variables): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value;
  return node ? valueOf(node, vars) : undefined;
}

function valueOf(node: ValueNode, vars: Variables): unknown {
  if (node.kind === Kind.VARIABLE) return vars[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

function nameOf(selection: { kind: string; name?: { value: string } }): string {
  return selection.name?.value ?? selection.kind;
}

function fail(message: string): GraphQLAnswer {
  return { errors: [{ message }] };
}
