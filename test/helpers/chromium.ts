import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { projectRoot } from '../../src/paths';

/**
 * The Chromium the end-to-end tests drive, with nothing installed by hand:
 * - `CHROMIUM_PATH` when set (any platform: the system's Chrome or Chromium);
 * - on Linux x64, the headless Chromium that the `@sparticuz/chromium` package ships as a
 *   brotli file, unpacked once into `node_modules/.cache/chromium-<version>/`;
 * - elsewhere, Google Chrome or Chromium where their installers put them.
 *
 * Not the package's own `executablePath()`: it unpacks into the shared `/tmp/chromium`, and
 * returns whatever file is there, from any version or a half-written unpack.
 */
export async function chromiumExecutable(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, and no file is there.`);
    return fromEnv;
  }
  if (process.platform === 'linux' && process.arch === 'x64') return unpackPackagedChromium();
  const installed = systemChromeCandidates().find((candidate) => fs.existsSync(candidate));
  if (installed) return installed;
  throw new Error(
    `The end-to-end tests need Chrome or Chromium. On ${process.platform} ${process.arch} none was found at ` +
      `${systemChromeCandidates().join(', ') || '(no usual place)'}. Install Google Chrome, or set CHROMIUM_PATH to a Chrome or Chromium executable.`,
  );
}

async function unpackPackagedChromium(): Promise<string> {
  // The package exports only its entry (build/index.js); its files sit one folder above that.
  const packageDir = path.dirname(path.dirname(require.resolve('@sparticuz/chromium', { paths: [projectRoot] })));
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(projectRoot, 'node_modules', '.cache', `chromium-${version}`, 'chromium');
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Unpack beside the target, then rename: a concurrent or interrupted unpack never leaves a
  // partial file under the name that is looked for.
  const partial = `${target}.${process.pid}.partial`;
  try {
    await pipeline(
      fs.createReadStream(path.join(packageDir, 'bin', 'chromium.br')),
      zlib.createBrotliDecompress(),
      fs.createWriteStream(partial, { mode: 0o755 }),
    );
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return target;
}

function systemChromeCandidates(): string[] {
  if (process.platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  if (process.platform === 'win32') {
    const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.map((root) => path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}
