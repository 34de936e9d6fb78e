/**
 * Which embedded server `npm start` runs when no MONGODB_URI is set: a real mongod when one can be
 * had (MONGOMS_SYSTEM_BINARY, a cached download, or a fresh download), else FerretDB where its
 * binary is built or Go can build it, else nothing, with one message naming the ways out.
 * Pure: the probes (src/db/embedded-probes.ts) find the facts, this decides.
 */
export type EmbeddedKind = 'mongodb' | 'ferretdb';

export type MongodProbe =
  | { found: true; binary: string; source: 'system-binary' | 'cached' | 'download' }
  | { found: false; reason: string }
  /** Not looked for: EMBEDDED_DATABASE=ferretdb. */
  | { found: false; skipped: true };

export type FerretdbProbe =
  /** `built`: the binary is there; otherwise Go is, and builds it on first use. */
  { found: true; built: boolean } | { found: false; reason: string } | { found: false; skipped: true };

export type EmbeddedChoice = { kind: 'mongodb'; binary: string; why: string } | { kind: 'ferretdb'; why: string } | { kind: 'none'; message: string };

const SOURCE_WORDS: Record<'system-binary' | 'cached' | 'download', string> = {
  'system-binary': 'MONGOMS_SYSTEM_BINARY',
  cached: 'a cached mongod binary',
  download: 'a freshly downloaded mongod',
};

export const WAYS_OUT =
  'Either set MONGODB_URI to a MongoDB (or FerretDB) server; ' +
  'or let mongodb-memory-server download mongod once (internet access to fastdl.mongodb.org, or MONGOMS_DOWNLOAD_MIRROR) ' +
  'or point MONGOMS_SYSTEM_BINARY at an installed mongod; ' +
  'or install Go 1.24+ so the embedded FerretDB can be built (npm run db:install).';

const reasonOf = (probe: { found: false; reason: string } | { found: false; skipped: true }) => ('reason' in probe ? probe.reason : 'not tried');

/** Decides from what the probes found; `forced` is EMBEDDED_DATABASE. */
export function chooseEmbeddedServer(input: { forced?: EmbeddedKind; mongod: MongodProbe; ferretdb: FerretdbProbe }): EmbeddedChoice {
  const { forced, mongod, ferretdb } = input;
  if (forced !== 'ferretdb' && mongod.found) {
    return { kind: 'mongodb', binary: mongod.binary, why: `a real MongoDB from ${SOURCE_WORDS[mongod.source]}${forced ? ' (EMBEDDED_DATABASE=mongodb)' : ''}` };
  }
  if (forced === 'mongodb') {
    return {
      kind: 'none',
      message: `EMBEDDED_DATABASE=mongodb, but no mongod could be had: ${reasonOf(mongod as { found: false; reason: string })}. ${WAYS_OUT}`,
    };
  }
  if (ferretdb.found) {
    const how = ferretdb.built ? 'already built' : 'to be built with Go (first run only, a few minutes)';
    const why =
      forced === 'ferretdb'
        ? `EMBEDDED_DATABASE=ferretdb (FerretDB ${how})`
        : `no mongod (${reasonOf(mongod as { found: false; reason: string })}); FerretDB ${how}`;
    return { kind: 'ferretdb', why };
  }
  const mongodReason = forced === 'ferretdb' ? '' : `no mongod (${reasonOf(mongod as { found: false; reason: string })}), `;
  return {
    kind: 'none',
    message: `No MONGODB_URI and no embedded database could be started: ${mongodReason}no FerretDB (${reasonOf(ferretdb)}). ${WAYS_OUT}`,
  };
}
