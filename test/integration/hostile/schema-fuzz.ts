import { createHash } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Db } from 'mongodb';
import { loadTypeDefs } from '../../../src/graphql/schema';

/** The service's schema as graphql-js reads it from schema/*.graphql (the single source). */
export function loadSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs().join('\n'));
}

/** A small seeded generator (mulberry32): the same seed gives the same run, so a failure replays. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Operator objects and other shapes a NoSQL injection would try, where a scalar is expected. */
export const OPERATOR_VALUES: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { $in: ['a', 'b'] },
  { _bsontype: 'ObjectId', id: 'aaaaaaaaaaaa' },
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } },
  [{ $gt: '' }],
];

/** Strings that break naive regexes, parsers and paths when they reach them. */
export const HOSTILE_STRINGS = [
  '.*',
  '(a+)+$',
  '((((((((((a*)*)*)*)*)*)*)*)*)*)*b',
  '[',
  '\\',
  '^$|*+?{}()[]',
  '$gt',
  '{"$gt": ""}',
  "' OR '1'='1",
  '"; db.dropDatabase(); "',
  '../../../etc/passwd',
  '%2e%2e%2f',
  'a\u0000b',
  '\u202e\u200b',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil")',
  '😀'.repeat(50),
  'x'.repeat(10_000),
];

const NORMAL_STRINGS = [
  'Kenya',
  'workshop',
  'online safety',
  'en',
  'fr',
  'KE',
  'TH',
  'AFRICA',
  'UTC',
  'Africa/Nairobi',
  'ONLINE_SAFETY',
  'p@example.org',
  'https://example.org/x',
  'a long enough password',
  '',
];
const DATE_TIMES = [
  '2026-05-04T09:00:00Z',
  '2026-06-01T10:00:00+03:00',
  '2025-01-01T00:00:00Z',
  '2026-13-45T99:00:00Z',
  'yesterday',
  '0000-00-00T00:00:00Z',
  '2026-05-04',
];
const INTS = [0, 1, -1, 2, 5, 50, 101, 1000, 2_147_483_647, -2_147_483_648];

export interface IdPool {
  ids: string[];
}

/** A value of the given input type, mostly well-formed, with hostile strings mixed in. */
export function validValue(type: GraphQLInputType, random: Random, pool: IdPool, depth = 0): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, random, pool, depth);
  if (isListType(type)) {
    const n = random.int(depth > 2 ? 2 : 4);
    return Array.from({ length: n }, () => validValue(type.ofType, random, pool, depth + 1));
  }
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    const fields = Object.values(type.getFields());
    // @oneOf-style inputs (one of several fields) are common here: sometimes give just one field.
    const onlyOne = random.chance(0.3) ? random.pick(fields).name : undefined;
    for (const field of fields) {
      const required = isNonNullType(field.type);
      if (onlyOne ? field.name === onlyOne || required : required || random.chance(0.5)) {
        out[field.name] = validValue(field.type, random, pool, depth + 1);
      }
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return random.chance(0.8) ? random.pick(pool.ids) : random.pick(['000000000000000000000000', 'abc', ...HOSTILE_STRINGS.slice(0, 12)]);
      case 'Int':
        return random.pick(INTS);
      case 'Float':
        return random.pick([0, 1.5, -3, 1e308]);
      case 'Boolean':
        return random.chance(0.5);
      case 'DateTime':
        return random.pick(DATE_TIMES);
      default:
        return random.chance(0.75) ? random.pick(NORMAL_STRINGS) : random.pick(HOSTILE_STRINGS);
    }
  }
  return null;
}

/** A value that GraphQL's variable coercion must refuse for this type (so no resolver runs). */
export function invalidValue(type: GraphQLInputType, random: Random): unknown {
  if (isNonNullType(type)) return random.chance(0.3) ? null : invalidValue(type.ofType, random);
  if (isListType(type)) return random.chance(0.5) ? [invalidValue(type.ofType, random)] : random.pick(OPERATOR_VALUES.filter((v) => !Array.isArray(v)));
  if (isEnumType(type)) return random.pick(['NOT_A_VALUE', 'confirmed', '$gt', 0, { $ne: null }]);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const field = random.pick(fields);
    // An unknown key, or one known field given a value of the wrong kind.
    return random.chance(0.3) ? { $where: '1', [field.name]: 'x' } : { [field.name]: invalidValue(field.type, random) };
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return random.pick([1.5, '12', 2 ** 40, true, { $gt: 0 }, 'NaN']);
      case 'Float':
        return random.pick(['1.5', true, { $gt: 0 }]);
      case 'Boolean':
        return random.pick(['true', 1, { $ne: false }]);
      case 'DateTime':
        return random.pick([{ $gt: '' }, 12, ['2026-01-01T00:00:00Z'], 'not a time']);
      default:
        return random.pick(OPERATOR_VALUES);
    }
  }
  return { $gt: '' };
}

