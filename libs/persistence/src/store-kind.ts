import type { Connection } from 'mongoose';

/**
 * Which server answers on the MongoDB wire. It matters for what each answers from an index: MongoDB
 * from any index; FerretDB 1.24 on SQLite only a filter that is exactly `{_id: …}` (with the launcher's
 * patch, see tools/stack), every other filter reading the whole collection. So a compare-and-set that
 * MongoDB does in its filter, FerretDB gets as a read and a write by `_id` (see `updateWhere`).
 */
export type StoreKind = 'mongodb' | 'ferretdb';

const kinds = new WeakMap<object, StoreKind>();

/** Asks the server once per connection (FerretDB's buildInfo names its own version). */
export async function detectStoreKind(connection: Connection): Promise<StoreKind> {
  const known = kinds.get(connection);
  if (known) return known;
  const info = (await connection.db!.admin().command({ buildInfo: 1 })) as { ferretdbVersion?: string };
  const kind: StoreKind = info.ferretdbVersion ? 'ferretdb' : 'mongodb';
  kinds.set(connection, kind);
  return kind;
}

/** The kind detected when the connection was opened by `connectMongo`. */
export function storeKindOf(connection: Connection): StoreKind {
  const kind = kinds.get(connection);
  if (!kind)
    throw new Error(`store kind of connection ${connection.name} was never detected (open it with connectMongo)`);
  return kind;
}
