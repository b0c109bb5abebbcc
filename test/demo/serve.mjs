#!/usr/bin/env node
// `npm start`: a demo school website on http://127.0.0.1:<PORT or 8080> using the built widget
// (dist/widget/). Analytics and video are local stubs, so no request leaves the machine. One page
// per example manifest (shared/examples/*.json) shows each organisation in the policy viewer.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const DIST = resolve(ROOT, "dist/widget");
const STUDIO = resolve(ROOT, "dist/studio");
const EXAMPLES = resolve(ROOT, "shared/examples");
const PORT = Number(process.env.PORT ?? 8080);
const HOST = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

if (!existsSync(resolve(DIST, "kelisim.js"))) {
  console.error('dist/widget/kelisim.js is missing: run "npm run build" first (npm start does).');
  process.exit(1);
}

function examples() {
  if (!existsSync(EXAMPLES)) return [];
  return readdirSync(EXAMPLES)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -5))
    .sort();
}

function loadExample(name) {
  return JSON.parse(readFileSync(resolve(EXAMPLES, `${name}.json`), "utf8"));
}

function text(value, lang = "kk") {
  if (typeof value === "string") return value;
  return value?.[lang] ?? value?.ru ?? value?.en ?? "";
}

const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );

/** The home site's manifest: the small-school example, with the local video stub declared too. */
function homeManifest() {
  const manifest = loadExample("small-school-site");
  for (const tech of manifest.technologies ?? []) {
    if (tech.id === "youtube-embed") tech.domains = [...(tech.domains ?? []), "localhost"];
  }
  return manifest;
}

function layout({ title, manifestUrl, body, lang = "kk" }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/demo.css">
<link rel="privacy-manifest" href="${manifestUrl}">
</head>
<body>
<header>
<strong>Kelisim — демо</strong>
<nav><a href="/">Басты бет</a><a href="/privacy">Құпиялылық саясаты</a><a href="/orgs">Ұйымдар</a>
<a href="#" data-kelisim-open="preferences">Cookie баптаулары</a></nav>
</header>
<main>
${body}
</main>
<script src="/demo.js" defer></script>
<script src="/kelisim/kelisim.js" data-manifest="${manifestUrl}" defer></script>
</body>
</html>`;
}

function homePage(port) {
  return layout({
    title: "№ 1 жалпы білім беретін мектеп — демо",
    manifestUrl: "/.well-known/privacy-manifest.json",
    body: `<h1>№ 1 жалпы білім беретін мектеп</h1>
<p>Бұл — Kelisim келісім виджетінің демо-сайты. Баннер бірінші кіргенде шығады; таңдауыңыз браузерде
сақталады. <span lang="ru">Это демо-сайт виджета согласия Kelisim.</span></p>
<div class="card">
<h2>Статистика (Яндекс Метрика, Google Analytics)</h2>
<p>Скрипттер тек «Статистика» санатына келісім берілгенде жүктеледі (жергілікті үлгілер).</p>
<p>Жүктелгендер:</p><ul id="released"></ul>
<p>Қазіргі таңдау: <span class="status" id="choice">—</span></p>
<p><button class="demo" type="button" id="withdraw">Келісімді кері қайтарып алу</button>
<button class="demo" type="button" data-kelisim-open="policy">Саясатты ашу</button></p>
</div>
<div class="card">
<h2>Мектеп туралы бейне</h2>
<iframe title="Мектеп туралы бейне" data-consent="media" data-src="http://localhost:${port}/stubs/youtube-embed.html" width="560" height="315"></iframe>
</div>
<script type="text/plain" data-consent="analytics" src="/stubs/metrika-tag.js"></script>
<script type="text/plain" data-consent="analytics" src="/stubs/gtag.js"></script>`,
  });
}

function privacyPage() {
  return layout({
    title: "Құпиялылық саясаты — демо",
    manifestUrl: "/.well-known/privacy-manifest.json",
    body: `<h1>Дербес деректер</h1>
<p>Төмендегі мәтінді виджет мектептің privacy-manifest.json файлынан құрастырады.</p>
<div data-kelisim-policy></div>`,
  });
}

function orgsPage() {
  const items = examples()
    .map((name) => {
      const manifest = loadExample(name);
      return `<li><a href="/org/${escapeHtml(name)}">${escapeHtml(text(manifest.operator?.name))}</a> <small>(${escapeHtml(name)})</small></li>`;
    })
    .join("\n");
  return layout({
    title: "Ұйымдар — демо",
    manifestUrl: "/.well-known/privacy-manifest.json",
    body: `<h1>Мысал ұйымдар</h1><p>Әр ұйымның декларациясы саясат қарау құралында:</p><ul>${items}</ul>`,
  });
}

function orgPage(name) {
  const manifest = loadExample(name);
  return layout({
    title: `${text(manifest.operator?.name)} — демо`,
    manifestUrl: `/manifests/${name}.json`,
    body: `<h1>${escapeHtml(text(manifest.operator?.name))}</h1>
<p><button class="demo" type="button" data-kelisim-open="policy">Саясатты терезеде ашу</button></p>
<div data-kelisim-policy></div>`,
  });
}

function send(res, status, body, type = "text/html; charset=utf-8") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

function sendFile(res, base, path) {
  const file = normalize(join(base, path));
  if (!file.startsWith(base) || !existsSync(file))
    return send(res, 404, "Табылмады / Not found", "text/plain; charset=utf-8");
  send(res, 200, readFileSync(file), TYPES[extname(file)] ?? "application/octet-stream");
}

export function createDemoServer(port = PORT) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    const path = decodeURIComponent(url.pathname);
    const actualPort = req.socket.localPort ?? port;
    if (path === "/favicon.ico") return void res.writeHead(204).end();
    if (path === "/") return send(res, 200, homePage(actualPort));
    if (path === "/privacy") return send(res, 200, privacyPage());
    if (path === "/orgs") return send(res, 200, orgsPage());
    if (path === "/.well-known/privacy-manifest.json") {
      return send(res, 200, JSON.stringify(homeManifest()), TYPES[".json"]);
    }
    const org = /^\/org\/([a-z0-9-]+)$/.exec(path);
    if (org && examples().includes(org[1])) return send(res, 200, orgPage(org[1]));
    const manifest = /^\/manifests\/([a-z0-9-]+)\.json$/.exec(path);
    if (manifest && examples().includes(manifest[1])) return sendFile(res, EXAMPLES, `${manifest[1]}.json`);
    if (path.startsWith("/kelisim/")) return sendFile(res, DIST, path.slice("/kelisim/".length));
    if (path === "/studio") return void res.writeHead(301, { location: "/studio/" }).end();
    if (path.startsWith("/studio/")) {
      return sendFile(res, STUDIO, path === "/studio/" ? "index.html" : path.slice("/studio/".length));
    }
    if (path.startsWith("/stubs/"))
      return sendFile(res, resolve(HERE, "stubs"), path.slice("/stubs/".length));
    if (path === "/demo.css" || path === "/demo.js") return sendFile(res, HERE, path.slice(1));
    send(res, 404, "Табылмады / Not found", "text/plain; charset=utf-8");
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = createDemoServer();
  server.listen(PORT, HOST, () => {
    const { port } = server.address();
    console.log(`Kelisim demo: http://${HOST}:${port}/`);
    console.log(`  examples:  http://${HOST}:${port}/orgs (${examples().length} manifests)`);
    console.log(`  studio:    http://${HOST}:${port}/studio/ (build your school's manifest)`);
  });
}
