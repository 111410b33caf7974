// The fakes are ours, so they are held to what the platforms publish (issue 13): every request body
// the Discord fake receives is checked against Discord's OpenAPI spec, and every event the tests send
// to our Slack receiver against Slack's Events API wrapper schema. Both are read from
// ../shared/platform-specs/ (never copied into this repository); ajv does the checking.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'platform-specs');

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
}

interface Route {
  method: string;
  re: RegExp;
  template: string;
  schema: unknown;
}

let discord: { ajv: Ajv2020; routes: Route[] } | null = null;
const compiled = new Map<string, ValidateFunction | null>();

function loadDiscord() {
  if (discord) return discord;
  const spec = JSON.parse(readFileSync(join(SPECS, 'discord-openapi.json'), 'utf8')) as OpenApi;
  // Discord's spec uses its own formats (snowflake, nonce, int64): their types are checked, not the format names.
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(spec as object, 'discord');
  const routes: Route[] = [];
  for (const [template, ops] of Object.entries(spec.paths)) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    for (const [method, op] of Object.entries(ops)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (schema) routes.push({ method: method.toUpperCase(), re, template, schema });
    }
  }
  discord = { ajv, routes };
  return discord;
}

/**
 * The spec's verdict on one Discord request body (path after /api/v10, a multipart body's
 * payload_json): null when it conforms, else what is wrong. A request the spec has no body for is null.
 */
export function discordBodyViolation(method: string, path: string, body: unknown): string | null {
  if (body === null || body === undefined) return null;
  const d = loadDiscord();
  const route = d.routes.find((r) => r.method === method && r.re.test(path));
  if (!route) return `no ${method} ${path} with a JSON body in Discord's spec`;
  const id = `${method} ${route.template}`;
  if (!compiled.has(id)) {
    // The operation's schema refers into the spec (#/components/…): point those refs at the loaded document.
    const schema = JSON.parse(JSON.stringify(route.schema).replace(/"\$ref":"#\//g, '"$ref":"discord#/')) as object;
    compiled.set(id, d.ajv.compile(schema));
  }
  const validate = compiled.get(id)!;
  if (validate(body)) return null;
  return `${id}: ${d.ajv.errorsText(validate.errors, { separator: '; ' })}`;
}

let slackWrapper: ValidateFunction | null = null;

/** Slack's Events API wrapper schema (draft-07) on an event_callback body: null, or what is wrong. */
export function slackEventViolation(body: unknown): string | null {
  if (!slackWrapper) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    slackWrapper = ajv.compile(JSON.parse(readFileSync(join(SPECS, 'slack-event-wrapper.schema.json'), 'utf8')) as object);
  }
  return slackWrapper(body) ? null : `slack event wrapper: ${JSON.stringify(slackWrapper.errors)}`;
}
