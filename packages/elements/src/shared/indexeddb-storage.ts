import type { LastGoodStorage } from '@tongxin/core';

const DB_NAME = 'tongxin';
const STORE = 'last-good';

let opened: Promise<IDBDatabase> | undefined;

/** One connection for the page, opened on first use; a failure (private mode, blocked) rejects every call. */
function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('IndexedDB is blocked', 'InvalidStateError'));
  });
  return opened;
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return database().then((db) => new Promise<T>((resolve, reject) => {
    const request = action(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  }));
}

let pageStorage: LastGoodStorage | undefined | null = null;

/** The page's one IndexedDB store for every dashboard and view (opened on first use). */
export function pageLastGoodStorage(): LastGoodStorage | undefined {
  if (pageStorage === null) pageStorage = indexedDbStorage();
  return pageStorage;
}

/**
 * The browser's store for `LastGoodCache`: the last good data of each dataset URL in IndexedDB,
 * so they survive a reload. Undefined where there is no IndexedDB; every failure only rejects
 * (the cache swallows it), so drawing never depends on it.
 */
export function indexedDbStorage(): LastGoodStorage | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return {
    get: (key) => run<unknown>('readonly', (store) => store.get(key)).then((value) => (typeof value === 'string' ? value : undefined)),
    set: (key, value) => run<unknown>('readwrite', (store) => store.put(value, key)).then(() => undefined),
    delete: (key) => run<unknown>('readwrite', (store) => store.delete(key)).then(() => undefined),
  };
}
