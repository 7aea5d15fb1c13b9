/** A reason the process cannot start that a person can fix; printed as one line, without a stack. */
export class StartupError extends Error {}

/** Runs a process's main function; a startup problem ends it with one readable line and exit code 1. */
export function runProcess(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const line = error instanceof StartupError ? error.message : `Sanggar could not start: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`${line}\n`);
    process.exit(1);
  });
}

/**
 * On SIGTERM or SIGINT: close the app (in-flight jobs and requests finish, connections close), say
 * so, and exit 0. A second signal while closing exits at once.
 */
export function closeOnSignals(app: { close(): Promise<void> }, name: string): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    process.stdout.write(`${name} stopping (${signal})…\n`);
    app.close().then(
      () => {
        process.stdout.write(`${name} stopped.\n`);
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
