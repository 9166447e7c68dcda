// npm run package: builds release/ next to dist/ (issue 13.1) — the SCORM 1.2 and SCORM 2004 4th
// Edition packages (whole course + one per module), the cmi5 package and the single-file
// simulator. Offline: the web content comes from Vite's own build (its JavaScript API, with the
// project's vite.config.ts and `mode` 'lms' / 'single', so plugins meant for the web site only can
// skip themselves), the schema files from scripts/package/schemas. The pure parts (manifests,
// CSP hashes, checks, zip) live in src/release and are unit-tested there.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, runnerImport } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

// Production builds, whatever the shell says: Vite reads NODE_ENV once per process, and its module
// runner (below) would otherwise set it to 'development' for the builds that follow, which then
// pick the libraries' development exports (xstate.development.esm) and skip minification of them.
process.env.NODE_ENV = 'production';

const ROOT = resolve(import.meta.dirname, '..');
const RELEASE = join(ROOT, 'release');
const SCHEMAS = join(ROOT, 'scripts/package/schemas');
const started = performance.now();

// The builders are TypeScript and read the course (src/training/course.ts): Vite's module runner
// loads them as the app's build would, without a separate compile step.
const { module: release } = await runnerImport('/src/release/index.ts', { root: ROOT, configFile: false, logLevel: 'error' });
const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));

/** Every file under `dir`, as package-relative '/'-paths → bytes. */
async function filesOf(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    files.set(relative(dir, full).split(sep).join('/'), new Uint8Array(await readFile(full)));
  }
  return files;
}

/** Rolldown's per-build plugin timings are for tuning, not for this script's report. */
const quiet = (more = () => false) => ({
  onLog(level, log, handler) {
    if (log.code === 'PLUGIN_TIMINGS' || more(log)) return;
    handler(level, log);
  },
});

const work = await mkdtemp(join(tmpdir(), 'primaweb-release-'));
try {
  // The LMS web content: the site as dist/ has it, built in the 'lms' mode.
  const lmsDir = join(work, 'lms');
  await build({ root: ROOT, mode: 'lms', logLevel: 'warn', build: { outDir: lmsDir, emptyOutDir: true, rolldownOptions: quiet() } });

  // The single file: every chunk, lazy ones and locale JSON included, inlined into one page.
  const singleDir = join(work, 'single');
  await build({
    root: ROOT,
    mode: 'single',
    logLevel: 'warn',
    // Nothing beside the page: the favicon is inlined below.
    publicDir: false,
    plugins: [viteSingleFile({ removeViteModuleLoader: true })],
    build: {
      outDir: singleDir,
      emptyOutDir: true,
      // No chunk is left to preload.
      modulePreload: false,
      // vite-plugin-singlefile warns that index.html's CSP would block the inlined script: the
      // hashes for it are written in right after the build (hashInlineScripts).
      rolldownOptions: quiet((log) => log.plugin === 'vite:singlefile' && /Content-Security-Policy/.test(log.message)),
    },
  });

  await rm(RELEASE, { recursive: true, force: true });
  await mkdir(RELEASE, { recursive: true });
  const written = [];
  const write = async (name, bytes) => {
    await writeFile(join(RELEASE, name), bytes);
    written.push({ name, raw: bytes.byteLength, gz: gzipSync(bytes, { level: 9 }).byteLength });
  };

  const favicon = await readFile(join(ROOT, 'static/favicon.svg'));
  let single = await readFile(join(singleDir, 'index.html'), 'utf8');
  single = single.replace(/href="\.?\/?favicon\.svg"/, `href="data:image/svg+xml;base64,${favicon.toString('base64')}"`);
  single = release.hashInlineScripts(single);
  assertSelfContained(single);
  await write(release.SINGLE_FILE, new TextEncoder().encode(single));

  const content = await filesOf(lmsDir);
  const scorm12Schemas = await filesOf(join(SCHEMAS, 'scorm12'));
  const scorm2004Schemas = await filesOf(join(SCHEMAS, 'scorm2004-4th'));
  const contentFiles = [...content.keys()];
  const encode = (text) => new TextEncoder().encode(text);

  const pack = async (name, descriptor, xml, ...parts) => {
    const files = new Map(parts.flatMap((p) => [...p]));
    files.set(descriptor, encode(xml));
    const problems = release.packageProblems([...files.keys()], descriptor, xml);
    if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
    await write(`${name}.zip`, release.deterministicZip(files));
  };

  for (const scope of release.scormScopes()) {
    const scorm12 = release.packageName('scorm12', scope);
    await pack(scorm12, 'imsmanifest.xml', release.scorm12Manifest({ identifier: scorm12, scope, version, files: contentFiles }), content, scorm12Schemas);
    const scorm2004 = release.packageName('scorm2004', scope);
    await pack(scorm2004, 'imsmanifest.xml', release.scorm2004Manifest({ identifier: scorm2004, scope, version, files: contentFiles }), content, scorm2004Schemas);
  }

  // cmi5: the same content, but its page may reach the LRS the launch names (its only exception).
  const cmi5Content = new Map(content);
  const page = new TextDecoder().decode(content.get(release.LAUNCH_PAGE));
  cmi5Content.set(release.LAUNCH_PAGE, encode(release.withConnectSource(page, release.CMI5_CONNECT_SOURCE)));
  await pack(release.packageName('cmi5', release.courseScope()), 'cmi5.xml', release.cmi5CourseStructure(), cmi5Content);

  const kB = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`release/ (version ${version}), in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  for (const { name, raw, gz } of written) console.log(`${kB(raw)} kB raw ${kB(gz)} kB gz  ${name}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

/** The single file must name nothing outside itself: no script or style file, no asset path. */
function assertSelfContained(html) {
  const outside = [...html.matchAll(/\b(?:src|href)="(?!data:|#)([^"]+)"/g)].map((m) => m[1]);
  if (outside.length) throw new Error(`the single file still refers to ${outside.join(', ')}`);
}
