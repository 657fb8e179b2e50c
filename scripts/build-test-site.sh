#!/usr/bin/env bash
# Builds the site the end-to-end tests run against: the real content plus e2e/fixtures/content
# (a draft, a scheduled item, hostile markup, verbatim copies of the four news seeds), into .next-test,
# by `npm run build` itself (contentlayer, the editorial check, next build), so the two never drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .test-content
mkdir -p .test-content
cp -R content/. .test-content/
cp -R e2e/fixtures/content/. .test-content/
echo "Test content: $(find .test-content -type f | wc -l) files (content/ + e2e/fixtures/content/)"
CONTENT_DIR=.test-content NEXT_DIST_DIR=.next-test npm run build
