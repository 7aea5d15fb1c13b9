import { readFile } from 'node:fs/promises';
import { NODE_FLAGS } from '../scripts/node-flags.mjs';

// The api and worker are started in three places; each must run them with the flags the benchmarks measured.
const command = (app: string) => ['node', ...NODE_FLAGS, `dist/apps/${app}/main.js`];

describe('the Node flags of the api and worker', () => {
  it('are the same in package.json’s start scripts as in scripts/node-flags.mjs', async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const app of ['api', 'worker']) expect(scripts[`start:${app}`]).toBe(command(app).join(' '));
  });

  it('are the same in the Dockerfile’s commands', async () => {
    const commands = [...(await readFile('docker/Dockerfile', 'utf8')).matchAll(/^CMD (\[.*\])$/gm)].map(
      ([, command]) => JSON.parse(command) as string[],
    );
    expect(commands).toEqual(['api', 'worker'].map(command));
  });
});
