/**
 * What the CLI needs from its process, passed in rather than read from globals so tests can run a
 * whole command in-process and see exactly what a user would see.
 */
export interface CliWriter {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
  /** Read only by `clip -`. `isTTY` lets us tell a reporter we are waiting for them to paste. */
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted when the user asks a long-running command (serve) to stop, e.g. on Ctrl-C. */
  signal?: AbortSignal;
}
