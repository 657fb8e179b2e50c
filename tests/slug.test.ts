import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fileStem, slugify } from "../lib/slug";

describe("slugify", () => {
  it("makes Dutch kebab-case from a title", () => {
    assert.equal(slugify("AI voor het MKB: 5 snelle wins die direct tijd besparen"), "ai-voor-het-mkb-5-snelle-wins-die-direct-tijd-besparen");
  });
  it("folds diacritics and drops apostrophes", () => {
    assert.equal(slugify("Geïntegreerde macro’s & RPA"), "geintegreerde-macros-en-rpa");
  });
  it("trims separators at both ends", () => {
    assert.equal(slugify("  —Wat kost het?  "), "wat-kost-het");
  });
});

describe("fileStem", () => {
  it("drops folders and the extension", () => {
    assert.equal(fileStem("blog/2026/ai-voor-het-mkb.md"), "ai-voor-het-mkb");
  });
});
