// Builds Gelassen for Chrome and Firefox: bundles the entries below with esbuild, copies assets/ and the pages'
// HTML, and merges manifest/base.json with each browser's part.
//   node build.mjs            build dist/chrome and dist/firefox
//   node build.mjs --watch    rebuild on every change
//   node build.mjs --package  build, then write store-ready zips to dist/packages
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  watch as watchFiles,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { zipSync } from "fflate";

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has("--watch");
const BROWSERS = ["chrome", "firefox"];

/**
 * Every bundle the extension ships. Content scripts must be IIFEs (they are not modules); there is one per site,
 * so a page loads only its own site's adapter, and one with the in-page UI that only a page that uses it loads.
 */
const ENTRIES = [
  { name: "content-facebook", source: "src/content/entry-facebook.ts", format: "iife" },
  { name: "content-x", source: "src/content/entry-x.ts", format: "iife" },
  { name: "content-linkedin", source: "src/content/entry-linkedin.ts", format: "iife" },
  // At document_start on all three sites: asks the worker to warm the analysis up while the page loads.
  { name: "content-prepare", source: "src/content/entry-prepare.ts", format: "iife" },
  // The in-page UI (panel, guard dialog, draft check): the worker puts it into a page on its first use.
  { name: "content-ui", source: "src/content/entry-ui.ts", format: "iife" },
  { name: "background", source: "src/background/index.ts", format: "esm" },
  { name: "popup", source: "src/popup/index.tsx", format: "esm", page: "src/popup/popup.html" },
  { name: "options", source: "src/options/index.tsx", format: "esm", page: "src/options/options.html" },
  { name: "first-run", source: "src/first-run/index.tsx", format: "esm", page: "src/first-run/first-run.html" },
];

const staging = join(root, "dist", ".bundles");

/** The `gelassen` command line (bin/gelassen.mjs imports it): a Node bundle, kept out of the extension folders. */
const CLI = { source: "src/cli/main.ts", outfile: join(root, "dist", "cli", "gelassen.mjs") };

function cliOptions() {
  return {
    entryPoints: [join(root, CLI.source)],
    outfile: CLI.outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // csv-parse and the other runtime dependencies are installed beside it; bundling them would only duplicate.
    packages: "external",
    loader: { ".json": "json" },
    minify: false,
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
  };
}

/** Content scripts put stylesheets into their Shadow DOMs as text: minified, like the rest of the bundle. */
const cssAsText = {
  name: "css-as-text",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await esbuild.transform(readFileSync(path, "utf8"), { loader: "css", minify: !watch });
      return { contents: code, loader: "text" };
    });
  },
};

function esbuildOptions(entry) {
  return {
    plugins: entry.format === "iife" ? [cssAsText] : [],
    entryPoints: { [entry.name]: join(root, entry.source) },
    outdir: staging,
    bundle: true,
    format: entry.format,
    platform: "browser",
    target: ["chrome120", "firefox142"],
    jsx: "automatic",
    jsxImportSource: "preact",
    // The pages bundle their stylesheets into a CSS file; content scripts take their text (cssAsText).
    loader: { ".css": "css", ".json": "json" },
    minify: !watch,
    sourcemap: watch ? "inline" : false,
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
  };
}

function deepMerge(base, patch) {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const isObject = value && typeof value === "object" && !Array.isArray(value);
    out[key] = isObject && base[key] && typeof base[key] === "object" ? deepMerge(base[key], value) : value;
  }
  return out;
}

function readJson(path) {
  return JSON.parse(readFileSync(join(root, path), "utf8"));
}

/** Copies bundles, pages and assets into each browser's folder and writes its manifest. */
function assemble() {
  const { version } = readJson("package.json");
  const base = readJson("manifest/base.json");
  for (const browser of BROWSERS) {
    const out = join(root, "dist", browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(staging, out, { recursive: true });
    // The model is bundled into the worker (src/analysis/shipped-model.ts): its file need not ship a second time.
    cpSync(join(root, "assets"), out, {
      recursive: true,
      filter: (source) => !source.startsWith(join(root, "assets", "model")),
    });
    for (const entry of ENTRIES) if (entry.page) cpSync(join(root, entry.page), join(out, `${entry.name}.html`));
    const manifest = { ...deepMerge(base, readJson(`manifest/${browser}.json`)), version };
    writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

function report(results) {
  const warnings = results.flatMap((result) => result.warnings);
  if (warnings.length) {
    const text = esbuild.formatMessagesSync(warnings, { kind: "warning", color: false });
    throw new Error(`The build has warnings, which it treats as errors:\n${text.join("\n")}`);
  }
  for (const result of results) {
    for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
      console.log(`  ${relative(staging, join(root, file)).padEnd(16)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
    }
  }
}

function packageZips() {
  const { version } = readJson("package.json");
  const outDir = join(root, "dist", "packages");
  mkdirSync(outDir, { recursive: true });
  for (const browser of BROWSERS) {
    const dir = join(root, "dist", browser);
    const files = Object.fromEntries(readdirRecursive(dir).map((file) => [relative(dir, file), readFileSync(file)]));
    const zip = zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
    const target = join(outDir, `gelassen-${browser}-${version}.zip`);
    writeFileSync(target, zip);
    console.log(`  ${relative(root, target)} ${(zip.length / 1024).toFixed(1)} KB`);
  }
}

function readdirRecursive(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? readdirRecursive(join(dir, entry.name)) : [join(dir, entry.name)]));
}

async function buildOnce() {
  rmSync(staging, { recursive: true, force: true });
  const results = await Promise.all(ENTRIES.map((entry) => esbuild.build(esbuildOptions(entry))));
  report(results);
  assemble();
  const cli = await esbuild.build(cliOptions());
  if (cli.warnings.length) report([cli]);
  console.log(
    `  ${relative(root, CLI.outfile).padEnd(16)} ${(statSync(CLI.outfile).size / 1024).toFixed(1).padStart(7)} KB`,
  );
}

if (watch) {
  const contexts = await Promise.all(
    ENTRIES.map((entry) =>
      esbuild.context({
        ...esbuildOptions(entry),
        plugins: [
          ...esbuildOptions(entry).plugins,
          {
            name: "assemble",
            setup(build) {
              build.onEnd((result) => {
                if (result.errors.length) return;
                assemble();
                console.log(`[${new Date().toLocaleTimeString()}] rebuilt ${entry.name}`);
              });
            },
          },
        ],
      }),
    ),
  );
  await Promise.all(contexts.map((context) => context.watch()));
  const cli = await esbuild.context(cliOptions());
  await cli.watch();
  for (const dir of ["assets", "manifest", "src/popup", "src/options", "src/first-run"]) {
    watchFiles(join(root, dir), { recursive: true }, () => assemble());
  }
  console.log("Watching for changes (Ctrl+C stops).");
} else {
  try {
    console.log("Gelassen build:");
    await buildOnce();
    if (args.has("--package")) packageZips();
  } catch (error) {
    console.error(error.message ?? error);
    process.exit(1);
  }
}
