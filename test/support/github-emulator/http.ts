/** Small HTTP helpers of the emulator: GitHub-shaped fault answers, ETags, request bodies. */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Fault } from './faults.js';

export function answerFault(
  fault: Fault,
  send: (status: number, body: unknown, extra?: Record<string, string>) => void,
): void {
  if (fault.type === 'secondary-rate-limit') {
    const after = fault.retryAfterSeconds ?? 60;
    send(
      fault.status ?? 403,
      {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      { 'retry-after': String(after) },
    );
  } else if (fault.type === 'status') {
    send(fault.status, {
      message: fault.message ?? defaultMessage(fault.status),
      documentation_url: 'https://docs.github.com/rest',
      status: String(fault.status),
    });
  }
}

function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Git Repository is empty.',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return messages[status] ?? 'Error';
}

export function etagOf(payload: unknown): string {
  return `W/"${createHash('sha1')
    .update(typeof payload === 'string' ? payload : JSON.stringify(payload))
    .digest('hex')}"`;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
