#!/usr/bin/env bash
# Generator time and peak memory: ContractKit's source generator (inside `dotnet build`, and alone) against Kiota
# (`kiota generate -l CSharp`) on the shared spec corpus and on spec/unified-messaging.yaml, in the same run.
#
#   tests/ContractKit.Benchmarks/generator-vs-kiota.sh [-n ROUNDS] [-s] [-k] [SPEC_ID ...]
#
#   -n ROUNDS   how many times to measure each spec (default 3); tables show min–max and use medians
#   -s          split the build's cost: also compile the generated files as plain source, without the generator
#               (same compiler, same wrapper), so "generating" and "compiling what was generated" separate;
#               roughly doubles the time of the large specs
#   -k          keep the work folder (projects, logs, Kiota output, raw results.tsv)
#   SPEC_ID     only these specs (ids as in the tables: petstore, twilio-conversations, discord, digitalocean, ...)
#
# Needs GNU time (apt-get install -y time) and the shared corpus (CONTRACTKIT_SPECS, else ../shared/specs or
# /work/shared/specs). Installs nothing else: Kiota comes from the tool manifest beside this script.
#
# Per spec and round, interleaved so that all see the same machine load (docs/benchmarks.md explains the figures):
#   build  a fresh consumer project (PackageReference ContractKit.Generator, one ContractKitSpec, Emit=Models) built
#          with `dotnet build --no-incremental -p:ReportAnalyzer=true -v:d`: the generator's time as the compiler
#          reports it. The compiler runs as a child process (-p:UseSharedCompilation=false, no build server, no node
#          reuse) through a wrapper (CscToolPath/CscToolExe) that runs the SDK's own csc.dll under GNU time, so its
#          wall/CPU time and peak RSS are csc's alone, generator included. Once per round the same build without a
#          spec (the generator loaded, nothing to generate) is the baseline.
#   server the same consumer built the default way (`dotnet build`, compiler server on), twice in a row: the generator's
#          time in the second build, where the compiler server already holds the generator and its JIT-compiled code,
#          as in every build after the first in a developer's session or a CI job that builds more than once.
#   cached as server, with the compiler server's generator cache on (-p:Features=enable-generator-cache, an opt-in
#          of the compiler): the second build reuses the first build's generator driver, so an unchanged spec is
#          neither parsed nor emitted again (a rebuild after editing C# code).
#   alone  the generator without the compiler: `ContractKit.Benchmarks --generator DIR SPEC 1` (a GeneratorDriver
#          over the packed analyzer, see GeneratorRun.cs) under GNU time, one cold run per process as in a build, for
#          process wall time and peak RSS comparable with Kiota's; then `... SPEC 6` for the warm time (median of
#          runs 2–6 on JIT-compiled code, as a long-lived compiler server would run it).
#   kiota  `dotnet exec kiota.dll generate -l CSharp -d SPEC -o DIR --clean-output` under GNU time, offline, without
#          hints (the dll of the local tool, run directly to leave out `dotnet tool run`'s own start-up).
#   plain  (-s) the generated files of the build, compiled as ordinary source with the runtime, without the generator.
# The generator and the runtime are packed into the work folder first (--artifacts-path there: the repository's
# bin/ and obj/ are not touched) and restored with their own NuGet package folder, so no stale 0.1.0 from the
# global cache is used. Single-file specs are copied alone into a folder of their own, because the build targets
# add every .yaml/.yml/.json under a spec's folder as a part and the corpus folder holds all the others;
# DigitalOcean is used in place (its folder holds only its own files).
set -euo pipefail

script_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
rounds=3
keep=0
split=0
while getopts "n:sk" option; do
  case $option in
    n) rounds=$OPTARG ;;
    s) split=1 ;;
    k) keep=1 ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
only=("$@")

corpus=${CONTRACTKIT_SPECS:-}
for candidate in "$corpus" "$repo/../shared/specs" /work/shared/specs; do
  if [ -n "$candidate" ] && [ -f "$candidate/README.md" ]; then corpus=$(cd "$candidate" && pwd); break; fi
