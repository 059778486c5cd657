// Builds the lean static page's scripts into the package (so installing it needs no node), with
// assets/frontend's packages (`npm ci` there first): `node assets/static-lean/build.mjs`.
// lean-site.js's first line records a hash of everything both are built from (this script,
// assets/frontend's package.json and lockfile, src/): the package's tests recompute it, so a stale
// build fails them. worker.js and snapshot.mjs are copied as they are (they import nothing).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const frontend = join(here, "..", "frontend");
const { build } = createRequire(join(frontend, "package.json"))("esbuild");
const OUT = join(here, "..", "..", "widgets", "safety_lessons", "static_site", "lean");

function sources() {
  const src = readdirSync(join(here, "src")).filter((f) => /\.(js|css)$/.test(f)).map((f) => `static-lean/src/${f}`);
  return ["static-lean/build.mjs", "frontend/package.json", "frontend/package-lock.json", ...src].sort();
}

// sha256 over each file's path (from assets/) and bytes, in path order (the test computes the same in Python).
function sourceHash() {
  const hash = createHash("sha256");
  for (const file of sources()) {
    hash.update(file + "\0");
    hash.update(readFileSync(join(here, "..", file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const result = await build({
  entryPoints: [join(here, "src", "lean-site.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  loader: { ".css": "text" },
  nodePaths: [join(frontend, "node_modules")],
  // assets/frontend's stand-ins, each with the little the page asks of it (see each file).
  alias: {
    "sanitize-html": join(frontend, "src", "escape-html.js"),
    jquery: join(frontend, "src", "jquery.js"),
    nouislider: join(frontend, "src", "no-slider.js"),
  },
  legalComments: "eof",
  write: false,
  logLevel: "warning",
});
const header = `// safety-lessons lean static page, built by assets/static-lean/build.mjs from sources sha256=${sourceHash()}\n`;
writeFileSync(join(OUT, "lean-site.js"), header + result.outputFiles[0].text);
for (const plain of ["worker.js", "snapshot.mjs"]) { copyFileSync(join(here, "src", plain), join(OUT, plain)); }
console.log(`${relative(process.cwd(), OUT)}/lean-site.js: ${(header.length + result.outputFiles[0].contents.length).toLocaleString()} bytes`);
