#!/usr/bin/env bash
# Generator time and peak memory: ContractKit's source generator inside `dotnet build` against Kiota
# (`kiota generate -l CSharp`) on the shared spec corpus and on spec/unified-messaging.yaml, in the same run.
#
#   tests/ContractKit.Benchmarks/generator-vs-kiota.sh [-n REPEATS] [-s] [-k] [SPEC_ID ...]
#
#   -n REPEATS  how many times to measure each spec (default 3); the table shows min–max and medians
#   -s          split the build's cost: also compile the generated files as plain source, without the
#               generator (same compiler, same wrapper), so "generating" and "compiling what was generated"
#               separate; doubles the time of the large specs
#   -k          keep the work folder (consumer project, logs, Kiota output, raw results.tsv)
#   SPEC_ID     only these specs (ids as in the table: petstore, discord, digitalocean, unified-messaging, ...)
#
# What it does (docs/benchmarks.md explains the figures):
#   1. packs the generator and the runtime into a temporary folder (as tests/ContractKit.Package.Tests does:
#      --artifacts-path there, so the repository's bin/ and obj/ are not touched) and restores a fresh consumer
#      project against that folder only, with its own NuGet package folder (no stale 0.1.0 from the global cache);
#   2. per spec and repetition: builds the consumer once with the spec as a ContractKitSpec (Emit=Models) and
#      runs Kiota once, interleaved so both see the same machine load; plus one build without any spec per
#      repetition (the baseline: the same compiler and generator load, nothing to generate);
#   3. our time: the generator's own time from the compiler's report (-p:ReportAnalyzer=true -v:d), and the
#      compiler process's wall/CPU time and peak RSS. The compiler runs as a child process
#      (-p:UseSharedCompilation=false, no build server, no node reuse) through a wrapper (CscToolPath/CscToolExe)
#      that runs the SDK's own csc.dll under GNU time, so the peak is csc's alone, generator included;
#   4. Kiota's time: wall/CPU time and peak RSS of `dotnet exec kiota.dll generate -l CSharp -d SPEC -o DIR
#      --clean-output` under GNU time (the dll of the local tool in dotnet-tools.json beside this script, run
#      directly to leave out `dotnet tool run`'s own start-up), offline, without hints.
# Single-file specs are copied alone into a folder of their own: the build targets add every .yaml/.yml/.json
# under a spec's folder as a part, and the corpus folder holds all the others. DigitalOcean is used in place.
set -euo pipefail

