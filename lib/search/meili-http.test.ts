import http from "node:http";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { MeiliHttpError, postMeiliJson } from "./meili-http";

const servers: (http.Server | net.Server)[] = [];
afterAll(() => servers.forEach((s) => s.close()));

function listen(server: http.Server | net.Server): Promise<string> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}`)));
}

describe("postMeiliJson", () => {
  it("sends JSON with the key and parses the answer", async () => {
    const url = await listen(
      http.createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => res.end(JSON.stringify({ path: req.url, auth: req.headers.authorization, got: JSON.parse(body) })));
      }),
    );
    const answer = await postMeiliJson<{ path: string; auth: string; got: unknown }>({ connection: { url, masterKey: "k" }, path: "multi-search", body: { q: "之友小组" } });
    expect(answer).toEqual({ path: "/multi-search", auth: "Bearer k", got: { q: "之友小组" } });
  });

  it("turns an error status into an error with the engine's message", async () => {
    const url = await listen(http.createServer((_req, res) => res.writeHead(400, { "content-type": "application/json" }).end('{"message":"bad filter"}')));
    await expect(postMeiliJson({ connection: { url, masterKey: "" }, path: "multi-search", body: {} })).rejects.toThrow(/400: bad filter/);
  });

  it("gives up on a server that accepts but never answers", async () => {
    const url = await listen(net.createServer(() => {}));
    await expect(postMeiliJson({ connection: { url, masterKey: "" }, path: "multi-search", body: {} })).rejects.toBeInstanceOf(MeiliHttpError);
  });
});
