# shellcheck shell=bash
# Shared helpers for scripts/run, scripts/test, scripts/bench and scripts/update-translations.
# Sourced, never executed. Callers set -euo pipefail themselves.

PORTER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PORTER_ROOT

# Every Debian 12 package a build, the tests and packaging need. Real package names only:
# dpkg-query cannot see virtual packages, so a virtual name here would be "missing" forever
# (that is why the SVG development files are qt6-svg-dev and not libqt6svg6-dev).
PORTER_DEBIAN_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-connectivity-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev qt6-qpa-plugins
    libgl-dev libxkbcommon-dev
    libssl-dev libsqlite3-dev libphonenumber-dev libprotobuf-dev libcurl4-openssl-dev
    qtkeychain-qt6-dev libqrencode-dev libicu-dev
    zlib1g-dev zbar-tools libcsv-dev libxlsxwriter-dev
    tzdata dbus dbus-daemon python3 python3-aiosmtpd openssl
    gnome-keyring libsecret-1-0 libsecret-tools
    clang-14 libclang-rt-14-dev clang-tidy-14
    xvfb xauth imagemagick fonts-dejavu-core sqlite3
    dpkg-dev file appstream desktop-file-utils lintian help2man librsvg2-bin
    postgresql-15 libqt6sql6-psql libpq-dev
)

# ccache: paths inside the checkout are hashed relative to it, and the build folder is not hashed,
# so a second clone (CI's fresh one, a developer's worktree) reuses what the first compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PORTER_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

porter_log() { printf '%s\n' "porter: $*" >&2; }
porter_die() { printf '%s\n' "porter: error: $*" >&2; exit 1; }

# Prints the packages of PORTER_DEBIAN_PACKAGES that are not installed, one per line.
porter_missing_packages() {
    local -A installed=()
    local name status
    # Unknown packages print nothing (and a complaint on stderr we do not need).
    while read -r name status; do
        # "ii" installed, "hi" installed and held.
        if [[ "$status" == [ih]i ]]; then installed["$name"]=1; fi
    done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PORTER_DEBIAN_PACKAGES[@]}" 2>/dev/null || true)
    local pkg
    for pkg in "${PORTER_DEBIAN_PACKAGES[@]}"; do
        [[ -n "${installed[$pkg]:-}" ]] || printf '%s\n' "$pkg"
    done
}

# Installs whatever is missing when we are root; otherwise prints the exact command and fails.
# PORTER_SKIP_DEPS=1 skips the check (other distributions, hand-made toolchains).
porter_ensure_packages() {
    if [[ "${PORTER_SKIP_DEPS:-0}" == 1 ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        porter_log "not a Debian system: skipping the package check (see docs/build.md for manual builds)"
        return 0
    fi
    local missing=()
    mapfile -t missing < <(porter_missing_packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    if [[ "$(id -u)" -eq 0 ]]; then
        porter_log "installing missing Debian packages: ${missing[*]}"
        # Progress goes to stderr: scripts/bench keeps stdout for its JSON lines.
        apt-get update >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
    else
        porter_log "these Debian packages are missing: ${missing[*]}"
        printf '%s\n' "Install them with:" >&2
        printf '%s\n' "    sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
}

# Number of parallel build jobs: PORTER_JOBS, or the core count capped at 2 (the machines we
# build on have 2 cores and Qt-heavy translation units need ~1 GiB each).
porter_jobs() {
    if [[ -n "${PORTER_JOBS:-}" ]]; then
        printf '%s\n' "$PORTER_JOBS"
        return
    fi
    local n
    n="$(nproc 2>/dev/null || echo 1)"
    ((n > 2)) && n=2
    printf '%s\n' "$n"
}

# porter_configure BUILD_DIR [cmake -D args...]
# Configures BUILD_DIR with Ninja (and ccache when installed). Skips the cmake run when the
# directory was already configured with exactly these arguments; Ninja re-runs cmake by
# itself when a CMakeLists.txt changes, so skipping is safe and keeps no-op runs fast.
porter_configure() {
    local build_dir="$1"
    shift
    local args=(-S "$PORTER_ROOT" -B "$build_dir" -G Ninja "$@")
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    local stamp="$build_dir/.porter-configure-args"
    local wanted
    wanted="$(printf '%s\n' "${args[@]}")"
    if [[ -f "$build_dir/CMakeCache.txt" && -f "$build_dir/build.ninja" && -f "$stamp" ]] \
        && [[ "$(cat "$stamp")" == "$wanted" ]]; then
        return 0
    fi
    # A directory configured by another generator cannot be switched in place.
    if [[ -f "$build_dir/CMakeCache.txt" ]] \
        && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$build_dir/CMakeCache.txt"; then
        porter_die "$build_dir was configured with another generator; remove it and run again"
    fi
    porter_log "configuring $build_dir"
    rm -f "$stamp"
    cmake "${args[@]}" >&2
    printf '%s\n' "$wanted" >"$stamp"
}

# porter_build BUILD_DIR [targets...]   (no targets: everything)
porter_build() {
    local build_dir="$1"
    shift
    local targets=()
    local t
    for t in "$@"; do
        targets+=(--target "$t")
    done
    cmake --build "$build_dir" --parallel "$(porter_jobs)" "${targets[@]}" >&2
}

# porter_cache_value BUILD_DIR VAR DEFAULT: VAR's value in BUILD_DIR/CMakeCache.txt, or DEFAULT.
porter_cache_value() {
    local cache="$1/CMakeCache.txt" value=""
    if [[ -f "$cache" ]]; then
        value="$(sed -n "s/^$2:[A-Z]*=//p" "$cache" | head -n 1)"
    fi
    printf '%s\n' "${value:-$3}"
}

# porter_binary BUILD_DIR NAME: path of the executable NAME built in BUILD_DIR, or nothing.
# The executables live in app/ (one folder each); look where CMake may have put them.
porter_binary() {
    local build_dir="$1" name="$2" candidate
    for candidate in "$build_dir/app/$name" "$build_dir/app/$name/$name" "$build_dir/bin/$name"; do
        if [[ -f "$candidate" && -x "$candidate" ]]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    find "$build_dir/app" -type f -perm -u+x -name "$name" -print -quit 2>/dev/null || true
}

# True when BUILD_DIR's build.ninja knows TARGET.
porter_has_target() {
    local build_dir="$1" target="$2"
    # grep reads to the end (no -q): with pipefail, a grep that stops at the first match would leave
    # ninja killed by SIGPIPE and the function false exactly when the target exists.
    ninja -C "$build_dir" -t targets all 2>/dev/null | grep "^${target}: " >/dev/null
}

# The folder QStandardPaths::AppDataLocation gives on Linux for organization "Porter" and
# application "Porter": the first of the XDG data home, then organization, then application.
porter_default_db() {
    printf '%s\n' "${XDG_DATA_HOME:-$HOME/.local/share}/Porter/Porter/porter.sqlite"
}
