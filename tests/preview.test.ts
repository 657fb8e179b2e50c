import assert from "node:assert/strict";
import crypto from "node:crypto";
import { describe, it, mock } from "node:test";
import { decidePreview, PREVIEW_HOME, safeRedirectPath, secretMatches } from "../lib/preview";

const secret = "een-lang-willekeurig-geheim";

describe("preview: the secret", () => {
  it("matches only the exact secret, whatever the lengths", () => {
    assert.equal(secretMatches(secret, secret), true);
    assert.equal(secretMatches(`${secret} `, secret), false);
    assert.equal(secretMatches("", secret), false);
    assert.equal(secretMatches(secret.slice(0, -1), secret), false);
    assert.equal(secretMatches("x".repeat(10_000), secret), false);
  });

  it("compares in constant time: two equal-length digests through crypto.timingSafeEqual, whatever was typed", () => {
    const compare = mock.method(crypto, "timingSafeEqual");
    try {
      for (const given of ["", "kort", secret, "x".repeat(10_000)]) secretMatches(given, secret);
      assert.equal(compare.mock.callCount(), 4);
      for (const call of compare.mock.calls) {
        const [left, right] = call.arguments as [Buffer, Buffer];
        assert.deepEqual([left.length, right.length], [32, 32]);
      }
    } finally {
      compare.mock.restore();
    }
  });
});

describe("preview: where it may redirect", () => {
  it("keeps paths on this site, normalised", () => {
    assert.equal(safeRedirectPath("/blog/ai-trends-voor-het-mkb"), "/blog/ai-trends-voor-het-mkb");
    assert.equal(safeRedirectPath("/nieuws?pagina=2#top"), "/nieuws?pagina=2#top");
    assert.equal(safeRedirectPath("/blog/../faq"), "/faq");
    assert.equal(safeRedirectPath("/"), "/");
  });

  it("refuses everything that could leave the site", () => {
    for (const path of [
      "//evil.example",
      "//evil.example/blog",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example/",
      "http:/evil.example",
      "javascript:alert(1)",
      "evil.example",
      "blog/x",
      "",
      " /blog",
    ]) {
      assert.equal(safeRedirectPath(path), undefined, JSON.stringify(path));
    }
    assert.equal(safeRedirectPath(null), undefined);
  });
});

describe("preview: decisions of /api/preview", () => {
  it("is switched off (404) when PREVIEW_SECRET is not set, even with a secret in the URL", () => {
    for (const configured of [undefined, ""]) {
      const decision = decidePreview({ secret: "iets", path: "/blog" }, configured);
      assert.deepEqual([decision.action, decision.action === "refuse" && decision.status], ["refuse", 404]);
    }
  });

  it("refuses a wrong or missing secret with 401, before looking at the path", () => {
    for (const given of [null, "", "fout", `${secret}x`]) {
      const decision = decidePreview({ secret: given, path: "//evil.example" }, secret);
      assert.equal(decision.action === "refuse" && decision.status, 401, String(given));
    }
  });

  it("refuses an unsafe path with 400", () => {
    const decision = decidePreview({ secret, path: "https://evil.example/" }, secret);
    assert.equal(decision.action === "refuse" && decision.status, 400);
  });

  it("enables preview and opens the page, or the content calendar without a path", () => {
    assert.deepEqual(decidePreview({ secret, path: "/blog/ai-trends-voor-het-mkb" }, secret), { action: "enable", location: "/blog/ai-trends-voor-het-mkb" });
    assert.deepEqual(decidePreview({ secret, path: null }, secret), { action: "enable", location: PREVIEW_HOME });
  });
});