done
[ -d "$corpus" ] || { echo "corpus not found: set CONTRACTKIT_SPECS to the folder of the shared specs" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
export KIOTA_OFFLINE_ENABLED=true KIOTA_TUTORIAL_ENABLED=false KIOTA_CONSOLE_COLORS_ENABLED=false

# id|path|kind (file: copied alone into its own folder; folder: used where it is, with every file under it)
specs_all=(
  "petstore|$corpus/oai-petstore.yaml|file"
  "petstore-expanded|$corpus/oai-petstore-expanded.yaml|file"
  "uspto|$corpus/oai-uspto.yaml|file"
  "api-with-examples|$corpus/oai-api-with-examples.yaml|file"
  "callback-example|$corpus/oai-callback-example.yaml|file"
  "link-example|$corpus/oai-link-example.yaml|file"
  "redocly-museum|$corpus/redocly-museum.yaml|file"
  "twilio-conversations|$corpus/twilio-conversations-v1.yaml|file"
  "discord|$corpus/discord.json|file"
  "digitalocean|$corpus/digitalocean/specification/DigitalOcean-public.v2.yaml|folder"
  "unified-messaging|$repo/spec/unified-messaging.yaml|file"
)
specs=()
for entry in "${specs_all[@]}"; do
  id=${entry%%|*}
  if [ ${#only[@]} -eq 0 ] || printf '%s\n' "${only[@]}" | grep -qx "$id"; then specs+=("$entry"); fi
done
[ ${#specs[@]} -gt 0 ] || { echo "no spec matches: ${only[*]}" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/contractkit-gvk.XXXXXX")
cleanup() {
  (cd "$repo" && dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1) || true # the server the "server" builds started
  if [ "$keep" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir -p "$work/specs" "$work/logs" "$work/kiota" "$work/consumer" "$work/plain"

# --- Kiota: the local tool of this folder's manifest --------------------------------------------------------------
(cd "$script_dir" && dotnet tool restore >/dev/null)
kiota_version=$(sed -n '/microsoft.openapi.kiota/,/}/s/.*"version": *"\([^"]*\)".*/\1/p' "$script_dir/dotnet-tools.json" | head -1)
kiota_dll=$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.openapi.kiota/$kiota_version/tools" -name kiota.dll | sort -V | tail -1)
[ -f "$kiota_dll" ] || { echo "kiota.dll $kiota_version not found after dotnet tool restore" >&2; exit 1; }

# --- The compiler, run under GNU time -----------------------------------------------------------------------------
sdk_version=$(cd "$repo" && dotnet --version)
sdk_dir=$(cd "$repo" && dotnet --list-sdks | awk -v v="$sdk_version" '$1 == v { sub(/^[^[]*\[/, ""); sub(/\]$/, ""); print; exit }')
csc_dll="$sdk_dir/$sdk_version/Roslyn/bincore/csc.dll"
[ -f "$csc_dll" ] || { echo "csc.dll not found at $csc_dll" >&2; exit 1; }
cat > "$work/csc-timed.sh" <<EOF
#!/usr/bin/env bash
exec /usr/bin/time -f "%e %U %S %M" -o "\$CKB_CSC_TIME" dotnet exec "$csc_dll" "\$@"
EOF
chmod +x "$work/csc-timed.sh"

# --- Packages, the projects, the generator runner ----------------------------------------------------------------
echo "packing the generator and the runtime, building the generator runner ..." >&2
measured="$(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
if [ -n "$(cd "$repo" && git status --porcelain -- generator runtime 2>/dev/null)" ]; then measured="$measured + uncommitted changes in generator/ or runtime/"; fi
for project in generator/ContractKit.Generator.csproj runtime/ContractKit.Runtime.csproj; do
  name=$(basename "$project" .csproj)
  (cd "$repo" && dotnet pack "$project" -c Release -o "$work/packages" --artifacts-path "$work/build" \
    --disable-build-servers -nologo >"$work/logs/pack-$name.log" 2>&1) \
    || { echo "pack failed: $work/logs/pack-$name.log" >&2; keep=1; exit 1; }
done
(cd "$repo" && dotnet build tests/ContractKit.Benchmarks/ContractKit.Benchmarks.csproj -c Release \
  --artifacts-path "$work/build" --disable-build-servers -nologo >"$work/logs/build-runner.log" 2>&1) \
  || { echo "building the generator runner failed: $work/logs/build-runner.log" >&2; keep=1; exit 1; }
runner=$(find "$work/build/bin/ContractKit.Benchmarks" -name ContractKit.Benchmarks.dll | head -1)

cat > "$work/consumer/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="contractkit" value="$work/packages" />
  </packageSources>
</configuration>
EOF
cat > "$work/consumer/Consumer.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <BenchEmit Condition="'$(BenchEmit)' == ''">Models</BenchEmit>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ContractKit.Generator" Version="0.1.0" />
  </ItemGroup>
  <ItemGroup Condition="'$(BenchSpec)' != ''">
    <ContractKitSpec Include="$(BenchSpec)" Namespace="Bench.Api" ClientName="BenchClient" Emit="$(BenchEmit)" />
  </ItemGroup>
</Project>
EOF
echo 'namespace Consumer; public static class Empty { }' > "$work/consumer/Empty.cs"
cp "$work/consumer/nuget.config" "$work/consumer/Empty.cs" "$work/plain/"
cat > "$work/plain/Plain.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ContractKit.Runtime" Version="0.1.0" />
    <Compile Include="Empty.cs" />
    <Compile Include="$(GeneratedDir)/*.g.cs" Condition="'$(GeneratedDir)' != ''" />
  </ItemGroup>
</Project>
EOF
export NUGET_PACKAGES="$work/nuget-packages"
for project in consumer plain; do
  (cd "$work/$project" && dotnet restore -nologo >"$work/logs/restore-$project.log" 2>&1) \
    || { echo "restore failed: $work/logs/restore-$project.log" >&2; keep=1; exit 1; }
done
analyzer_dir="$NUGET_PACKAGES/contractkit.generator/0.1.0/analyzers/dotnet/cs"
[ -f "$analyzer_dir/ContractKit.Generator.dll" ] || { echo "no generator in $analyzer_dir" >&2; keep=1; exit 1; }

# --- Inputs -------------------------------------------------------------------------------------------------------
declare -A spec_path spec_bytes spec_files
for entry in "${specs[@]}"; do
  IFS='|' read -r id path kind <<<"$entry"
  [ -f "$path" ] || { echo "missing spec: $path" >&2; exit 1; }
  if [ "$kind" = file ]; then
    mkdir -p "$work/specs/$id"
    cp "$path" "$work/specs/$id/"
    spec_path[$id]="$work/specs/$id/$(basename "$path")"
    spec_bytes[$id]=$(stat -c %s "$path")
    spec_files[$id]=1
  else
    spec_path[$id]=$path
    folder=$(dirname "$path")
    spec_bytes[$id]=$(find "$folder" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
    spec_files[$id]=$(find "$folder" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | wc -l)
  fi
done

# --- Measurements: each prints "metric value" lines; record() files them as round/tool/spec/metric/value ----------
results="$work/results.tsv"
printf 'round\ttool\tspec\tmetric\tvalue\n' > "$results"
record() { # round tool spec < "metric value" lines
  while read -r metric value; do printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$metric" "$value" >> "$results"; done
}
cpu() { awk -v u="$1" -v s="$2" 'BEGIN { if (u == "" || u == "NA") print "NA"; else printf "%.2f", u + s }'; }

build_once() { # spec-path-or-empty tag
  set +e +o pipefail # measure and report; never stop the script
  local spec=$1 tag=$2 log="$work/logs/build-$2.log" status=0
  rm -rf "$work/consumer/obj/Release/net10.0/generated" "$work/csc-$tag.txt"
  (cd "$work/consumer" && CKB_CSC_TIME="$work/csc-$tag.txt" /usr/bin/time -f "%e %M" -o "$work/build-$tag.txt" \
    dotnet build -c Release --no-restore --no-incremental -nologo -nodeReuse:false --disable-build-servers \
      -p:UseSharedCompilation=false -p:CscToolPath="$work" -p:CscToolExe=csc-timed.sh \
      -p:ReportAnalyzer=true -v:d -p:EmitCompilerGeneratedFiles=true ${spec:+-p:BenchSpec="$spec"} >"$log" 2>&1) || status=$?
  local wall user sys peak bwall bpeak
  read -r wall user sys peak < <(tail -1 "$work/csc-$tag.txt" 2>/dev/null || echo "NA NA NA NA")
  read -r bwall bpeak < <(tail -1 "$work/build-$tag.txt" 2>/dev/null || echo "NA NA")
  echo "ok $([ $status = 0 ] && echo 1 || echo 0)"
  awk '/Total generator execution time/ { g = 1 } g && $NF == "ContractKit.Generator.ContractKitGenerator" { v = $1 }
       END { sub(/^</, "", v); print "generator_s", (v == "" ? "NA" : v) }' "$log"
  echo "csc_wall_s $wall"; echo "csc_cpu_s $(cpu "$user" "$sys")"; echo "csc_peak_kb $peak"
  echo "build_wall_s $bwall"; echo "build_peak_kb $bpeak"
  echo "files $(find "$work/consumer/obj/Release/net10.0/generated" -path '*ContractKitGenerator*' -name '*.g.cs' 2>/dev/null | wc -l)"
  # each CK diagnostic once (MSBuild repeats them in its summary), counted per id
  local diagnostics
  diagnostics=$(grep -E ': (warning|error) CK[0-9]+' "$log" | sed -E 's/^ *[0-9]+>//' | sort -u \
    | grep -oE '(warning|error) CK[0-9]+' | awk '{ print $2 }' | sort | uniq -c | awk '{ printf "%s%s×%s", (NR > 1 ? "," : ""), $2, $1 }')
  echo "diagnostics ${diagnostics:--}"
}

server_once() { # spec-path tag: a plain `dotnet build` (compiler server on), twice; the second build's generator time
  set +e +o pipefail
  local spec=$1 tag=$2 log status=0 pass
  for pass in 1 2; do
    log="$work/logs/server-$tag-$pass.log"
    # UseSharedCompilation=true said explicitly: CI machines often set it false in the environment (this one does).
    (cd "$work/consumer" && dotnet build -c Release --no-restore --no-incremental -nologo -p:UseSharedCompilation=true \
      -p:ReportAnalyzer=true -v:d -p:BenchSpec="$spec" >"$log" 2>&1) || status=$?
  done
  echo "ok $([ $status = 0 ] && echo 1 || echo 0)"
  awk '/Total generator execution time/ { g = 1 } g && $NF == "ContractKit.Generator.ContractKitGenerator" { v = $1 }
       END { sub(/^</, "", v); print "generator_s", (v == "" ? "NA" : v) }' "$log"
}

cached_once() { # spec-path tag: as server_once, with the compiler server's generator cache on (see README)
  set +e +o pipefail
  local spec=$1 tag=$2 log status=0 pass
  for pass in 1 2; do
    log="$work/logs/cached-$tag-$pass.log"
    (cd "$work/consumer" && dotnet build -c Release --no-restore --no-incremental -nologo -p:UseSharedCompilation=true \
      -p:Features=enable-generator-cache -p:ReportAnalyzer=true -v:d -p:BenchSpec="$spec" >"$log" 2>&1) || status=$?
  done
  echo "ok $([ $status = 0 ] && echo 1 || echo 0)"
  awk '/Total generator execution time/ { g = 1 } g && $NF == "ContractKit.Generator.ContractKitGenerator" { v = $1 }
       END { sub(/^</, "", v); print "generator_s", (v == "" ? "NA" : v) }' "$log"
}

alone_once() { # spec-path tag
  set +e +o pipefail
  local spec=$1 tag=$2 log="$work/logs/alone-$2.log" status=0 line wall user sys peak
  (cd "$work" && /usr/bin/time -f "%e %U %S %M" -o "$work/alone-$tag.txt" \
    dotnet exec "$runner" --generator "$analyzer_dir" "$spec" 1 >"$log" 2>&1) || status=$?
  read -r wall user sys peak < <(tail -1 "$work/alone-$tag.txt" 2>/dev/null || echo "NA NA NA NA")
  line=$(grep '^generator:' "$log")
  echo "ok $([ $status = 0 ] && [ -n "$line" ] && echo 1 || echo 0)"
  echo "cold_s $(awk '{ for (i = 1; i < NF; i++) if ($i == "cold") print $(i + 1) }' <<<"$line")"
  echo "cold_jit_s $(awk '{ for (i = 1; i < NF; i++) if ($i == "cold_jit") print $(i + 1) }' <<<"$line")"
  echo "cold_jit_methods $(awk '{ for (i = 1; i < NF; i++) if ($i == "cold_jit_methods") print $(i + 1) }' <<<"$line")"
  echo "process_wall_s $wall"; echo "process_cpu_s $(cpu "$user" "$sys")"; echo "process_peak_kb $peak"
  (cd "$work" && dotnet exec "$runner" --generator "$analyzer_dir" "$spec" 6 >"$log.warm" 2>&1)
  echo "warm_s $(awk '/^generator:/ { for (i = 1; i < NF; i++) if ($i == "warm_median") print $(i + 1) }' "$log.warm")"
}

plain_once() { # tag: compiles the generated files of the last build as plain source
  set +e +o pipefail
  local tag=$1 log="$work/logs/plain-$1.log" generated="$work/generated-copy" status=0 wall user sys peak
  rm -rf "$generated" "$work/csc-plain-$tag.txt" && mkdir -p "$generated"
  find "$work/consumer/obj/Release/net10.0/generated" -path '*ContractKitGenerator*' -name '*.g.cs' -exec cp {} "$generated/" \; 2>/dev/null
  (cd "$work/plain" && CKB_CSC_TIME="$work/csc-plain-$tag.txt" \
    dotnet build -c Release --no-restore --no-incremental -nologo -nodeReuse:false --disable-build-servers \
      -p:UseSharedCompilation=false -p:CscToolPath="$work" -p:CscToolExe=csc-timed.sh \
      -p:GeneratedDir="$generated" >"$log" 2>&1) || status=$?
  read -r wall user sys peak < <(tail -1 "$work/csc-plain-$tag.txt" 2>/dev/null || echo "NA NA NA NA")
  echo "ok $([ $status = 0 ] && echo 1 || echo 0)"
  echo "csc_wall_s $wall"; echo "csc_cpu_s $(cpu "$user" "$sys")"; echo "csc_peak_kb $peak"
}

kiota_once() { # id spec-path tag
  set +e +o pipefail
  local id=$1 spec=$2 tag=$3 out="$work/kiota/$1" log="$work/logs/kiota-$3.log" status=0 wall user sys peak
  (cd "$work" && /usr/bin/time -f "%e %U %S %M" -o "$work/kiota-$tag.txt" \
    dotnet exec "$kiota_dll" generate -l CSharp -d "$spec" -o "$out" --clean-output >"$log" 2>&1) || status=$?
  read -r wall user sys peak < <(tail -1 "$work/kiota-$tag.txt" 2>/dev/null || echo "NA NA NA NA")
  echo "ok $([ $status = 0 ] && grep -q 'Generation completed successfully' "$log" && echo 1 || echo 0)"
  echo "wall_s $wall"; echo "cpu_s $(cpu "$user" "$sys")"; echo "peak_kb $peak"
  echo "files $(find "$out" -name '*.cs' 2>/dev/null | wc -l)/$(grep -rl 'IParsable' "$out" 2>/dev/null | wc -l)"
  echo "errors $(grep -cE '^(fail|crit):' "$log")"
}

echo "measuring ${#specs[@]} specs × $rounds rounds: build, generator alone,$([ "$split" = 1 ] && echo " plain compile,") Kiota; one no-spec build per round ..." >&2
for round in $(seq 1 "$rounds"); do
  build_once "" "baseline-$round" | record "$round" build -
  [ "$split" = 1 ] && plain_once "baseline-$round" | record "$round" plain -
  for entry in "${specs[@]}"; do
    id=${entry%%|*}
    echo "  round $round/$rounds: $id" >&2
    build_once "${spec_path[$id]}" "$id-$round" | record "$round" build "$id"
    [ "$split" = 1 ] && plain_once "$id-$round" | record "$round" plain "$id"
    server_once "${spec_path[$id]}" "$id-$round" | record "$round" server "$id"
    cached_once "${spec_path[$id]}" "$id-$round" | record "$round" cached "$id"
    alone_once "${spec_path[$id]}" "$id-$round" | record "$round" alone "$id"
    kiota_once "$id" "${spec_path[$id]}" "$id-$round" | record "$round" kiota "$id"
  done
done

# --- Tables -------------------------------------------------------------------------------------------------------
order=$(for entry in "${specs[@]}"; do id=${entry%%|*}; printf '%s:%s:%s ' "$id" "${spec_bytes[$id]}" "${spec_files[$id]}"; done)
echo
echo "ContractKit $measured (as packed at the start) vs Kiota $kiota_version;" \
  "SDK $sdk_version; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); $rounds rounds; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -F'\t' -v order="$order" -v split_run="$split" '
  function add(key, value) { if (value != "NA" && value != "") { n[key]++; v[key, n[key]] = value + 0 } }
  function sorted(key,    i, j, t, m) { m = n[key]; for (i = 1; i <= m; i++) s[i] = v[key, i]; for (i = 2; i <= m; i++) { t = s[i]; for (j = i - 1; j >= 1 && s[j] > t; j--) s[j + 1] = s[j]; s[j + 1] = t } return m }
  function med(key,    m) { m = sorted(key); if (m == 0) return "NA"; return (m % 2) ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2 }
  function lo(key) { return sorted(key) ? s[1] : "NA" }
  function hi(key,    m) { m = sorted(key); return m ? s[m] : "NA" }
  function range(key, fmt, scale,    a, b) { if (!n[key]) return "NA"; a = sprintf(fmt, lo(key) / scale); b = sprintf(fmt, hi(key) / scale); return (a == b) ? a : a "–" b }
  function diff(a, b, fmt, scale) { return (a == "NA" || b == "NA") ? "NA" : sprintf(fmt, (a - b) / scale) }
  function ratio(a, b) { return (a == "NA" || b == "NA" || b <= 0) ? "NA" : sprintf("%.1f×", a / b) }
  function size(bytes) { return bytes >= 1000000 ? sprintf("%.2f MB", bytes / 1000000) : sprintf("%.0f KB", bytes / 1000) }
  function k(tool, spec, metric) { return tool SUBSEP spec SUBSEP metric }
  NR == 1 { next }
  {
    if ($4 == "ok") { if ($5 != 1) failed[$2, $3]++; next }
    if ($4 == "files" || $4 == "diagnostics" || $4 == "errors") { text[$2, $3, $4] = $5; next }
    add(k($2, $3, $4), $5)
  }
  END {
    count = split(order, specs, " ")
    bw = med(k("build", "-", "csc_wall_s")); bc = med(k("build", "-", "csc_cpu_s")); bp = med(k("build", "-", "csc_peak_kb"))
    pbc = med(k("plain", "-", "csc_cpu_s"))
    printf "No-spec build (the baseline), csc: wall %s s, CPU %s s, peak %s MB. Ranges: min–max over the rounds; ratios and differences: medians.\n\n", range(k("build", "-", "csc_wall_s"), "%.2f", 1), range(k("build", "-", "csc_cpu_s"), "%.2f", 1), range(k("build", "-", "csc_peak_kb"), "%.0f", 1024)

    print "Generator time vs Kiota (seconds, wall clock):"
    print ""
    print "| spec | size | in the build: generator (compiler report) | in the build, compiler server running | compiler server, generator cache on, spec unchanged | alone: whole process, cold | alone: generator, cold | alone: generator, warm | Kiota: whole process | Kiota ÷ generator in the build | Kiota ÷ generator, compiler server running | Kiota ÷ generator, server cache on | Kiota ÷ alone, whole process | Kiota ÷ generator warm |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); id = f[1]
      label = id (failed["build", id] ? " (build FAILED)" : "") (failed["server", id] ? " (server build FAILED)" : "") (failed["cached", id] ? " (cached build FAILED)" : "") (failed["alone", id] ? " (alone FAILED)" : "") (failed["kiota", id] ? " (Kiota FAILED)" : "")
      kw = med(k("kiota", id, "wall_s"))
      printf "| %s | %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", label, size(f[2]), (f[3] > 1 ? sprintf(" in %d files", f[3]) : ""),
        range(k("build", id, "generator_s"), "%.2f", 1), range(k("server", id, "generator_s"), "%.3f", 1), range(k("cached", id, "generator_s"), "%.3f", 1), range(k("alone", id, "process_wall_s"), "%.2f", 1),
        range(k("alone", id, "cold_s"), "%.2f", 1), range(k("alone", id, "warm_s"), "%.3f", 1), range(k("kiota", id, "wall_s"), "%.2f", 1),
        ratio(kw, med(k("build", id, "generator_s"))), ratio(kw, med(k("server", id, "generator_s"))), ratio(kw, med(k("cached", id, "generator_s"))), ratio(kw, med(k("alone", id, "process_wall_s"))), ratio(kw, med(k("alone", id, "warm_s")))
    }

    print ""
    print "Cold start, the generator alone (seconds; the JIT figure counts every thread, the Roslyn driver included, which the runner loads as IL while the compiler of the SDK ships it precompiled):"
    print ""
    print "| spec | generator, cold | of which compiling methods (JIT) | methods compiled | generator, warm |"
    print "|---|---:|---:|---:|---:|"
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); id = f[1]
      printf "| %s | %s | %s | %s | %s |\n", id, range(k("alone", id, "cold_s"), "%.2f", 1), range(k("alone", id, "cold_jit_s"), "%.2f", 1),
        range(k("alone", id, "cold_jit_methods"), "%.0f", 1), range(k("alone", id, "warm_s"), "%.3f", 1)
    }

    print ""
    print "Peak memory (MB, maximum resident set size of one process):"
    print ""
    printf "| spec | generator alone (process) | Kiota | generator alone ÷ Kiota | csc with the generator | csc, no-spec build |%s\n", (split_run ? " csc compiling the generated code alone |" : "")
    printf "|---|---:|---:|---:|---:|---:|%s\n", (split_run ? "---:|" : "")
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); id = f[1]
      ap = med(k("alone", id, "process_peak_kb")); kp = med(k("kiota", id, "peak_kb"))
      printf "| %s | %s | %s | %s | %s | %s |%s\n", id, range(k("alone", id, "process_peak_kb"), "%.0f", 1024), range(k("kiota", id, "peak_kb"), "%.0f", 1024),
        ((ap == "NA" || kp == "NA") ? "NA" : sprintf("%.2f", ap / kp)), range(k("build", id, "csc_peak_kb"), "%.0f", 1024), range(k("build", "-", "csc_peak_kb"), "%.0f", 1024),
        (split_run ? " " range(k("plain", id, "csc_peak_kb"), "%.0f", 1024) " |" : "")
    }

    print ""
    print "What the build pays (csc; CPU = user + sys):"
    print ""
    printf "| spec | csc wall (s) | csc wall − no-spec (s) | csc CPU − no-spec (s) |%s Kiota CPU (s) |\n", (split_run ? " compiling the generated code alone: CPU − no-spec (s) | so generating: CPU (s) |" : "")
    printf "|---|---:|---:|---:|%s---:|\n", (split_run ? "---:|---:|" : "")
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); id = f[1]
      c = med(k("build", id, "csc_cpu_s")); pc = med(k("plain", id, "csc_cpu_s"))
      dc = diff(c, bc, "%.2f", 1); dpc = diff(pc, pbc, "%.2f", 1)
      printf "| %s | %s | %s | %s |%s %s |\n", id, range(k("build", id, "csc_wall_s"), "%.2f", 1), diff(med(k("build", id, "csc_wall_s")), bw, "%.2f", 1), dc,
        (split_run ? " " dpc " | " ((dc == "NA" || dpc == "NA") ? "NA" : sprintf("%.2f", dc - dpc)) " |" : ""), range(k("kiota", id, "cpu_s"), "%.2f", 1)
    }

    print ""
    print "What each produced:"
    print ""
    print "| spec | ContractKit: generated files | ContractKit: CK diagnostics | Kiota: .cs files / models | Kiota: errors logged |"
    print "|---|---:|---|---:|---:|"
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); id = f[1]
      printf "| %s | %s | %s | %s | %s |\n", id, text["build", id, "files"], text["build", id, "diagnostics"], text["kiota", id, "files"], text["kiota", id, "errors"]
    }
  }' "$results"
[ "$keep" = 1 ] && echo && echo "raw figures: $results"
exit 0
