// The SQL the table driver writes: quoting, escaping and the column-type grammar.
import { describe, expect, it } from 'vitest';
import {
  addColumnsStatement,
  canonicalType,
  createTableStatement,
  quoteIdentifier,
  sameType,
  stringLiteral,
} from '../../../src/providers/databricks/sql.js';
import { ProviderError } from '../../../src/providers/driver.js';

describe('identifier quoting', () => {
  it('wraps in backticks and doubles inner backticks', () => {
    expect(quoteIdentifier('orders')).toBe('`orders`');
    expect(quoteIdentifier('we`ird')).toBe('`we``ird`');
    expect(quoteIdentifier('a b-c.d')).toBe('`a b-c.d`');
  });

  it('refuses empty names and control characters', () => {
    expect(() => quoteIdentifier('')).toThrow(ProviderError);
    expect(() => quoteIdentifier('a\nb')).toThrow(/control characters/);
  });

  it('escapes quotes and backslashes in string literals', () => {
    expect(stringLiteral("it's")).toBe("'it\\'s'");
    expect(stringLiteral('a\\b')).toBe("'a\\\\b'");
  });
});

describe('column types', () => {
  it.each([
    ['string', 'string'],
    ['BIGINT', 'bigint'],
    ['integer', 'int'],
    ['DECIMAL(10, 2)', 'decimal(10,2)'],
    ['decimal', 'decimal(10,0)'],
    ['ARRAY<STRING>', 'array<string>'],
    ['map<string, array<int>>', 'map<string,array<int>>'],
    ['STRUCT<a: INT, b STRING>', 'struct<a:int,b:string>'],
    ['interval day to second', 'interval day to second'],
    ['varchar(20)', 'varchar(20)'],
  ])('%s is the type %s', (input, canonical) => {
    expect(canonicalType(input)).toBe(canonical);
  });

  it.each([
    "STRING) ; DROP TABLE x; --",
    'STRING COMMENT',
    "string'",
    'blob',
    'array<string',
    'decimal(50,2)',
    'map<string>',
    '`string`',
  ])('refuses %j, naming the column', (input) => {
    expect(() => canonicalType(input, 'amount')).toThrow(/Column "amount" has type/);
  });

  it('compares spellings of the same type', () => {
    expect(sameType('INTEGER', 'int')).toBe(true);
    expect(sameType('Decimal(10,2)', 'decimal(10, 2)')).toBe(true);
    expect(sameType('bigint', 'int')).toBe(false);
  });
});

describe('statements', () => {
  it('quotes every identifier and only writes validated types', () => {
    const sql = createTableStatement(
      ['main', 'sales gold', 'fact`orders'],
      [
        { name: 'id', type: 'bigint', comment: "the order's id" },
        { name: 'amount', type: 'decimal(10,2)' },
      ],
      { dpn_table_type: 'fact' },
    );
    expect(sql).toBe(
      "CREATE TABLE IF NOT EXISTS `main`.`sales gold`.`fact``orders` (`id` BIGINT COMMENT 'the order\\'s id', `amount` DECIMAL(10,2)) USING DELTA TBLPROPERTIES ('dpn_table_type' = 'fact')",
    );
  });

  it('refuses a malicious type before any SQL is built', () => {
    expect(() => addColumnsStatement(['c', 's', 't'], [{ name: 'x', type: 'INT); DROP TABLE c.s.t; --' }])).toThrow(
      /not a Databricks data type/,
    );
  });
});