/** Every ID-typed position of a generated argument value replaced by a junk identifier. */
export function withJunkIds(type: GraphQLInputType, value: unknown, random: Random): { value: unknown; replaced: number } {
  let replaced = 0;
  const junk = [
    '000000000000000000000000',
    'ffffffffffffffffffffffff',
    '{"$gt":""}',
    '../../x',
    'a'.repeat(5000),
    '5f5f5f5f5f5f5f5f5f5f5f5f\u0000',
    '.*',
    'REGISTRATION_CONFIRMED:x:0',
  ];
  const walk = (t: GraphQLInputType, v: unknown, forceOptional: boolean): unknown => {
    if (isNonNullType(t)) return walk(t.ofType, v, forceOptional);
    if (isListType(t)) {
      const items = Array.isArray(v) && v.length > 0 ? v : getNamedType(t).name === 'ID' ? [null] : v;
      return Array.isArray(items) ? items.map((item) => walk(t.ofType, item, forceOptional)) : items;
    }
    if (isScalarType(t) && t.name === 'ID') {
      replaced += 1;
      return random.pick(junk);
    }
    if (isInputObjectType(t) && v && typeof v === 'object') {
      const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
      for (const field of Object.values(t.getFields())) {
        if (field.name in out) out[field.name] = walk(field.type, out[field.name], forceOptional);
      }
      return out;
    }
    return v;
  };
  return { value: walk(type, value, true), replaced };
}

/** A selection set for an output type: some or all leaf fields, nested objects, aliases. */
export function selectionFor(type: GraphQLOutputType, random: Random, pool: IdPool, depth: number, width: 'narrow' | 'wide'): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  if (isUnionType(named)) {
    return `{ __typename ${named
      .getTypes()
      .map((t) => `... on ${t.name} ${selectionFor(t, random, pool, depth, width)}`)
      .join(' ')} }`;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
  const parts: string[] = ['__typename'];
  for (const field of fields) {
    const leaf = isLeafType(getNamedType(field.type));
    const requiredArgs = field.args.filter((a) => isNonNullType(a.type));
    if (requiredArgs.length > 0) continue;
    if (!leaf && depth <= 0) continue;
    if (width === 'narrow' && !random.chance(0.4)) continue;
    const alias = random.chance(0.15) ? `a${random.int(1000)}_${field.name}: ` : '';
    const args = field.args.length > 0 && random.chance(0.3) ? literalArgs(field.args, random, pool) : '';
    const sub = leaf ? '' : ` ${selectionFor(field.type, random, pool, depth - 1, width)}`;
    if (!leaf && sub.trim() === '') continue;
    parts.push(`${alias}${field.name}${args}${sub}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Optional arguments of nested fields, written inline (`first: 50`), valid in type. */
function literalArgs(args: readonly GraphQLArgument[], random: Random, pool: IdPool): string {
  const parts: string[] = [];
  for (const arg of args) {
    const named = getNamedType(arg.type);
    if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) continue;
    if (isScalarType(named) && named.name === 'Int') parts.push(`${arg.name}: ${random.pick([0, 1, 5, 50, 100])}`);
    else if (isScalarType(named) && named.name === 'Boolean') parts.push(`${arg.name}: ${random.chance(0.5)}`);
    else if (isScalarType(named) && named.name === 'String') parts.push(`${arg.name}: ${JSON.stringify(random.pick(NORMAL_STRINGS))}`);
    else if (isEnumType(named)) parts.push(`${arg.name}: ${random.pick(named.getValues()).name}`);
  }
  void pool;
  return parts.length ? `(${parts.join(', ')})` : '';
}

export interface FuzzOperation {
  operation: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One operation on a root field with every argument passed as a variable. */
export function operationFor(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  random: Random,
  pool: IdPool,
): FuzzOperation {
  const width = random.chance(0.3) ? 'wide' : 'narrow';
  const depth = random.pick([1, 2, 3, 4]);
  const declared = field.args.filter((a) => a.name in variables);
  const header = declared.length ? `(${declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const args = declared.length ? `(${declared.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = selectionFor(field.type, random, pool, depth, width);
  const copies = random.chance(0.2) ? 2 : 1;
  const roots = Array.from({ length: copies }, (_, i) => `${copies > 1 ? `r${i}: ` : ''}${field.name}${args} ${selection}`);
  void schema;
  return { operation, field: field.name, query: `${operation} Fuzz${header} { ${roots.join(' ')} }`, variables };
}

export function rootFields(schema: GraphQLSchema, operation: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return root ? (Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) : [];
}

/**
 * A fingerprint of every collection (count and a hash of the documents in _id order), to show that
 * refused inputs changed nothing. Collections that record attempts by design are named in `skip`;
 * sign-in claims (the rate limit's attempts) are left out.
 */
export async function snapshot(db: Db, skip: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((n) => !skip.includes(n))
    .sort();
  for (const name of collections) {
    // Sign-in attempts take claims by design (the rate limit), refused or not.
    const filter = name === 'claims' ? { _id: { $not: /^signin:/ } } : {};
    const docs = await db
      .collection(name)
      .find(filter as never)
      .sort({ _id: 1 })
      .toArray();
    out[name] = `${docs.length}:${createHash('sha256').update(JSON.stringify(docs)).digest('hex').slice(0, 16)}`;
  }
  return out;
}
