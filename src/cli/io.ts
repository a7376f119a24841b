// What a command may touch of the outside world, passed in so that tests can run main()
// without a process: the streams, the environment and the working directory.

export interface OutStream {
  /** Text, or bytes (a PDF to stdout). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
  stdinIsTTY: boolean;
}

export function systemIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdinIsTTY: Boolean(process.stdin.isTTY),
  };
}
