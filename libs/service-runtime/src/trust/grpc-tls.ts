import { ChannelCredentials, credentials, ServerCredentials } from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';

// Transport encryption between the gateway (and tools) and the services. Empty settings mean
// plaintext, which is for development on 127.0.0.1 only; a county's deployment sets them.

export interface ServerTlsSettings {
  /** PEM files of the service's certificate chain and private key. */
  certFile: string;
  keyFile: string;
  /** PEM file of the CA whose client certificates are required (mutual TLS); empty: any client. */
  clientCaFile: string;
}

export interface ClientTlsSettings {
  /** PEM file of the CA the services' certificates are checked against; empty: plaintext. */
  caFile: string;
  /** The client's own certificate and key, for services that require mutual TLS. */
  certFile: string;
  keyFile: string;
}

const read = (file: string, what: string) => {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
};

export function serverCredentials(tls: ServerTlsSettings): ServerCredentials {
  if (!tls.certFile && !tls.keyFile) {
    if (tls.clientCaFile) throw new Error('a client CA (mutual TLS) needs the service certificate and key too');
    return ServerCredentials.createInsecure();
  }
  if (!tls.certFile || !tls.keyFile) throw new Error('TLS needs both the certificate and the key file');
  return ServerCredentials.createSsl(
    tls.clientCaFile ? read(tls.clientCaFile, 'client CA') : null,
    [{ cert_chain: read(tls.certFile, 'certificate'), private_key: read(tls.keyFile, 'private key') }],
    Boolean(tls.clientCaFile),
  );
}

export function channelCredentials(tls: ClientTlsSettings): ChannelCredentials {
  if (!tls.caFile) {
    if (tls.certFile || tls.keyFile) throw new Error('a client certificate needs the CA file of the services too');
    return credentials.createInsecure();
  }
  if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
    throw new Error('a client certificate needs both the certificate and the key file');
  }
  return credentials.createSsl(
    read(tls.caFile, 'CA'),
    tls.keyFile ? read(tls.keyFile, 'client private key') : null,
    tls.certFile ? read(tls.certFile, 'client certificate') : null,
  );
}
