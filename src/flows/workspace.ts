// The CLI's state workspace: a local directory. Persisting is a no-op (the
// files are on disk when the engine returns); reading never creates it.
import { existsSync } from 'node:fs';
import type { OpenState, StateWorkspace } from './types.js';

export class LocalWorkspace implements StateWorkspace {
  constructor(readonly stateDir: string) {}

  async open(): Promise<OpenState> {
    return { stateDir: this.stateDir, persist: async () => null, unpersisted: () => false, close: async () => {} };
  }

  async read<T>(fn: (stateDir: string, exists: boolean) => Promise<T>): Promise<T> {
    return fn(this.stateDir, existsSync(this.stateDir));
  }
}
