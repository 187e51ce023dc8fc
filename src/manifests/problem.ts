/** The first thing that made a file unreadable as its format: shown as a warning naming the file. */
export interface Problem {
  readonly line: number;
  readonly reason: string;
}
