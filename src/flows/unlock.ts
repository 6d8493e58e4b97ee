// The unlock flow: break a lock left by a run that died, by compare-and-swap
// on exactly the lock that was seen; a live lease only with `force`.
import type { LockInfo } from '../engine/lock.js';
import type { FlowLock } from './types.js';

export interface UnlockOutcome {
  status: 'not_locked' | 'unlocked' | 'refused';
  /** The lock as it was seen (never shown with its token). */
  seen?: Omit<LockInfo, 'token'>;
  /** Status `refused`: why. */
  reason?: 'live' | 'changed';
}

export async function unlockFlow(options: { lock: Pick<FlowLock, 'backend' | 'scope'>; force?: boolean; now?: () => number }): Promise<UnlockOutcome> {
  const { backend, scope } = options.lock;
  const seen = await backend.inspect(scope);
  if (!seen) return { status: 'not_locked' };
  const { token: _token, ...shown } = seen;
  if (await backend.breakLock(scope, seen, { force: options.force === true })) return { status: 'unlocked', seen: shown };
  const live = Date.parse(seen.expiresAt) > (options.now ?? Date.now)();
  return { status: 'refused', seen: shown, reason: live ? 'live' : 'changed' };
}
