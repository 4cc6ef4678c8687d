import { webcrypto } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

// Certificates the tests make for themselves (no openssl, no files from outside): a CA, a server
// certificate for 127.0.0.1 / localhost signed by it, and a client certificate, all ECDSA P-256,
// valid for a day, written as PEM files into a fresh temporary folder.

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const crypto = webcrypto;
type KeyPair = webcrypto.CryptoKeyPair;

export interface TestCertificateFiles {
  caFile: string;
  serverCertFile: string;
  serverKeyFile: string;
  clientCertFile: string;
  clientKeyFile: string;
}

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END ${label}-----\n`;

async function keyPair(): Promise<KeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
}

async function issued(
  name: string,
  ca: { name: string; keys: KeyPair },
  usage: 'server' | 'client',
): Promise<{ cert: string; key: string }> {
  const keys = await keyPair();
  const day = 24 * 3600 * 1000;
  const certificate = await x509.X509CertificateGenerator.create(
    {
      subject: name,
      issuer: ca.name,
      publicKey: keys.publicKey,
      signingKey: ca.keys.privateKey,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + day),
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
        new x509.ExtendedKeyUsageExtension([usage === 'server' ? '1.3.6.1.5.5.7.3.1' : '1.3.6.1.5.5.7.3.2']),
        ...(usage === 'server'
          ? [
              new x509.SubjectAlternativeNameExtension([
                { type: 'ip', value: '127.0.0.1' },
                { type: 'dns', value: 'localhost' },
              ]),
            ]
          : []),
      ],
    },
    crypto,
  );
  return {
    cert: certificate.toString('pem'),
    key: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', keys.privateKey)),
  };
}

/** A CA with one server and one client certificate, as PEM files (`label` names the CA, e.g. another county's). */
export async function makeTestCertificates(label = 'OneWindow test CA'): Promise<TestCertificateFiles> {
  const ca = { name: `CN=${label}`, keys: await keyPair() };
  const caCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: ca.name,
      keys: ca.keys,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 24 * 3600 * 1000),
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ],
    },
    crypto,
  );
  const server = await issued('CN=onewindow-service', ca, 'server');
  const client = await issued('CN=onewindow-gateway', ca, 'client');
  const folder = mkdtempSync(join(tmpdir(), 'onewindow-tls-'));
  const write = (name: string, content: string) => {
    const file = join(folder, name);
    writeFileSync(file, content, { mode: 0o600 });
    return file;
  };
  return {
    caFile: write('ca.pem', caCert.toString('pem')),
    serverCertFile: write('server.pem', server.cert),
    serverKeyFile: write('server-key.pem', server.key),
    clientCertFile: write('client.pem', client.cert),
    clientKeyFile: write('client-key.pem', client.key),
  };
}
