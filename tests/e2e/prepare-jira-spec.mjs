// Writes Atlassian's Jira Cloud platform REST v3 description
// (specs/jira-cloud-platform-v3.openapi.json, the `swagger-v3.v3.json` Atlassian
// publishes, unchanged) in the form Prism can check Jira Cloud traffic against.
// Usage: node prepare-jira-spec.mjs OUT.json
//
// Prism loads the description as it is (paths carry `/rest/api/3`, the only server
// is `https://your-domain.atlassian.net`, which adds no path). One change, for what
// the description gets wrong about real answers:
//
// 1. Answers without a body. Atlassian's generator gives every answer a body, so
//    "204 No Content" and the empty 201 of `POST /rest/api/3/issueLink` are described
//    as `application/json` with the empty schema `{}`. A 204 carries no content by
//    definition (RFC 9110 §15.3.5), and Jira sends none, nor a Content-Type, for
//    those answers; Prism then reports `The received media type "" does not match
//    ... application/json` for every transition, edit and link. Exactly those
//    answers lose their `content`: every 204 whose content is the empty schema, and
//    the issueLink 201. Any other content of a 204, or an issueLink 201 that no longer
//    has the empty schema, stops the script.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("specs/jira-cloud-platform-v3.openapi.json", import.meta.url));
const out = process.argv[2] ?? "jira-cloud-api.json";
const spec = JSON.parse(readFileSync(source, "utf8"));

/** Whether `content` is `application/json` with the empty schema and nothing else. */
function emptyJson(content) {
  const types = Object.keys(content ?? {});
  const json = content?.["application/json"];
  return (
    types.length === 1 &&
    json !== undefined &&
    Object.keys(json).length === 1 &&
    Object.keys(json.schema ?? { x: 1 }).length === 0
  );
}

function dropContent(where, response) {
  if (response.content === undefined) return 0;
  if (!emptyJson(response.content)) {
    throw new Error(`prepare-jira-spec: ${where} describes a body: ${JSON.stringify(response.content)}`);
  }
  delete response.content;
  return 1;
}

let bodiless = 0;
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    const noContent = operation?.responses?.["204"];
    if (noContent !== undefined) {
      bodiless += dropContent(`${method.toUpperCase()} ${path} 204`, noContent);
    }
  }
}
const link = spec.paths["/rest/api/3/issueLink"]?.post?.responses?.["201"];
if (link === undefined) {
  throw new Error("prepare-jira-spec: POST /rest/api/3/issueLink has no 201 answer");
}
bodiless += dropContent("POST /rest/api/3/issueLink 201", link);

writeFileSync(out, JSON.stringify(spec));
console.error(
  `prepare-jira-spec: ${Object.keys(spec.paths).length} paths, ` +
    `${bodiless} answers without a body described as such -> ${out}`,
);
