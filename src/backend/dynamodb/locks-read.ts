// The query side of the lock table: who holds a scope, until when.
import type { LockInfo } from '../../engine/lock.js';
import type { TableGateway } from './gateway.js';
import { itemToLock, lockKey } from './items.js';

export class LockReader {
  constructor(private readonly table: TableGateway) {}

  /**
   * The lock item of `scope`, or null when there is none. A lease that has
   * expired is still returned (its `expiresAt` is in the past) until someone
   * takes the lock over or DynamoDB's TTL purges it, so `dpn status` can name a
   * holder that died; `isExpired` tells the two apart.
   */
  async inspect(scope: string): Promise<LockInfo | null> {
    const item = await this.table.get(lockKey(scope));
    return item ? itemToLock(item) : null;
  }
}

export function isExpired(info: LockInfo, nowMs: number): boolean {
  return Date.parse(info.expiresAt) < nowMs;
}
