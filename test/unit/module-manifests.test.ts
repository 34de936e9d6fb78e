import { ALL_JOBS } from '../../jobs/index';
import { mergeResolvers, resolvers } from '../../src/graphql/resolvers';
import { MODULES } from '../../src/modules';
import { defineModule } from '../../src/modules/module';

describe('module manifests', () => {
  it('name each module once, and each job once', () => {
    const names = MODULES.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
    const jobs = ALL_JOBS.map((job) => job.name);
    expect(new Set(jobs).size).toBe(jobs.length);
    expect(jobs).toEqual(MODULES.flatMap((module) => (module.jobs ?? []).map((job) => job.name)));
  });

  it('put every field a module resolves into the merged resolvers', () => {
    for (const module of MODULES) {
      for (const [type, fields] of Object.entries(module.resolvers ?? {})) {
        for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
          expect([type, field, (resolvers as Record<string, Record<string, unknown>>)[type]?.[field]]).toEqual([type, field, resolver]);
        }
      }
    }
  });

  it('refuse a field that two modules define, naming it', () => {
    const first = defineModule({ name: 'first', resolvers: { Query: { serverInfo: () => null as never } } });
    const second = defineModule({ name: 'second', resolvers: { Query: { serverInfo: () => null as never } } });
    expect(() => mergeResolvers([first, second])).toThrow('Query.serverInfo is resolved by two modules (the second is second)');
  });
});
