// Builds the lean lesson page's one script into the classroom template's static files, where the
// package ships it (so installing the package needs no node): `npm ci && npm run build`.
// Its first line records a hash of everything it is built from (this script, package.json, the
// lockfile, src/): the package's tests recompute it, so a stale build fails them.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "..", "voila", "templates", "classroom", "static", "lesson-page.js");

function sources() {
  const src = readdirSync(join(here, "src"), { recursive: true }).map((f) => join("src", f));
  return ["build.mjs", "package.json", "package-lock.json", ...src]
    .filter((f) => !f.startsWith("src") || /\.(js|css)$/.test(f))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

// sha256 over each file's path and bytes, in path order (the test computes the same in Python).
function sourceHash() {
  const hash = createHash("sha256");
  for (const file of sources()) {
    hash.update(file + "\0");
    hash.update(readFileSync(join(here, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const result = await build({
  entryPoints: [join(here, "src", "lesson-page.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  loader: { ".css": "text" },
  // Stand-ins, each with the little the page asks of it (see each file).
  alias: {
    "sanitize-html": join(here, "src", "escape-html.js"),
    jquery: join(here, "src", "jquery.js"),
    nouislider: join(here, "src", "no-slider.js"),
  },
  legalComments: "eof",
  write: false,
  logLevel: "warning",
});
const header = `// safety-lessons lean lesson page, built by assets/frontend/build.mjs from sources sha256=${sourceHash()}\n`;
writeFileSync(OUT, header + result.outputFiles[0].text);
console.log(`${relative(process.cwd(), OUT)}: ${(header.length + result.outputFiles[0].contents.length).toLocaleString()} bytes`);
