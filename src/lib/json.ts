/** Lenient JSON reading for repository files: hostile or broken input yields undefined, never a throw. */
export type JsonObject = Record<string, unknown>;

/** The parsed value when `text` is a JSON object; undefined for anything else (arrays, scalars, bad JSON). */
export function parseJsonObject(text: string | undefined): JsonObject | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}
