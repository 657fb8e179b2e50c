// Lets node:test load lib/ modules that import "contentlayer/generated" (a tsconfig path alias
// that Next resolves at build time) by pointing it at the generated ESM index.
import { register } from "node:module";

register("./contentlayer-alias.mjs", import.meta.url);
