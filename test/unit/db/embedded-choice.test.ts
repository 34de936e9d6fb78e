import { chooseEmbeddedServer, WAYS_OUT, type FerretdbProbe, type MongodProbe } from '../../../src/db/embedded-choice';
import { capabilitiesOf } from '../../../src/db/capabilities';

const downloadRefused: MongodProbe = {
  found: false,
  reason: 'no cached mongod 8.2.6, and its download from fastdl.mongodb.org failed (ENOTFOUND, within 5000 ms)',
};
const cached: MongodProbe = { found: true, binary: '/home/u/.cache/mongodb-binaries/mongod-x64-debian12-8.2.6', source: 'cached' };
const system: MongodProbe = { found: true, binary: '/usr/bin/mongod', source: 'system-binary' };
const downloaded: MongodProbe = { found: true, binary: '/home/u/.cache/mongodb-binaries/mongod-x64-debian12-8.2.6', source: 'download' };
const goMissing: FerretdbProbe = { found: false, reason: 'Go is not installed and no FerretDB binary is at node_modules/.cache/ferretdb/ferretdb-v1.24.2' };
const ferretdbBuilt: FerretdbProbe = { found: true, built: true };
const goThere: FerretdbProbe = { found: true, built: false };
const skipped = { found: false as const, skipped: true as const };

describe('chooseEmbeddedServer: the embedded default takes the best server it can get', () => {
  it('takes a real mongod from a cached binary, MONGOMS_SYSTEM_BINARY or a download, over FerretDB', () => {
    expect(chooseEmbeddedServer({ mongod: cached, ferretdb: skipped })).toEqual({
      kind: 'mongodb',
      binary: cached.found && cached.binary,
      why: 'a real MongoDB from a cached mongod binary',
    });
    expect(chooseEmbeddedServer({ mongod: system, ferretdb: ferretdbBuilt })).toMatchObject({
      kind: 'mongodb',
      binary: '/usr/bin/mongod',
      why: expect.stringContaining('MONGOMS_SYSTEM_BINARY'),
    });
    expect(chooseEmbeddedServer({ mongod: downloaded, ferretdb: skipped })).toMatchObject({ kind: 'mongodb', why: expect.stringContaining('downloaded') });
  });

  it('falls back to FerretDB when the download is refused, saying why', () => {
    const choice = chooseEmbeddedServer({ mongod: downloadRefused, ferretdb: ferretdbBuilt });
    expect(choice).toEqual({ kind: 'ferretdb', why: expect.stringContaining('ENOTFOUND') });
    expect(chooseEmbeddedServer({ mongod: downloadRefused, ferretdb: goThere })).toEqual({
      kind: 'ferretdb',
      why: expect.stringContaining('to be built with Go'),
    });
  });

  it('with neither a mongod nor Go, answers one message naming the three ways out', () => {
    const choice = chooseEmbeddedServer({ mongod: downloadRefused, ferretdb: goMissing });
    expect(choice.kind).toBe('none');
    const message = (choice as { message: string }).message;
    expect(message).toContain('ENOTFOUND');
    expect(message).toContain('Go is not installed');
    for (const way of ['MONGODB_URI', 'MONGOMS_SYSTEM_BINARY', 'MONGOMS_DOWNLOAD_MIRROR', 'Go 1.24+']) expect(message).toContain(way);
    expect(message.endsWith(WAYS_OUT)).toBe(true);
  });

  it('EMBEDDED_DATABASE=ferretdb skips mongod even when one is cached', () => {
    expect(chooseEmbeddedServer({ forced: 'ferretdb', mongod: cached, ferretdb: ferretdbBuilt })).toEqual({
      kind: 'ferretdb',
      why: expect.stringContaining('EMBEDDED_DATABASE=ferretdb'),
    });
    expect(chooseEmbeddedServer({ forced: 'ferretdb', mongod: skipped, ferretdb: goMissing })).toMatchObject({
      kind: 'none',
      message: expect.stringContaining('Go is not installed'),
    });
  });

  it('EMBEDDED_DATABASE=mongodb never falls back to FerretDB', () => {
    expect(chooseEmbeddedServer({ forced: 'mongodb', mongod: cached, ferretdb: skipped })).toMatchObject({
      kind: 'mongodb',
      why: expect.stringContaining('EMBEDDED_DATABASE=mongodb'),
    });
    const refused = chooseEmbeddedServer({ forced: 'mongodb', mongod: downloadRefused, ferretdb: ferretdbBuilt });
    expect(refused).toMatchObject({ kind: 'none', message: expect.stringMatching(/^EMBEDDED_DATABASE=mongodb, but no mongod could be had: .*ENOTFOUND/) });
  });
});

describe('capabilitiesOf: buildInfo tells FerretDB from MongoDB', () => {
  it('reads FerretDB 1.24 (which reports MongoDB 7.0.42) as FerretDB, standalone, without TTL or partial indexes', () => {
    // FerretDB 1.24.2's own answers, as this project's build gives them.
    const buildInfo = {
      version: '7.0.42',
      gitVersion: 'unknown',
      modules: [],
      ferretdbVersion: 'unknown',
      ferretdbFeatures: { aggregationStages: ['$sort'] },
      ok: 1,
    };
    expect(capabilitiesOf(buildInfo, { isWritablePrimary: true, ok: 1 })).toEqual({
      server: 'ferretdb',
      version: '(version unknown; reports MongoDB 7.0.42)',
      replicaSet: null,
      ttlIndexes: false,
      partialIndexes: false,
    });
  });

  it('reads MongoDB as MongoDB, with its replica set', () => {
    const buildInfo = { version: '8.0.4', gitVersion: 'bc35ab4305d9920d9d0491c1c9ef9b72383d31f9', modules: [], ok: 1 };
    expect(capabilitiesOf(buildInfo, { isWritablePrimary: true, setName: 'rs0', ok: 1 })).toEqual({
      server: 'mongodb',
      version: '8.0.4',
      replicaSet: 'rs0',
      ttlIndexes: true,
      partialIndexes: true,
    });
  });
});
