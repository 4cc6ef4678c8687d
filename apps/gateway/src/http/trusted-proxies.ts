import { ConfigurationError } from '@onewindow/config';
import { isIP } from 'node:net';

/**
 * GATEWAY_TRUSTED_PROXIES as Express's `trust proxy`: the client address is read from X-Forwarded-For
 * only when the socket peer is one of these proxies, so nobody else can choose the address the rate
 * limits count and the audit log records. Empty trusts no one: the socket address is the client.
 */
export function trustedProxiesOf(setting: string): string[] | false {
  const proxies = setting
    .split(',')
    .map((proxy) => proxy.trim())
    .filter(Boolean);
  const bad = proxies.filter((proxy) => !isAddressOrCidr(proxy));
  if (bad.length > 0) {
    throw new ConfigurationError([
      `GATEWAY_TRUSTED_PROXIES must be comma-separated IP addresses or CIDRs, got ${bad.map((b) => `"${b}"`).join(', ')}`,
    ]);
  }
  return proxies.length > 0 ? proxies : false;
}

function isAddressOrCidr(text: string): boolean {
  const [address = '', prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
