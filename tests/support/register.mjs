// Lets node:test load lib/ modules that import "contentlayer/generated" (aliased at build time by
// next.config.ts) by pointing it at the generated ESM index.
import { register } from "node:module";

register("./contentlayer-alias.mjs", import.meta.url);
