// Validates GraphQL documents against GitHub's published schema
// (@octokit/graphql-schema) with graphql-js. Usage:
//   node validate-graphql.mjs DIR_OR_FILE... [--expect-invalid] [--require FIELD,...]
// Exits 1 when a document is invalid (or, with --expect-invalid, when one is valid),
// and when a --require'd field appears in no document.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildClientSchema, buildSchema, parse, validate, visit } from "graphql";
import { schema } from "@octokit/graphql-schema";

const args = process.argv.slice(2);
const expectInvalid = args.includes("--expect-invalid");
const requireAt = args.indexOf("--require");
const required = requireAt >= 0 ? args[requireAt + 1].split(",") : [];
const paths = args.filter(
  (a, i) => !a.startsWith("--") && (requireAt < 0 || i !== requireAt + 1),
);

// Two renderings of GitHub's schema ship in the package. The introspection result
// lags behind: it lacks the sub-issue fields (`addSubIssue`, `Issue.subIssues`,
// `CreateIssueInput.parentIssueId`) that GitHub serves and the SDL rendering has.
// The SDL repeats two fields, which graphql-js accepts with `assumeValidSDL`. A
// document must be valid against the introspection result, or else against the
// SDL; the second case is named in the output.
const introspected = buildClientSchema(schema.json);
const sdl = buildSchema(schema.idl, { assumeValidSDL: true });
const files = paths.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith(".graphql")).map((f) => join(p, f))
    : [p],
);
if (files.length === 0) {
  console.error("validate-graphql: no documents found in " + paths.join(", "));
  process.exit(1);
}
const seen = new Set();
let invalid = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let errors;
  try {
    const doc = parse(text);
    errors = validate(introspected, doc);
    if (errors.length > 0 && validate(sdl, doc).length === 0) {
      console.log(`valid against the SDL rendering only: ${file}`);
      errors = [];
    }
    visit(doc, { Field: (node) => void seen.add(node.name.value) });
  } catch (e) {
    errors = [e];
  }
  if (errors.length > 0) {
    invalid++;
    const where = expectInvalid ? "rejected as expected" : "INVALID";
    console.log(`${where}: ${file}`);
    for (const e of errors) console.log(`  ${e.message}`);
  }
}
const missing = required.filter((f) => !seen.has(f));
console.log(
  `validate-graphql: ${files.length} document(s), ${invalid} invalid` +
    (required.length ? `; required fields missing: ${missing.join(", ") || "none"}` : ""),
);
if (expectInvalid) process.exit(invalid === files.length ? 0 : 1);
process.exit(invalid === 0 && missing.length === 0 ? 0 : 1);
