// A Starlight site with the same content as a (scaled) copy of the project, for the side-by-side
// build benchmark. Starlight and its Astro are installed once into a folder of their own under
// the system temp folder, never into the project, and each site links to that install.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';

export const STARLIGHT_VERSION = '0.42.4';

const SITE_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// No sidebar option: Starlight's default, every doc by folder, is what makes its pages grow with the site.
export default defineConfig({
  site: 'http://localhost:4321',
  cacheDir: './.bench-cache',
  integrations: [starlight({ title: 'Ease tight, sore muscles' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Tools that Starlight's tree would otherwise get newer than the project has (ranges resolve to
 * the latest): pinned to the project's, as are astro and pagefind, so the builds differ by site.
 */
const SHARED_BUILD_TOOLS = ['vite', 'rolldown', '@astrojs/mdx', '@astrojs/compiler-rs', '@astrojs/sitemap', 'sharp'];

/** Astro finds the integrations to bundle (Starlight among them) from the site's dependencies. */
function siteManifest(dependencies) {
  return { name: 'bench-starlight-site', private: true, type: 'module', dependencies };
}

function installedVersion(root, name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function npmInstall(cwd) {
  // Under `npm run`, npm_execpath is npm's own script; run it with this Node so the install sees Node 24.
  const npm = process.env.npm_execpath;
  const [command, prefix] = npm?.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, 'install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm install failed (${code}):\n${output}`)),
    );
  });
}

/**
 * Starlight installed beside the same Astro and Pagefind versions as the project, so that the
 * comparison is of the sites and not of the tools' versions. Kept between runs; reinstalled only
 * when the wanted versions change.
 * @returns {Promise<{ dir: string, installSeconds: number | undefined, versions: Record<string, string> }>}
 */
export async function starlightDeps(projectRoot) {
  const dir = join(tmpdir(), `bench-starlight-deps-${STARLIGHT_VERSION}`);
  const pinned = (names) => Object.fromEntries(names.map((name) => [name, installedVersion(projectRoot, name)]));
  const versions = { '@astrojs/starlight': STARLIGHT_VERSION, ...pinned(['astro', 'pagefind']) };
  const overrides = pinned(SHARED_BUILD_TOOLS);
  const manifest = `${JSON.stringify({ ...siteManifest(versions), overrides }, null, 2)}\n`;
  const marker = join(dir, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === manifest)
    return { dir, installSeconds: undefined, versions };
  // A fresh install, so that nothing of an older set of versions lingers in the tree.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), manifest);
  const started = performance.now();
  await npmInstall(dir);
  const installSeconds = (performance.now() - started) / 1000;
  // Written last, so an install cut short is done again next time.
  writeFileSync(marker, manifest);
  return { dir, installSeconds, versions };
}

/** Front matter and body of an MDX file. */
function readEntry(file) {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return { data: load(match[1]), body: match[2] };
}

function readCollection(contentDir, folder) {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: name.slice(0, -4), ...readEntry(join(dir, name)) }));
}

