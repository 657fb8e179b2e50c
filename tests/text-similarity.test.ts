import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { jaccardSimilarity, shingles } from "../e2e/text-similarity";

describe("text similarity", () => {
  it("builds 5-word shingles, ignoring case and punctuation", () => {
    assert.deepEqual([...shingles("Eén, twee: drie vier vijf zes!")], ["eén twee drie vier vijf", "twee drie vier vijf zes"]);
  });

  it("is 1 for the same text, 0 for unrelated texts and in between for partial overlap", () => {
    const text = "workshops in Amsterdam op locatie bij jou op kantoor of online";
    assert.equal(jaccardSimilarity(text, text), 1);
    assert.equal(jaccardSimilarity(text, "Rotterdam heeft de haven en Yes!Delft als broedplaats voor AI"), 0);
    const partial = jaccardSimilarity(text, "workshops in Amsterdam op locatie bij een klant in Haarlem");
    assert.ok(partial > 0 && partial < 1, String(partial));
  });
});
