// The state: one JSON document per blueprint under `<state-dir>/state/`.
export type { State, StateResource } from './types.js';
export { STATE_VERSION, StateError, parseState, serializeState, sortDeep, type StateDocument } from './document.js';
export {
  STATE_SUBDIR,
  blueprintOfStateFile,
  normalizeBlueprintPath,
  stateFileFor,
  stateRoot,
} from './path.js';
export {
  DEFAULT_STATE_DIR,
  emptyState,
  loadState,
  readStateFiles,
  writeState,
  type StateFile,
  type WriteStateOptions,
} from './store.js';
export { archivedRecord, recordFromSpec, type Applied } from './record.js';
