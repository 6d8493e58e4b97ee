// How many bytes DynamoDB counts for an item, by its documented rules ("Item sizes
// and formats"), measured on the plain values the DocumentClient will marshall.
// The gateway refuses an item over the limit before sending it, so a runner never
// spends a round trip (or a retry budget) on a write that cannot succeed.

/** DynamoDB's per-item ceiling: 400 KB, names and values together. */
export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A number's size: one byte per two significant digits, plus one. */
function numberBytes(value: number | bigint): number {
  let digits = String(value)
    .replace(/^-/, '')
    .replace(/e[+-]?\d+$/i, '')
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
  if (digits === '') digits = '0';
  return Math.ceil(digits.length / 2) + 1;
}

function valueBytes(value: unknown): number {
  if (value === null) return 1;
  switch (typeof value) {
    case 'string':
      return utf8(value);
    case 'number':
    case 'bigint':
      return numberBytes(value);
    case 'boolean':
      return 1;
    default:
      break;
  }
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) {
    let total = 0;
    for (const member of value) total += valueBytes(member);
    return total;
  }
  // Lists and maps: 3 bytes for the container, 1 per element, plus the elements
  // (and, in a map, each key's name).
  if (Array.isArray(value)) {
    let total = 3;
    for (const element of value) total += 1 + valueBytes(element);
    return total;
  }
  if (typeof value === 'object') {
    let total = 3;
    for (const [key, element] of Object.entries(value)) {
      if (element === undefined) continue;
      total += 1 + utf8(key) + valueBytes(element);
    }
    return total;
  }
  throw new TypeError(`cannot store a ${typeof value} in DynamoDB`);
}

/** The item's size in bytes: each attribute's name plus its value. */
export function itemBytes(item: Record<string, unknown>): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    total += utf8(name) + valueBytes(value);
  }
  return total;
}
