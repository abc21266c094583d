import { Mutex } from "async-mutex";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";

// Prisma's better-sqlite3 adapter runs everything on one SQLite connection, and only transactions
// wait for each other. A query from another request that arrives while a transaction is open (its
// callback awaiting between statements) runs inside that transaction: it reads rows that are not
// committed yet, and a write it makes is undone if that transaction rolls back, after its caller
// was told it succeeded (lib/database/one-connection.test.ts shows both). Here every query waits
// its turn while a transaction is open.
//
// SQLite only (lib/db.ts wraps only the better-sqlite3 adapter): it orders the requests of one
// process on its one connection; across processes SQLite's own file lock does. PostgreSQL has a
// pool of real connections and needs neither.
//
// So inside `db.$transaction(async (tx) => ...)` use `tx`, never `db`: a `db` query there would
// wait for the transaction it is inside of, until Prisma's transaction timeout fails it.

type Adapter = Awaited<ReturnType<SqlDriverAdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** The same adapter factory, whose connection lets one query or one transaction run at a time. */
export function oneAtATime(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialized(await factory.connect()),
  };
}

function serialized(adapter: Adapter): Adapter {
  const turn = new Mutex();
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => turn.runExclusive(() => adapter.queryRaw(query)),
    executeRaw: (query) => turn.runExclusive(() => adapter.executeRaw(query)),
    executeScript: (script) => turn.runExclusive(() => adapter.executeScript(script)),
    startTransaction: async (isolationLevel) => {
      const release = await turn.acquire();
      try {
        return releasedWhenDone(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}

/** The transaction holds the turn until it commits or rolls back, whichever way that ends. */
function releasedWhenDone(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const releaseOnce = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => transaction.executeRaw(query),
    commit: () => transaction.commit().finally(releaseOnce),
    rollback: () => transaction.rollback().finally(releaseOnce),
    createSavepoint: transaction.createSavepoint?.bind(transaction),
    rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
    releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
  };
}
