#!/usr/bin/env bash
# Builds the site the end-to-end tests run against: the real content plus e2e/fixtures/content
# (a draft, a scheduled item, a verbatim copy of a news seed), into .next-test.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .test-content
mkdir -p .test-content
cp -R content/. .test-content/
cp -R e2e/fixtures/content/. .test-content/
echo "Test content: $(find .test-content -type f | wc -l) files (content/ + e2e/fixtures/content/)"
CONTENT_DIR=.test-content npx contentlayer2 build
NEXT_DIST_DIR=.next-test npx next build
