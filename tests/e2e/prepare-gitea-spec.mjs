// Writes Gitea 1.22's Swagger description (specs/gitea-1.22.swagger.json, the file
// every Gitea serves at /swagger.v1.json, unchanged) in the form Prism can check real
// Gitea traffic against. Usage: node prepare-gitea-spec.mjs OUT.json
//
// 1. Every path gets the `basePath` (/api/v1) in front, and `basePath` goes: Prism
//    ignores Swagger 2's basePath, so it would otherwise match `/repos/…` while
//    clients send `/api/v1/repos/…`. With the prefix in the paths, Prism checks the
//    URLs exactly as a client sends them and forwards them unchanged (a proxy in
//    front of a Gitea under a sub-path keeps that sub-path in its upstream URL).
// 2. Fields that Gitea's Go structs (modules/structs) declare as pointers or as
//    slices it leaves nil are sent as `null` when unset. Swagger 2 cannot say
//    "nullable", so the description is silent and a validator would reject every
//    real answer with, say, an issue without a milestone. Exactly those fields are
//    allowed to be null; the script stops if one of them is not in the description.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("specs/gitea-1.22.swagger.json", import.meta.url));
const out = process.argv[2] ?? "gitea-api.json";
const spec = JSON.parse(readFileSync(source, "utf8"));

const base = spec.basePath ?? "";
spec.paths = Object.fromEntries(
  Object.entries(spec.paths).map(([path, item]) => [base + path, item]),
);
delete spec.basePath;

const nullable = {
  Issue: ["assignee", "assignees", "milestone", "closed_at", "due_date", "pull_request"],
  Milestone: ["closed_at", "due_on"],
  PullRequestMeta: ["merged_at"],
  Repository: ["parent", "repo_transfer"],
};
let rewritten = 0;
for (const [definition, fields] of Object.entries(nullable)) {
  for (const field of fields) {
    const properties = spec.definitions[definition]?.properties;
    const schema = properties?.[field];
    if (schema === undefined) {
      throw new Error(`prepare-gitea-spec: ${definition}.${field} is not in the description`);
    }
    // A typed schema takes `x-nullable` (Prism turns it into `type: [t, "null"]`);
    // a `$ref` cannot, so it becomes "the reference or null".
    properties[field] =
      schema.type !== undefined
        ? { ...schema, "x-nullable": true }
        : { anyOf: [schema, { type: "null" }] };
    rewritten += 1;
  }
}
writeFileSync(out, JSON.stringify(spec));
console.error(
  `prepare-gitea-spec: ${Object.keys(spec.paths).length} paths under ${base}, ` +
    `${rewritten} fields Gitea sends as null allowed to be null -> ${out}`,
);