script_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
repeats=3
keep=0
split=0
while getopts "n:sk" option; do
  case $option in
    n) repeats=$OPTARG ;;
    s) split=1 ;;
    k) keep=1 ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
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
cleanup() { if [ "$keep" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT
mkdir -p "$work/specs" "$work/logs" "$work/kiota" "$work/consumer"

# --- Kiota: the local tool of this folder's manifest -------------------------------------------------------------
(cd "$script_dir" && dotnet tool restore >/dev/null)
kiota_version=$(sed -n '/microsoft.openapi.kiota/,/}/s/.*"version": *"\([^"]*\)".*/\1/p' "$script_dir/dotnet-tools.json" | head -1)
kiota_dll=$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.openapi.kiota/$kiota_version/tools" -name kiota.dll | sort -V | tail -1)
[ -f "$kiota_dll" ] || { echo "kiota.dll $kiota_version not found after dotnet tool restore" >&2; exit 1; }

# --- The compiler, run under GNU time --------------------------------------------------------------------------
sdk_version=$(cd "$repo" && dotnet --version)
sdk_dir=$(cd "$repo" && dotnet --list-sdks | awk -v v="$sdk_version" '$1 == v { sub(/^[^[]*\[/, ""); sub(/\]$/, ""); print; exit }')
csc_dll="$sdk_dir/$sdk_version/Roslyn/bincore/csc.dll"
[ -f "$csc_dll" ] || { echo "csc.dll not found at $csc_dll" >&2; exit 1; }
cat > "$work/csc-timed.sh" <<EOF
#!/usr/bin/env bash
exec /usr/bin/time -f "%e %U %S %M" -o "\$CKB_CSC_TIME" dotnet exec "$csc_dll" "\$@"
EOF
chmod +x "$work/csc-timed.sh"

# --- Packages and the consumer project ---------------------------------------------------------------------------
echo "packing the generator and the runtime into $work/packages ..." >&2
for project in generator/ContractKit.Generator.csproj runtime/ContractKit.Runtime.csproj; do
  (cd "$repo" && dotnet pack "$project" -c Release -o "$work/packages" --artifacts-path "$work/build" \
    --disable-build-servers -nologo >"$work/logs/pack-$(basename "$project" .csproj).log" 2>&1) \
    || { echo "pack failed: $work/logs/pack-$(basename "$project" .csproj).log" >&2; keep=1; exit 1; }
done
cat > "$work/consumer/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
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
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ContractKit.Generator" Version="0.1.0" />
  </ItemGroup>
  <ItemGroup Condition="'$(BenchSpec)' != ''">
    <ContractKitSpec Include="$(BenchSpec)" Namespace="Bench.Api" ClientName="BenchClient" Emit="Models" />
  </ItemGroup>
</Project>
EOF
echo 'namespace Consumer; public static class Empty { }' > "$work/consumer/Empty.cs"
# -s: the same generated files compiled as ordinary source, with the runtime and without the generator
mkdir -p "$work/plain"
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

# --- Inputs ------------------------------------------------------------------------------------------------------
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

results="$work/results.tsv"
printf 'round\ttool\tspec\tok\tgenerator_s\twall_s\tcpu_s\tpeak_kb\tbuild_wall_s\tbuild_peak_kb\toutputs\tproblems\n' > "$results"

# One consumer build; prints: ok generator_s csc_wall csc_cpu csc_peak_kb build_wall build_peak_kb files warnings
build_once() {
  set +e +o pipefail # runs in a process substitution: measure and report, never stop the script
  local spec=$1 tag=$2 log="$work/logs/build-$2.log"
  rm -rf "$work/consumer/obj/Release/net10.0/generated"
  local status=0
  (cd "$work/consumer" && CKB_CSC_TIME="$work/csc-$tag.txt" /usr/bin/time -f "%e %M" -o "$work/build-$tag.txt" \
    dotnet build -c Release --no-restore --no-incremental -nologo -nodeReuse:false --disable-build-servers \
      -p:UseSharedCompilation=false -p:CscToolPath="$work" -p:CscToolExe=csc-timed.sh \
      -p:ReportAnalyzer=true -v:d -p:EmitCompilerGeneratedFiles=true ${spec:+-p:BenchSpec="$spec"} >"$log" 2>&1) || status=$?
  local generator csc_wall csc_user csc_sys csc_peak build_wall build_peak files warnings
  generator=$(awk '/Total generator execution time/ { g = 1 } g && $NF == "ContractKit.Generator.ContractKitGenerator" { v = $1 } END { sub(/^</, "", v); print (v == "" ? "NA" : v) }' "$log")
  read -r csc_wall csc_user csc_sys csc_peak < <(tail -1 "$work/csc-$tag.txt" 2>/dev/null || echo "NA NA NA NA")
  read -r build_wall build_peak < <(tail -1 "$work/build-$tag.txt" 2>/dev/null || echo "NA NA")
  files=$(find "$work/consumer/obj/Release/net10.0/generated" -path '*ContractKitGenerator*' -name '*.g.cs' 2>/dev/null | wc -l)
  # each diagnostic once (MSBuild repeats them in its summary), counted per id
  warnings=$(grep -E ': (warning|error) CK[0-9]+' "$log" | sed -E 's/^ *[0-9]+>//' | sort -u \
    | grep -oE '(warning|error) CK[0-9]+' | awk '{ print $2 }' | sort | uniq -c | awk '{ printf "%s%s×%s", (NR > 1 ? " " : ""), $2, $1 }' || true)
  echo "$([ $status = 0 ] && echo 1 || echo 0) $generator $csc_wall $(awk -v u="$csc_user" -v s="$csc_sys" 'BEGIN { if (u == "NA") print "NA"; else printf "%.2f", u + s }') $csc_peak $build_wall $build_peak $files ${warnings:--}"
}

# The generated files of the last consumer build compiled as plain source; prints: ok csc_wall csc_cpu csc_peak_kb
plain_once() {
  set +e +o pipefail
  local tag=$1 log="$work/logs/plain-$1.log" generated="$work/generated-copy"
  rm -rf "$generated" && mkdir -p "$generated"
  find "$work/consumer/obj/Release/net10.0/generated" -path '*ContractKitGenerator*' -name '*.g.cs' -exec cp {} "$generated/" \; 2>/dev/null
  local status=0
  (cd "$work/plain" && CKB_CSC_TIME="$work/csc-plain-$tag.txt" \
    dotnet build -c Release --no-restore --no-incremental -nologo -nodeReuse:false --disable-build-servers \
      -p:UseSharedCompilation=false -p:CscToolPath="$work" -p:CscToolExe=csc-timed.sh \
      -p:GeneratedDir="$generated" >"$log" 2>&1) || status=$?
  local csc_wall csc_user csc_sys csc_peak
  read -r csc_wall csc_user csc_sys csc_peak < <(tail -1 "$work/csc-plain-$tag.txt" 2>/dev/null || echo "NA NA NA NA")
  echo "$([ $status = 0 ] && echo 1 || echo 0) $csc_wall $(awk -v u="$csc_user" -v s="$csc_sys" 'BEGIN { if (u == "NA") print "NA"; else printf "%.2f", u + s }') $csc_peak"
}

kiota_once() {
  set +e +o pipefail # runs in a process substitution: measure and report, never stop the script
  local id=$1 spec=$2 tag=$3 out="$work/kiota/$1" log="$work/logs/kiota-$3.log"
  local status=0
  (cd "$work" && /usr/bin/time -f "%e %U %S %M" -o "$work/kiota-$tag.txt" \
    dotnet exec "$kiota_dll" generate -l CSharp -d "$spec" -o "$out" --clean-output >"$log" 2>&1) || status=$?
  local wall user sys peak files models problems
  read -r wall user sys peak < <(tail -1 "$work/kiota-$tag.txt")
  files=$(find "$out" -name '*.cs' 2>/dev/null | wc -l)
  models=$(grep -rl 'IParsable' "$out" 2>/dev/null | wc -l)
  problems=$(grep -cE '^(fail|crit):' "$log" || true)
  echo "$([ $status = 0 ] && grep -q 'Generation completed successfully' "$log" && echo 1 || echo 0) $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $peak ${files}/${models} $problems"
}

echo "measuring ${#specs[@]} specs × $repeats rounds (ContractKit build$([ "$split" = 1 ] && echo ", plain compile of its output"), Kiota, and a no-spec build per round) ..." >&2
for round in $(seq 1 "$repeats"); do
  read -r ok generator wall cpu peak bwall bpeak files warnings < <(build_once "" "baseline-$round")
  printf '%s\tbaseline\t-\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$ok" "$generator" "$wall" "$cpu" "$peak" "$bwall" "$bpeak" "$files" "$warnings" >> "$results"
  if [ "$split" = 1 ]; then
    read -r ok wall cpu peak < <(plain_once "baseline-$round")
    printf '%s\tplain-baseline\t-\t%s\tNA\t%s\t%s\t%s\tNA\tNA\tNA\tNA\n' "$round" "$ok" "$wall" "$cpu" "$peak" >> "$results"
  fi
  for entry in "${specs[@]}"; do
    id=${entry%%|*}
    echo "  round $round/$repeats: $id" >&2
    read -r ok generator wall cpu peak bwall bpeak files warnings < <(build_once "${spec_path[$id]}" "$id-$round")
    printf '%s\tcontractkit\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$id" "$ok" "$generator" "$wall" "$cpu" "$peak" "$bwall" "$bpeak" "$files" "$warnings" >> "$results"
    if [ "$split" = 1 ]; then
      read -r ok wall cpu peak < <(plain_once "$id-$round")
      printf '%s\tplain\t%s\t%s\tNA\t%s\t%s\t%s\tNA\tNA\tNA\tNA\n' "$round" "$id" "$ok" "$wall" "$cpu" "$peak" >> "$results"
    fi
    read -r ok wall cpu peak outputs problems < <(kiota_once "$id" "${spec_path[$id]}" "$id-$round")
    printf '%s\tkiota\t%s\t%s\tNA\t%s\t%s\t%s\tNA\tNA\t%s\t%s\n' "$round" "$id" "$ok" "$wall" "$cpu" "$peak" "$outputs" "$problems" >> "$results"
  done
done

# --- Table -------------------------------------------------------------------------------------------------------
order=$(for entry in "${specs[@]}"; do id=${entry%%|*}; printf '%s:%s:%s ' "$id" "${spec_bytes[$id]}" "${spec_files[$id]}"; done)
echo
echo "ContractKit generator $(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?') (working tree) vs Kiota $kiota_version;" \
  "SDK $sdk_version; $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); $repeats rounds; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk -F'\t' -v order="$order" '
  function add(key, value) { if (value != "NA" && value != "") { n[key]++; v[key, n[key]] = value + 0 } }
  function sorted(key,    i, j, t, m) { m = n[key]; for (i = 1; i <= m; i++) s[i] = v[key, i]; for (i = 2; i <= m; i++) { t = s[i]; for (j = i - 1; j >= 1 && s[j] > t; j--) s[j + 1] = s[j]; s[j + 1] = t } return m }
  function med(key,    m) { m = sorted(key); if (m == 0) return "NA"; return (m % 2) ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2 }
  function lo(key) { return sorted(key) ? s[1] : "NA" }
  function hi(key,    m) { m = sorted(key); return m ? s[m] : "NA" }
  function range(key, fmt, scale,    a, b) { if (!n[key]) return "–"; a = sprintf(fmt, lo(key) / scale); b = sprintf(fmt, hi(key) / scale); return (a == b) ? a : a "–" b }
  function size(bytes) { return bytes >= 1048576 ? sprintf("%.1f MB", bytes / 1048576) : sprintf("%.0f KB", bytes / 1024) }
  NR == 1 { next }
  {
    round = $1; tool = $2; spec = $3
    if (tool == "baseline") { add("base_wall", $6); add("base_cpu", $7); add("base_peak", $8); next }
    if (tool == "plain-baseline") { add("pbase_cpu", $7); add("pbase_peak", $8); next }
    if (tool == "plain") { if ($4 != 1) failed[tool, spec]++; add(spec SUBSEP "pwall", $6); add(spec SUBSEP "pcpu", $7); add(spec SUBSEP "ppeak", $8); split_seen = 1; next }
    if ($4 != 1) failed[tool, spec]++
    if (tool == "contractkit") { add(spec SUBSEP "gen", $5); add(spec SUBSEP "wall", $6); add(spec SUBSEP "cpu", $7); add(spec SUBSEP "peak", $8); out[tool, spec] = $11; problems[tool, spec] = $12 }
    else { add(spec SUBSEP "kwall", $6); add(spec SUBSEP "kcpu", $7); add(spec SUBSEP "kpeak", $8); out[tool, spec] = $11; problems[tool, spec] = $12 }
  }
  END {
    bw = med("base_wall"); bc = med("base_cpu"); bp = med("base_peak")
    printf "No-spec build (baseline), csc: wall %s s, CPU %s s, peak %s MB (min–max over rounds)\n\n", range("base_wall", "%.2f", 1), range("base_cpu", "%.2f", 1), range("base_peak", "%.0f", 1024)
    print "Time (wall clock unless it says CPU = user + sys):"
    print ""
    print "| spec | size | generator (s) | csc wall (s) | csc wall − no-spec (s) | csc CPU − no-spec (s) | Kiota wall (s) | Kiota CPU (s) | Kiota wall ÷ generator | Kiota wall ÷ (csc wall − no-spec) | Kiota CPU ÷ (csc CPU − no-spec) |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    count = split(order, specs, " ")
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); spec = f[1]
      label = spec (failed["contractkit", spec] ? " (build FAILED)" : "") (failed["kiota", spec] ? " (Kiota FAILED)" : "")
      files = (f[3] > 1) ? sprintf(" (%d files)", f[3]) : ""
      g = med(spec SUBSEP "gen"); w = med(spec SUBSEP "wall"); c = med(spec SUBSEP "cpu")
      kw = med(spec SUBSEP "kwall"); kc = med(spec SUBSEP "kcpu")
      dw = (w == "NA" || bw == "NA") ? "NA" : w - bw; dc = (c == "NA" || bc == "NA") ? "NA" : c - bc
      printf "| %s | %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", label, size(f[2]), files,
        range(spec SUBSEP "gen", "%.2f", 1), range(spec SUBSEP "wall", "%.2f", 1),
        (dw == "NA" ? "NA" : sprintf("%.2f", dw)), (dc == "NA" ? "NA" : sprintf("%.2f", dc)),
        range(spec SUBSEP "kwall", "%.2f", 1), range(spec SUBSEP "kcpu", "%.2f", 1),
        ((g == "NA" || g <= 0 || kw == "NA") ? "NA" : sprintf("%.1f× (%.1f–%.1f×)", kw / g, lo(spec SUBSEP "kwall") / hi(spec SUBSEP "gen"), hi(spec SUBSEP "kwall") / lo(spec SUBSEP "gen"))),
        ((dw == "NA" || dw <= 0 || kw == "NA") ? "NA" : sprintf("%.1f×", kw / dw)),
        ((dc == "NA" || dc <= 0 || kc == "NA") ? "NA" : sprintf("%.1f×", kc / dc))
    }
    print ""
    print "Peak memory (maximum resident set size of the one process: csc with the generator in it, or Kiota):"
    print ""
    print "| spec | csc peak (MB) | csc peak − no-spec (MB) | Kiota peak (MB) | csc peak ÷ Kiota peak | (csc peak − no-spec) ÷ Kiota peak |"
    print "|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); spec = f[1]
      p = med(spec SUBSEP "peak"); kp = med(spec SUBSEP "kpeak")
      dp = (p == "NA" || bp == "NA") ? "NA" : p - bp
      printf "| %s | %s | %s | %s | %s | %s |\n", spec,
        range(spec SUBSEP "peak", "%.0f", 1024), (dp == "NA" ? "NA" : sprintf("%.0f", dp / 1024)),
        range(spec SUBSEP "kpeak", "%.0f", 1024),
        ((p == "NA" || kp == "NA") ? "NA" : sprintf("%.2f", p / kp)),
        ((dp == "NA" || kp == "NA") ? "NA" : sprintf("%.2f", dp / kp))
    }
    if (split_seen) {
      pbc = med("pbase_cpu")
      print ""
      print "Split (-s): the same generated files compiled as plain source, without the generator. CPU = user + sys of csc, minus its no-spec build."
      print ""
      print "| spec | csc CPU with generator − no-spec (s) | compiling the generated code alone: CPU − no-spec (s) | so the generator itself (s CPU) | generator (s, compiler report) | csc peak with generator (MB) | csc peak compiling the generated code alone (MB) |"
      print "|---|---:|---:|---:|---:|---:|---:|"
      for (i = 1; i <= count; i++) {
        split(specs[i], f, ":"); spec = f[1]
        c = med(spec SUBSEP "cpu"); pc = med(spec SUBSEP "pcpu")
        dc = (c == "NA" || bc == "NA") ? "NA" : c - bc; dpc = (pc == "NA" || pbc == "NA") ? "NA" : pc - pbc
        printf "| %s%s | %s | %s | %s | %s | %s | %s |\n", spec, (failed["plain", spec] ? " (plain build FAILED)" : ""),
          (dc == "NA" ? "NA" : sprintf("%.2f", dc)), (dpc == "NA" ? "NA" : sprintf("%.2f", dpc)),
          ((dc == "NA" || dpc == "NA") ? "NA" : sprintf("%.2f", dc - dpc)),
          range(spec SUBSEP "gen", "%.2f", 1), range(spec SUBSEP "peak", "%.0f", 1024), range(spec SUBSEP "ppeak", "%.0f", 1024)
      }
    }
    print ""
    print "| spec | ContractKit: generated files | ContractKit: CK diagnostics | Kiota: .cs files / models | Kiota: logged errors |"
    print "|---|---:|---|---:|---:|"
    for (i = 1; i <= count; i++) {
      split(specs[i], f, ":"); spec = f[1]
      printf "| %s | %s | %s | %s | %s |\n", spec, out["contractkit", spec], problems["contractkit", spec], out["kiota", spec], problems["kiota", spec]
    }
    print ""
    print "Ranges are min–max over the rounds; speed-ups and differences use medians (in brackets: worst–best pairing)."
  }' "$results"
[ "$keep" = 1 ] && echo && echo "raw figures: $results"
exit 0
