/** Remote covers: probed once, a failure retried after a while instead of remembered forever. */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, describe, it, mock } from "node:test";
import { resolveCover } from "../lib/cover";

let healthy = false;
let requests = 0;
const server = createServer((_request, response) => {
  requests++;
  response.writeHead(healthy ? 200 : 503, { "Content-Type": healthy ? "image/jpeg" : "text/plain" }).end();
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
after(() => server.close());
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cover.jpg`;

describe("remote covers", () => {
  it("falls back while the host fails, and shows the image once it answers again", async () => {
    mock.timers.enable({ apis: ["Date"], now: Date.parse("2026-11-23T12:00:00Z") });
    try {
      const cover = { image: url, alt: "Een laptop", caption: "Foto: iemand" };
      assert.equal((await resolveCover(cover)).kind, "fallback");
      healthy = true;
      // Within the retry window the answer is reused: one request, not one per page.
      assert.equal((await resolveCover(cover)).kind, "fallback");
      assert.equal(requests, 1);
      mock.timers.tick(6 * 60_000);
      assert.deepEqual(await resolveCover(cover), { kind: "image", src: url, alt: "Een laptop", caption: "Foto: iemand" });
      assert.equal(requests, 2);
      mock.timers.tick(30 * 60_000);
      await resolveCover(cover);
      assert.equal(requests, 2, "a reachable cover is not probed again within the hour");
    } finally {
      mock.timers.reset();
    }
  });

  it("never probes a local cover", async () => {
    assert.deepEqual(await resolveCover({ image: "/images/x.jpg", alt: "x" }), { kind: "image", src: "/images/x.jpg", alt: "x", caption: undefined });
  });
});
