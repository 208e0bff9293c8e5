#!/usr/bin/env bash
# Builds the real Pulumi CLI and the Java and Node.js language hosts from their Go modules, once per
# set of versions, and prints the folder that holds them (the last line of stdout; everything else
# goes to stderr):
#
#   BIN=$(tools/pulumi/build.sh) && PATH="$BIN:$PATH" pulumi version
#   tools/pulumi/build.sh --built-only   # the folder if already built, else exit 77 (never builds)
#
# Versions: tools/pulumi/versions.env (the one place). Output:
#   ${READYSERVICE_PULUMI_HOME:-~/.cache/readyservice/pulumi}/<versions>-<go version>/bin/
# outside target/ on purpose: the build takes minutes on a 2-core machine and must survive
# `mvn clean`. A finished folder is reused; a half-built one is never (it is renamed into place last).
#
# Exit codes: 0 built or reused; 77 skipped: Go, a module or the Node.js host's source cannot be
# had here (the message names which and the error; CI must show this as a skip, never as a pass);
# 1 a build that should have worked failed.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SKIP=77
# shellcheck source=versions.env
source "$HERE/versions.env"

say() { echo "build.sh: $*" >&2; }
skip() { say "SKIP: $*"; exit $SKIP; }

command -v go >/dev/null 2>&1 || skip "no 'go' on PATH: the Pulumi CLI and language hosts are built from Go modules (Go >= 1.25 needed)"
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
require_version nodejs github.com/pulumi/pulumi/sdk/v3 "$PULUMI_NODEJS_HOST_VERSION"

HOME_DIR=${READYSERVICE_PULUMI_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/readyservice/pulumi}
KEY="cli-$PULUMI_CLI_VERSION.java-$PULUMI_JAVA_HOST_VERSION.nodejs-$PULUMI_NODEJS_HOST_VERSION.$GO_VERSION"
DEST="$HOME_DIR/$KEY"
if [ -x "$DEST/bin/pulumi" ] && [ -x "$DEST/bin/pulumi-language-java" ] && [ -x "$DEST/bin/pulumi-language-nodejs" ]; then
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
download nodejs "github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3@$PULUMI_NODEJS_HOST_VERSION"

# The Node.js host's main package: from the module proxy when it serves the module (it does not
# here), else from a pulumi/pulumi git directory that holds the tag. Only the main package's
# non-test files are taken; nodejs/go.mod (ours) supplies the dependencies.
NODE_MODULE=github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3
NODE_SRC="$WORK/nodejs-host"
mkdir -p "$NODE_SRC"
if dir=$(cd "$HERE/nodejs" && go mod download -json "$NODE_MODULE@$PULUMI_NODEJS_HOST_VERSION" 2>/dev/null | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p') && [ -n "$dir" ]; then
    cp "$dir"/*.go "$NODE_SRC"/
    proxy_error=""
else
    proxy_error=$(cd "$HERE/nodejs" && go mod download "$NODE_MODULE@$PULUMI_NODEJS_HOST_VERSION" 2>&1 | tail -2 | tr '\n' ' ' || true)
    if [ -z "${PULUMI_SOURCE_GIT_DIR:-}" ]; then
        skip "cannot download Go module $NODE_MODULE@$PULUMI_NODEJS_HOST_VERSION ($proxy_error); set PULUMI_SOURCE_GIT_DIR to a git directory of github.com/pulumi/pulumi that holds tag $PULUMI_NODEJS_HOST_VERSION (e.g. git clone --bare --filter=blob:none https://github.com/pulumi/pulumi)"
    fi
    say "the proxy does not serve $NODE_MODULE; taking its source at $PULUMI_NODEJS_HOST_VERSION from $PULUMI_SOURCE_GIT_DIR"
    # The folder's own tree, so git reads only its files (a partial clone may lack unrelated blobs).
    if ! git --git-dir="$PULUMI_SOURCE_GIT_DIR" archive "$PULUMI_NODEJS_HOST_VERSION:sdk/nodejs/cmd/pulumi-language-nodejs" 2>"$WORK/git.err" \
            | tar -x -C "$NODE_SRC" --wildcards '*.go' 2>>"$WORK/git.err"; then
        skip "cannot read sdk/nodejs/cmd/pulumi-language-nodejs at $PULUMI_NODEJS_HOST_VERSION from $PULUMI_SOURCE_GIT_DIR: $(tr '\n' ' ' <"$WORK/git.err")"
    fi
fi
rm -f "$NODE_SRC"/*_test.go
cp "$HERE/nodejs/go.mod" "$HERE/nodejs/go.sum" "$NODE_SRC"/

started=$SECONDS
build "$HERE/cli" pulumi github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
    "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_CLI_VERSION"
build "$HERE/java" pulumi-language-java github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java \
    "-X github.com/pulumi/pulumi-java/pkg/version.Version=$PULUMI_JAVA_HOST_VERSION"
build "$NODE_SRC" pulumi-language-nodejs . \
    "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_NODEJS_HOST_VERSION"
say "built all three in $((SECONDS - started)) s on $(nproc) cores"

rm -rf "$WORK/nodejs-host" "$WORK/git.err"
rm -rf "$DEST"
mv "$WORK" "$DEST"
trap - EXIT
echo "$DEST/bin"
