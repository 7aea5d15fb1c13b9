import { readdir } from 'node:fs/promises';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataSource } from 'typeorm';
import { TestApp } from '../support/harness.js';

describe('certificates: issuer keys from the environment', () => {
  it('uses a hub’s key given in SANGGAR_ISSUER_KEYS, bound to its issuer, and writes no key file', async () => {
    const hubId = '7d7f3c1e-58a1-4f0e-9c55-1f2a9b3c4d5e';
    // A key exported elsewhere (other ids): only its key material counts.
    const generated = await Ed25519Multikey.generate({ id: 'urn:elsewhere#key', controller: 'urn:elsewhere' });
    const exported = (await generated.export({ publicKey: true, secretKey: true, includeContext: true })) as {
      publicKeyMultibase: string;
    };
    const app = await TestApp.start({ env: { SANGGAR_ISSUER_KEYS: JSON.stringify({ [hubId]: exported }) } });
    try {
      const hub = await app.factory.hub();
      await app.get(DataSource).query(`UPDATE hub SET id = $1 WHERE id = $2`, [hubId, hub.id]);
      const issuerId = `${app.config.PUBLIC_URL}/issuers/${hubId}`;
      const document = (await (await fetch(`${app.url}/issuers/${hubId}`)).json()) as { id: string; assertionMethod: object[] };
      expect(document.id).toBe(issuerId);
      expect(document.assertionMethod).toEqual([
        expect.objectContaining({ id: `${issuerId}#key-1`, controller: issuerId, publicKeyMultibase: exported.publicKeyMultibase }),
      ]);
      expect(JSON.stringify(document)).not.toContain('secretKeyMultibase');
      expect(await readdir(app.config.SANGGAR_KEY_DIR)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('answers 404 for a hub that does not exist or never issued, and never creates a key by being asked', async () => {
    const app = await TestApp.start();
    try {
      const quiet = await app.factory.hub();
      for (const hubId of ['0b5e8a52-9c1d-4b8e-8f2a-3d6c7e9f1a2b', quiet.id, 'not-a-uuid']) {
        expect((await fetch(`${app.url}/issuers/${hubId}`)).status).toBe(404);
      }
      expect(await readdir(app.config.SANGGAR_KEY_DIR)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
