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
