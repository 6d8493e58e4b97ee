// The naming configuration as dpn uses it: where it is found, how it is checked.
export {
  BUILT_IN,
  CONFIG_DIR,
  PATTERNS_FILE,
  VALUES_FILE,
  loadNamingConfig,
  sortDiagnostics,
  type LoadedNamingConfig,
  type NamingConfigRequest,
} from './load.js';
export { placeholders } from './checks.js';
export { parseOverrides } from './overrides.js';
export { BLUEPRINT_VARIABLES, METADATA_VARIABLES } from './variables.js';
