#!/usr/bin/env bash
# Builds the real Pulumi CLI and the Java language host from their Go modules, once per set of
# versions, installs our `pulumi-analyzer-policy-nodejs` (how the CLI starts a Node.js policy pack
# without a Node.js language host, which the module proxy does not serve: README.md) beside them,
# and prints the folder that holds them (the last line of stdout; everything else goes to stderr):
#
#   BIN=$(tools/pulumi/build.sh) && PATH="$BIN:$PATH" pulumi version
#   tools/pulumi/build.sh --built-only   # the folder if already built, else exit 77 (never builds)
#
# Versions: tools/pulumi/versions.env (the one place). Output:
#   ${READYSERVICE_PULUMI_HOME:-~/.cache/readyservice/pulumi}/<versions>-<go version>/bin/
# outside target/ on purpose: the build takes minutes on a 2-core machine and must survive
# `mvn clean`. A finished folder is reused; a half-built one is never (it is renamed into place last).
#
# Exit codes: 0 built or reused; 77 skipped: Go or a module cannot be had here (the message names which and the error; CI must show this as a skip, never as a pass);
# 1 a build that should have worked failed.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SKIP=77
# shellcheck source=versions.env
source "$HERE/versions.env"

say() { echo "build.sh: $*" >&2; }
skip() { say "SKIP: $*"; exit $SKIP; }

command -v go >/dev/null 2>&1 || skip "no 'go' on PATH: the Pulumi CLI and the Java language host are built from Go modules (Go >= 1.25 needed)"
GO_VERSION=$(go env GOVERSION)

# go.mod must agree with versions.env, so what is built is what versions.env says.
require_version() { # <module folder> <module path> <version>
    local got
    got=$(cd "$HERE/$1" && GOFLAGS=-mod=mod go list -m -f '{{.Version}}' "$2" 2>/dev/null) || got="(not required)"
    if [ "$got" != "$3" ]; then
        say "tools/pulumi/$1/go.mod requires $2 $got but versions.env pins $3;"
        say "bring it in line: (cd tools/pulumi/$1 && go get $2@$3 && go mod tidy)"
        exit 1
    fi
}
require_version cli github.com/pulumi/pulumi/pkg/v3 "$PULUMI_CLI_VERSION"
require_version cli github.com/pulumi/pulumi/sdk/v3 "$PULUMI_CLI_VERSION"
require_version java github.com/pulumi/pulumi-java/pkg "$PULUMI_JAVA_HOST_VERSION"

HOME_DIR=${READYSERVICE_PULUMI_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/readyservice/pulumi}
KEY="cli-$PULUMI_CLI_VERSION.java-$PULUMI_JAVA_HOST_VERSION.$GO_VERSION"
DEST="$HOME_DIR/$KEY"
ANALYZER=pulumi-analyzer-policy-nodejs
if [ -x "$DEST/bin/pulumi" ] && [ -x "$DEST/bin/pulumi-language-java" ]; then
    # Our script, not a build: kept equal to the committed one on every call.
    cmp -s "$HERE/$ANALYZER" "$DEST/bin/$ANALYZER" || install -m 755 "$HERE/$ANALYZER" "$DEST/bin/$ANALYZER"
    # Left by an older build; the tests refuse a folder with it (the script is what this CLI runs packs with).
    rm -f "$DEST/bin/pulumi-language-nodejs"
    say "reusing $DEST/bin"
    echo "$DEST/bin"
    exit 0
fi
# --built-only: tests ask where the parts are without building them (minutes) on the way.
if [ "${1:-}" = --built-only ]; then
    skip "the real Pulumi CLI is not built for these versions ($DEST); build it with tools/pulumi/build.sh"
fi

mkdir -p "$HOME_DIR"
WORK=$(mktemp -d "$HOME_DIR/.building-$KEY.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/bin"

# Downloads every module a go.mod needs, or skips naming the module and the proxy's answer: after
# this, a failing build is a real failure, not a missing download.
download() { # <module folder> <the module it is for, to name>
    local out
    if ! out=$(cd "$HERE/$1" && go mod download 2>&1); then
        skip "cannot download the Go modules that $2 needs (GOPROXY=$(go env GOPROXY)): $(echo "$out" | tail -3 | tr '\n' ' ')"
    fi
}

build() { # <module folder> <output name> <package> <ldflags>
    local started=$SECONDS
    say "building $2 from $3 ..."
    (cd "$1" && go build -trimpath -ldflags "-s -w $4" -o "$WORK/bin/$2" "$3") >&2
    say "built $2 in $((SECONDS - started)) s, $(du -m "$WORK/bin/$2" | cut -f1) MiB"
}

download cli "github.com/pulumi/pulumi/pkg/v3@$PULUMI_CLI_VERSION"
download java "github.com/pulumi/pulumi-java/pkg@$PULUMI_JAVA_HOST_VERSION"
started=$SECONDS
build "$HERE/cli" pulumi github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
    "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_CLI_VERSION"
build "$HERE/java" pulumi-language-java github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java \
    "-X github.com/pulumi/pulumi-java/pkg/version.Version=$PULUMI_JAVA_HOST_VERSION"
install -m 755 "$HERE/$ANALYZER" "$WORK/bin/$ANALYZER"
say "built both in $((SECONDS - started)) s on $(nproc) cores"

rm -rf "$DEST"
mv "$WORK" "$DEST"
trap - EXIT
echo "$DEST/bin"