/** Text that MDX reads as text: braces and angle brackets would start expressions or JSX. */
function plain(value) {
  return String(value).replace(/[{}<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The project's components cannot be imported here: their imports and tags go. */
function withoutComponents(body) {
  return body.replace(/^import .*$/gm, '').replace(/<[A-Z][A-Za-z]*[\s\S]*?\/>/g, '');
}

function frontmatter(title, description) {
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
}

const bullets = (lines) => lines.map((line) => `- ${plain(line)}`).join('\n');

/** A dose as plain words, e.g. "passes 5 to 6, secondsPerPass 10, sides one". */
function doseText(dose) {
  if (!dose) return 'as on its own page';
  const value = (v) => (typeof v === 'object' ? `${v.min} to ${v.max}` : v);
  return Object.entries(dose)
    .filter(([key]) => key !== 'kind')
    .map(([key, v]) => `${key} ${value(v)}`)
    .join(', ');
}

function dateText(value) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
}

/** Everything a technique doc needs from the other collections. */
function lookups(content) {
  const byId = (list) => new Map(list.map((entry) => [entry.id, entry]));
  const [safety] = JSON.parse(readFileSync(join(content.dir, 'safety.json'), 'utf8'));
  const signs = new Map();
  for (const level of Object.values(safety.levels)) {
    for (const sign of level.signs) signs.set(sign.id, { heading: level.heading, text: sign.text });
  }
  return {
    safety,
    signs,
    areas: byId(content.areas),
    tools: byId(content.tools),
    techniques: byId(content.techniques),
    sources: byId(JSON.parse(readFileSync(join(content.dir, 'sources.json'), 'utf8'))),
  };
}

const techniqueHref = (technique) => `/techniques/${technique.data.areas[0]}/${technique.id}/`;

/** "When to get help": the signs of the technique's areas and its own, under their urgency. */
function warnings(technique, look) {
  const ids = [
    ...technique.data.areas.flatMap((area) => look.safety.areas[area] ?? []),
    ...(look.safety.techniques[technique.id.replace(/^synthetic-\d+-/, '')] ?? []),
  ];
  const groups = new Map();
  for (const id of new Set(ids)) {
    const sign = look.signs.get(id);
    if (sign) groups.set(sign.heading, [...(groups.get(sign.heading) ?? []), sign.text]);
  }
  return [...groups].map(([heading, lines]) => `### ${plain(heading)}\n\n${bullets(lines)}`).join('\n\n');
}

/** A technique as the project's page lays it out: at a glance, steps, feel, stop, cautions, evidence. */
function techniqueDoc(technique, look) {
  const data = technique.data;
  const link = (id, collection, href) => `[${plain(look[collection].get(id)?.data.title ?? id)}](${href})`;
  const neighbour = (label, id) =>
    id && look.techniques.has(id)
      ? `- ${label}: ${link(id, 'techniques', techniqueHref(look.techniques.get(id)))}`
      : '';
  const areaCautions = data.areas.flatMap((area) => look.areas.get(area)?.data.cautions ?? []);
  const sources = data.sources.map((id) => {
    const source = look.sources.get(id);
    return source ? `- [${plain(source.citation)}](${source.url})` : `- ${plain(id)}`;
  });
  return `${frontmatter(data.title, data.summary)}## At a glance

- Areas: ${data.areas.map((area) => link(area, 'areas', `/areas/${area}/`)).join(', ')}
- Tools: ${data.tools.map((tool) => link(tool, 'tools', `/tools/${tool}/`)).join(', ')}
- Position: ${plain(data.position)}
- Pressure: ${plain(data.pressure)}
- How long: ${plain(doseText(data.dose))}

## Steps

${technique.body.trim()}

## What you should feel

${bullets(data.feel)}

## Stop or ease off if

${bullets(data.stopIf)}

## Go gently

${bullets([...(data.cautions ?? []), ...areaCautions])}

## Common mistakes

${bullets(data.mistakes)}

## When to get help

${warnings(technique, look)}

## What we know

${plain(data.evidence)}

### Sources

${sources.join('\n')}

Reviewed ${dateText(data.reviewed)}.

${[neighbour('Gentler', data.easier), neighbour('Firmer', data.harder)].filter(Boolean).join('\n')}
`;
}

function areaDoc(area, look) {
  const techniques = [...look.techniques.values()].filter((technique) => technique.data.areas.includes(area.id));
  const list = techniques.map((t) => `- [${plain(t.data.title)}](${techniqueHref(t)}): ${plain(t.data.summary)}`);
  return `${frontmatter(area.data.title, area.data.summary)}## Techniques for this area

${list.join('\n')}

${withoutComponents(area.body).trim()}

## Go gently

${bullets(area.data.cautions ?? [])}
`;
}

function routineDoc(routine, look) {
  const steps = routine.data.steps.map((step, index) => {
    const technique = look.techniques.get(step.technique);
    return `${index + 1}. [${plain(technique?.data.title ?? step.technique)}](${technique ? techniqueHref(technique) : '#'}): ${plain(doseText(step.dose))}`;
  });
  return `${frontmatter(routine.data.title, routine.data.summary)}${plain(routine.data.goal ?? '')}

Suits: ${plain(routine.data.suits ?? '')}

${withoutComponents(routine.body).trim()}

## Steps

${steps.join('\n')}
`;
}

/** A doc with the entry's own prose, for tools, guides and the fixed pages. */
function proseDoc(entry) {
  return `${frontmatter(entry.data.title, entry.data.summary)}${withoutComponents(entry.body).trim()}\n`;
}

function listDoc(title, description, entries, href) {
  const list = entries.map((entry) => `- [${plain(entry.data.title)}](${href(entry)}): ${plain(entry.data.summary)}`);
  return `${frontmatter(title, description)}${list.join('\n')}\n`;
}

/** Every doc of the site, as path under src/content/docs/ and MDX text. */
function corpus(contentDir) {
  const content = { dir: contentDir };
  for (const folder of ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages']) {
    content[folder] = readCollection(contentDir, folder);
  }
  const look = lookups(content);
  const docs = new Map();
  docs.set(
    'index.mdx',
    listDoc('Ease tight, sore muscles', 'Start from where it hurts.', content.areas, (a) => `/areas/${a.id}/`),
  );
  const sections = [
    ['areas', 'Body areas', (entry) => `/areas/${entry.id}/`],
    ['techniques', 'Techniques', techniqueHref],
    ['routines', 'Routines', (entry) => `/routines/${entry.id}/`],
    ['tools', 'Tools', (entry) => `/tools/${entry.id}/`],
    ['guides', 'Guides', (entry) => `/guides/${entry.id}/`],
  ];
  for (const [folder, title, href] of sections) {
    docs.set(`${folder}/index.mdx`, listDoc(title, `Every one of the ${title.toLowerCase()}.`, content[folder], href));
  }
  // One sidebar group per body area: techniques/<area>/<id>.mdx, as the project files them by area.
  for (const t of content.techniques) docs.set(`techniques/${t.data.areas[0]}/${t.id}.mdx`, techniqueDoc(t, look));
  for (const area of content.areas) docs.set(`areas/${area.id}.mdx`, areaDoc(area, look));
  for (const routine of content.routines) docs.set(`routines/${routine.id}.mdx`, routineDoc(routine, look));
  for (const tool of content.tools) docs.set(`tools/${tool.id}.mdx`, proseDoc(tool));
  for (const guide of content.guides) docs.set(`guides/${guide.id}.mdx`, proseDoc(guide));
  for (const page of content.pages) docs.set(`${page.id}.mdx`, proseDoc(page));
  return { docs, techniques: content.techniques.length };
}

/**
 * A Starlight site in a new temporary folder, its docs made from `contentDir` (the content/
 * folder of a scaled copy of the project), linked to the shared install of `starlightDeps`.
 */
export function starlightSite(contentDir, deps) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-starlight-site-'));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(siteManifest(deps.versions), null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), SITE_CONFIG);
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  symlinkSync(join(deps.dir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const { docs, techniques } = corpus(contentDir);
  for (const [path, text] of docs) {
    const file = join(dir, 'src', 'content', 'docs', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { dir, docs: docs.size, techniques, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
