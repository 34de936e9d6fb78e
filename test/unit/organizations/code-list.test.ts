import { parseCodeList } from '../../../src/modules/organizations/reference/code-list';
import { DEFAULT_REGIONS, parseCodeList as parseRegionList } from '../../../src/modules/organizations/reference/regions';
import { parseCodeList as parseTopicList } from '../../../src/modules/organizations/reference/topics';

describe('parseCodeList', () => {
  it('returns a copy of the defaults when unset or blank', () => {
    for (const value of [undefined, '', '   ']) {
      const codes = parseCodeList(value, DEFAULT_REGIONS);
      expect(codes).toEqual([...DEFAULT_REGIONS]);
      expect(codes).not.toBe(DEFAULT_REGIONS);
    }
  });

  it('reads comma-separated codes in order, trimming spaces', () => {
    expect(parseCodeList('AFRICA,EUROPE', DEFAULT_REGIONS)).toEqual(['AFRICA', 'EUROPE']);
    expect(parseCodeList(' LATIN_AMERICA , CARIBBEAN ', DEFAULT_REGIONS)).toEqual(['LATIN_AMERICA', 'CARIBBEAN']);
    expect(parseCodeList('G20', [])).toEqual(['G20']);
  });

  it('accepts codes of 2 and 40 characters', () => {
    const forty = 'A'.repeat(40);
    expect(parseCodeList(`EU,${forty}`, [])).toEqual(['EU', forty]);
  });

  it.each([
    ['africa', 'africa'],
    ['AFRICA,europe', 'europe'],
    ['A', 'A'],
    ['A'.repeat(41), 'A'.repeat(41)],
    ['SOUTH-ASIA', 'SOUTH-ASIA'],
    ['SOUTH ASIA', 'SOUTH ASIA'],
    ['ÉUROPE', 'ÉUROPE'],
  ])('rejects %p naming %p', (value, bad) => {
    expect(() => parseCodeList(value, DEFAULT_REGIONS)).toThrow(`Invalid code "${bad}"`);
  });

  it.each(['AFRICA,,EUROPE', 'AFRICA,', ',AFRICA'])('rejects the empty item in %p', (value) => {
    expect(() => parseCodeList(value, DEFAULT_REGIONS)).toThrow('Invalid code ""');
  });

  it('rejects duplicates, naming the code', () => {
    expect(() => parseCodeList('AFRICA,EUROPE, AFRICA', DEFAULT_REGIONS)).toThrow('Duplicate code "AFRICA"');
  });

  it('is the same parser for regions and topics', () => {
    expect(parseRegionList).toBe(parseCodeList);
    expect(parseTopicList).toBe(parseCodeList);
  });
});
