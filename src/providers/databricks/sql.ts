// The only SQL dpn writes: Unity Catalog managed-table DDL. Identifiers are always backtick-quoted,
// string literals always escaped, and column types must parse as a Databricks data type from a fixed
// grammar, so nothing from a blueprint is ever interpolated into SQL unchecked.
import { ProviderError } from '../driver.js';
import type { Column } from '../../blueprint/params.js';

/** `name` as a quoted identifier: backticks around, inner backticks doubled. */
export function quoteIdentifier(name: string): string {
  if (name === '' || /[\x00-\x1f\x7f]/.test(name)) {
    throw new ProviderError(`Invalid SQL identifier ${JSON.stringify(name)}: empty or with control characters`, 'invalid', {
      code: 'INVALID_IDENTIFIER',
    });
  }
  return `\`${name.replaceAll('`', '``')}\``;
}

/** `catalog`.`schema`.`table` */
export function qualifiedName(...parts: string[]): string {
  return parts.map(quoteIdentifier).join('.');
}

/** A single-quoted string literal; Databricks SQL treats backslash as the escape character. */
export function stringLiteral(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`;
}

const SIMPLE_TYPES = new Set([
  'STRING', 'BIGINT', 'INT', 'SMALLINT', 'TINYINT', 'DOUBLE', 'FLOAT', 'BOOLEAN', 'DATE', 'TIMESTAMP',
  'TIMESTAMP_NTZ', 'BINARY', 'VARIANT',
]);
const ALIASES: Record<string, string> = {
  INTEGER: 'INT', LONG: 'BIGINT', SHORT: 'SMALLINT', BYTE: 'TINYINT', REAL: 'FLOAT', DEC: 'DECIMAL',
  NUMERIC: 'DECIMAL',
};
const INTERVAL_UNITS = new Set(['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND']);

class TypeParser {
  private pos = 0;
  private readonly tokens: string[];
  constructor(readonly source: string) {
    this.tokens = [];
    const re = /\s*([A-Za-z_][A-Za-z0-9_]*|\d+|[<>(),:])\s*/y;
    let index = 0;
    while (index < source.length) {
      re.lastIndex = index;
      const m = re.exec(source);
      if (!m) throw this.fail();
      this.tokens.push(m[1]!);
      index = re.lastIndex;
    }
  }
  fail(): Error {
    return new Error('not a data type');
  }
  peek(): string | undefined {
    return this.tokens[this.pos];
  }
  take(expected?: string): string {
    const t = this.tokens[this.pos];
    if (t === undefined || (expected !== undefined && t.toUpperCase() !== expected)) throw this.fail();
    this.pos++;
    return t;
  }
  number(): string {
    const t = this.take();
    if (!/^\d+$/.test(t)) throw this.fail();
    return String(Number(t));
  }
  /** Canonical, lowercase, no spaces except inside INTERVAL: how Databricks prints `type_text`. */
  type(): string {
    const word = this.take().toUpperCase();
    const name = ALIASES[word] ?? word;
    if (SIMPLE_TYPES.has(name)) return name.toLowerCase();
    if (name === 'DECIMAL') {
      if (this.peek() !== '(') return 'decimal(10,0)';
      this.take('(');
      const precision = this.number();
      let scale = '0';
      if (this.peek() === ',') {
        this.take(',');
        scale = this.number();
      }
      this.take(')');
      if (Number(precision) < 1 || Number(precision) > 38 || Number(scale) > Number(precision)) throw this.fail();
      return `decimal(${precision},${scale})`;
    }
    if (name === 'VARCHAR' || name === 'CHAR') {
      this.take('(');
      const length = this.number();
      this.take(')');
      return `${name.toLowerCase()}(${length})`;
    }
    if (name === 'ARRAY') {
      this.take('<');
      const element = this.type();
      this.take('>');
      return `array<${element}>`;
    }
    if (name === 'MAP') {
      this.take('<');
      const key = this.type();
      this.take(',');
      const value = this.type();
      this.take('>');
      return `map<${key},${value}>`;
    }
    if (name === 'STRUCT') {
      this.take('<');
      const fields: string[] = [];
      for (;;) {
        const field = this.take();
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw this.fail();
        if (this.peek() === ':') this.take(':');
        fields.push(`${field}:${this.type()}`);
        if (this.peek() === ',') {
          this.take(',');
          continue;
        }
        this.take('>');
        return `struct<${fields.join(',')}>`;
      }
    }
    if (name === 'INTERVAL') {
      const from = this.take().toUpperCase();
      if (!INTERVAL_UNITS.has(from)) throw this.fail();
      if (this.peek()?.toUpperCase() === 'TO') {
        this.take();
        const to = this.take().toUpperCase();
        if (!INTERVAL_UNITS.has(to)) throw this.fail();
        return `interval ${from.toLowerCase()} to ${to.toLowerCase()}`;
      }
      return `interval ${from.toLowerCase()}`;
    }
    throw this.fail();
  }
  done(): boolean {
    return this.pos === this.tokens.length;
  }
}

/**
 * The canonical spelling of a Databricks column type (`DECIMAL(10, 2)` → `decimal(10,2)`), or a clear
 * `invalid` error naming the column. Only this canonical text is ever written into SQL.
 */
export function canonicalType(type: string, column = '?'): string {
  try {
    const parser = new TypeParser(type);
    const text = parser.type();
    if (!parser.done()) throw parser.fail();
    return text;
  } catch {
    throw new ProviderError(
      `Column ${JSON.stringify(column)} has type ${JSON.stringify(type)}, which is not a Databricks data type dpn accepts ` +
        '(STRING, INT, BIGINT, SMALLINT, TINYINT, DOUBLE, FLOAT, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_NTZ, BINARY, VARIANT, ' +
        'DECIMAL(p,s), VARCHAR(n), CHAR(n), ARRAY<t>, MAP<k,v>, STRUCT<name:t,…>, INTERVAL …)',
      'invalid',
      { code: 'INVALID_COLUMN_TYPE' },
    );
  }
}

/** Two type spellings that mean the same type. */
export function sameType(a: string, b: string): boolean {
  const canonical = (t: string) => {
    try {
      return canonicalType(t);
    } catch {
      return t.replace(/\s+/g, '').toLowerCase();
    }
  };
  return canonical(a) === canonical(b);
}

function columnDefinition(column: Column): string {
  const type = canonicalType(column.type, column.name).toUpperCase();
  const comment = column.comment !== undefined ? ` COMMENT ${stringLiteral(column.comment)}` : '';
  return `${quoteIdentifier(column.name)} ${type}${comment}`;
}

export function createTableStatement(
  name: [string, string, string],
  columns: Column[],
  properties: Record<string, string>,
): string {
  if (columns.length === 0) {
    throw new ProviderError(`Table ${name.join('.')} has no columns: a managed Delta table needs at least one`, 'invalid', {
      code: 'NO_COLUMNS',
    });
  }
  const props = Object.entries(properties);
  return (
    `CREATE TABLE IF NOT EXISTS ${qualifiedName(...name)} (${columns.map(columnDefinition).join(', ')}) USING DELTA` +
    (props.length > 0 ? ` TBLPROPERTIES (${props.map(([k, v]) => `${stringLiteral(k)} = ${stringLiteral(v)}`).join(', ')})` : '')
  );
}

export function addColumnsStatement(name: [string, string, string], columns: Column[]): string {
  return `ALTER TABLE ${qualifiedName(...name)} ADD COLUMNS (${columns.map(columnDefinition).join(', ')})`;
}

export function columnCommentStatement(name: [string, string, string], column: string, comment: string): string {
  return `ALTER TABLE ${qualifiedName(...name)} ALTER COLUMN ${quoteIdentifier(column)} COMMENT ${stringLiteral(comment)}`;
}

export function setPropertiesStatement(name: [string, string, string], properties: Record<string, string>): string {
  const props = Object.entries(properties).map(([k, v]) => `${stringLiteral(k)} = ${stringLiteral(v)}`);
  return `ALTER TABLE ${qualifiedName(...name)} SET TBLPROPERTIES (${props.join(', ')})`;
}

export function unsetPropertiesStatement(name: [string, string, string], keys: string[]): string {
  return `ALTER TABLE ${qualifiedName(...name)} UNSET TBLPROPERTIES IF EXISTS (${keys.map(stringLiteral).join(', ')})`;
}

export function dropTableStatement(name: [string, string, string]): string {
  return `DROP TABLE IF EXISTS ${qualifiedName(...name)}`;
}
