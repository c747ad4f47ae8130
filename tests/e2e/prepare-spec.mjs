// Writes GitHub's official REST description with every `nullable: true` schema that
// has no `type` rewritten to `anyOf [schema, {enum: [null]}]`. Prism's validator
// cannot compile the original form and then skips validating the whole operation.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const source = require.resolve("@octokit/openapi/generated/api.github.com.json");
const out = process.argv[2] ?? "github-api.json";
const spec = JSON.parse(readFileSync(source, "utf8"));

let rewritten = 0;
function visit(node) {
  if (Array.isArray(node)) return node.map(visit);
  if (node === null || typeof node !== "object") return node;
  for (const key of Object.keys(node)) node[key] = visit(node[key]);
  if (node.nullable === true && node.type === undefined) {
    const { nullable, ...rest } = node;
    rewritten += 1;
    return { anyOf: [rest, { enum: [null] }] };
  }
  return node;
}
const result = visit(spec);
writeFileSync(out, JSON.stringify(result));
console.error(`prepare-spec: rewrote ${rewritten} nullable schemas without a type -> ${out}`);
