import fs from 'node:fs';
import { DryMongoBinary, MongoBinary } from 'mongodb-memory-server-core';
import { MongoBinaryDownloadUrl } from 'mongodb-memory-server-core/lib/util/MongoBinaryDownloadUrl';
import { envToBool, resolveConfig, ResolveConfigVariables } from 'mongodb-memory-server-core/lib/util/resolveConfig';
import type { Logger } from '../logger';
import type { FerretdbProbe, MongodProbe } from './embedded-choice';
import { ferretdbBinaryPath, findGo } from './ferretdb';

/**
 * Finds a mongod the way mongodb-memory-server does (MONGOMS_* variables apply): the system binary
 * it is pointed at, else one it downloaded before (~/.cache/mongodb-binaries), else a download.
 * Before downloading, the server is asked for the archive with a short deadline, so a machine
 * without internet falls back in seconds instead of waiting out the library's retries.
 */
export async function probeMongod(options: { downloadProbeTimeoutMs: number; logger: Logger }): Promise<MongodProbe> {
  let binaryOptions: Awaited<ReturnType<typeof DryMongoBinary.generateOptions>>;
  let located: string | undefined;
  try {
    binaryOptions = await DryMongoBinary.generateOptions({});
    located = await DryMongoBinary.locateBinary(binaryOptions);
  } catch (err) {
    return { found: false, reason: `MONGOMS_SYSTEM_BINARY is not a mongod that runs here (${(err as Error).message})` };
  }
  if (located) return { found: true, binary: located, source: binaryOptions.systemBinary ? 'system-binary' : 'cached' };
  if (!envToBool(resolveConfig(ResolveConfigVariables.RUNTIME_DOWNLOAD))) {
    return { found: false, reason: 'no cached mongod, and MONGOMS_RUNTIME_DOWNLOAD=false forbids downloading one' };
  }
  const url = await new MongoBinaryDownloadUrl(binaryOptions).getDownloadUrl();
  const refused = await downloadRefused(url, options.downloadProbeTimeoutMs);
  if (refused) return { found: false, reason: `no cached mongod ${binaryOptions.version}, and its download ${refused}` };
  options.logger.info({ url, version: binaryOptions.version }, 'downloading mongod (first run only; cached afterwards)');
  try {
    const checkMD5 = envToBool(resolveConfig(ResolveConfigVariables.MD5_CHECK));
    return { found: true, binary: await MongoBinary.download({ ...binaryOptions, checkMD5 }), source: 'download' };
  } catch (err) {
    return { found: false, reason: `the download of mongod ${binaryOptions.version} failed (${(err as Error).message.split('\n')[0]})` };
  }
}

/** Why the archive cannot be fetched, or null when the server answers for it. */
async function downloadRefused(url: string, timeoutMs: number): Promise<string | null> {
  // Behind a proxy Node's fetch would not see what the library's download (which honours
  // HTTPS_PROXY) can reach; let the download itself decide there.
  if (process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || process.env.http_proxy) return null;
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? null : `from ${new URL(url).host} answered HTTP ${response.status}`;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return `from ${new URL(url).host} failed (${cause}, within ${timeoutMs} ms)`;
  }
}

/** FerretDB can run where its binary is built, or where Go is there to build it. */
export function probeFerretdb(configuredBinary?: string, go: () => string | undefined = findGo): FerretdbProbe {
  const binary = ferretdbBinaryPath(configuredBinary);
  if (fs.existsSync(binary)) return { found: true, built: true };
  if (go()) return { found: true, built: false };
  return { found: false, reason: `Go is not installed and no FerretDB binary is at ${binary}` };
}
