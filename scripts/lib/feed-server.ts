import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local HTTP server on 127.0.0.1 (free port) for the poller's tests, e2e and bench: routes are set per test;
 * every request is recorded. A route returns status, headers and a body, or handles the raw response itself.
 */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export type FeedServer = { url: string; routes: Map<string, Route>; requests: { path: string; headers: http.IncomingHttpHeaders }[]; close: () => Promise<void> };

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer["requests"] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    route(req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A route answering a fixed body, with ETag / If-None-Match support. */
export function staticRoute({ body, type = "text/html; charset=utf-8", etag }: { body: string; type?: string; etag?: string }): Route {
  return (req, res) => {
    if (etag && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": type, ...(etag ? { etag } : {}) }).end(body);
  };
}

export function rssFeed({ title, items }: { title: string; items: { url: string; title: string; date?: string }[] }): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org/</link><description>test</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><guid>${esc(i.url)}</guid>${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ""}</item>`).join("\n")}
</channel></rss>`;
}

/** An article page with site furniture around the story. */
export function articlePage({ title, paragraphs, site }: { title: string; paragraphs: string[]; site: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} - ${site}</title><meta property="og:site_name" content="${site}"></head>
<body><header><nav><a href="/">${site} home</a> | <a href="/world">World</a> | <a href="/tech">Technology</a></nav></header>
<main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></main>
<aside><h2>Most read on ${site}</h2><ul><li><a href="/x/1">Weather warning for the weekend</a></li><li><a href="/x/2">Markets close higher</a></li></ul></aside>
<footer>© ${site}. All rights reserved. Contact us · Privacy</footer></body></html>`;
}
