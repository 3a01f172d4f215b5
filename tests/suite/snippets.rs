//! Snippet engine: scenario fixtures with reviewed snapshots, shell syntax and lint checks, invisible
//! characters, placeholders that cannot run, and the semantics of the allow-list.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use acr_net_guide::i18n::msg;
use acr_net_guide::i18n::Localizer;
use acr_net_guide::inputs::{self, Inputs};
use acr_net_guide::locale::Locale;
use acr_net_guide::snippets::{generate, generate_all, Language, Snippet, SnippetId};
use acr_vocab::InputName;
use serde::Deserialize;

use crate::support::{fixture_path, read_toml, repo_path, toml_fixture};

#[derive(Deserialize)]
struct Scenario {
    locale: String,
    /// The inputs as a URL query string, as a deep link carries them.
    inputs: String,
}

fn fixtures() -> Vec<(String, Locale, Inputs)> {
    let dir = fixture_path("snippets");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let scenario: Scenario = read_toml(&path);
            let raw: Vec<(InputName, String)> = form_urlencoded::parse(scenario.inputs.as_bytes())
                .map(|(key, value)| (InputName::parse(&key).unwrap_or_else(|| panic!("{key}")), value.into_owned()))
                .collect();
            let (inputs, errors) = inputs::validate(&raw);
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(errors.is_empty(), "{name}: fixture inputs must be valid: {errors:?}");
            (name, Locale::parse(&scenario.locale).unwrap(), inputs)
        })
        .collect()
}

fn all_snippets(locale: Locale, inputs: &Inputs) -> Vec<Snippet> {
    generate_all(SnippetId::ALL, inputs, &Localizer::new(locale))
}

fn render(snippets: &[Snippet]) -> String {
    snippets
        .iter()
        .map(|s| format!("=== {} [{}, {}]\n{}", s.title, s.id, s.language.as_str(), s.body))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn there_are_at_least_twelve_scenarios() {
    assert!(fixtures().len() >= 12);
}

/// Every scenario's snippets against its reviewed snapshot (`tests/snapshots/snippets/<scenario>.snap`). A change
/// fails with a diff; after reviewing it, accept with `INSTA_UPDATE=always cargo test --test suite snippets::`.
#[test]
fn scenario_outputs_match_their_reviewed_snapshots() {
    let dir = repo_path("tests/snapshots/snippets");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(&dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let names: Vec<String> = fixtures().into_iter().map(|(name, _, _)| name).collect();
    settings.bind(|| {
        for (name, locale, inputs) in fixtures() {
            insta::assert_snapshot!(name, render(&all_snippets(locale, &inputs)));
        }
    });
    // A snapshot whose scenario is gone would never be checked again.
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = file.strip_suffix(".snap") {
            assert!(names.iter().any(|name| name == stem), "{file} has no scenario in tests/fixtures/snippets/");
        }
    }
}

/// Runs `program args… file` on `text` written to a temporary file; returns the tool's complaint, if any.
fn check_with(program: &str, args: &[&str], text: &str, label: &str) -> Option<String> {
    let path = std::env::temp_dir().join(format!("acr-net-guide-{}-{label}.sh", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let output = Command::new(program)
        .args(args)
        .arg(&path)
        .output()
        .unwrap_or_else(|error| panic!("{program} must be installed (make setup): {error}"));
    let _ = std::fs::remove_file(&path);
    (!output.status.success())
        .then(|| format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr)))
}

#[test]
fn every_bash_snippet_passes_bash_n_and_shellcheck() {
    let mut problems = Vec::new();
    for (name, locale, inputs) in fixtures() {
        for snippet in all_snippets(locale, &inputs).iter().filter(|s| s.language == Language::Bash) {
            let label = format!("{name}-{}", snippet.id);
            let script = format!("#!/usr/bin/env bash\n{}", snippet.body);
            if let Some(problem) = check_with("bash", &["-n"], &script, &label) {
                problems.push(format!("{label}: bash -n: {problem}"));
            }
            if let Some(problem) = check_with("shellcheck", &["--shell=bash", "--format=gcc"], &script, &label) {
                problems.push(format!("{label}: shellcheck:\n{problem}\n{}", snippet.body));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_snippet_contains_invisible_characters() {
    let invisible = |c: char| {
        matches!(c, '\u{00A0}' | '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202F}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
            || (c.is_control() && c != '\n')
    };
    for (name, locale, inputs) in fixtures() {
        for snippet in all_snippets(locale, &inputs) {
            if let Some(c) = snippet.body.chars().chain(snippet.title.chars()).find(|&c| invisible(c)) {
                panic!("{name}/{}: invisible character U+{:04X}", snippet.id, c as u32);
            }
        }
    }
}

#[test]
fn scripts_with_missing_values_refuse_to_run_instead_of_using_placeholders() {
    let out = std::env::temp_dir().join(format!("acr-net-guide-empty-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    for snippet in all_snippets(Locale::En, &Inputs::default()).iter().filter(|s| s.language == Language::Bash) {
        if snippet.id == SnippetId::DockerDaemonProxy || !snippet.body.contains("if [ -z") {
            continue;
        }
        // `az`, `sudo` and friends are replaced by a recorder: nothing may be called.
        let script = format!(
            "az() {{ echo CALLED az \"$@\"; }}\nnslookup() {{ echo CALLED; }}\ncurl() {{ echo CALLED; }}\nnc() {{ echo CALLED; }}\n{}",
            snippet.body
        );
        let output = Command::new("bash").arg("-c").arg(&script).current_dir(&out).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stdout.contains("CALLED"), "{}: ran a command with missing values:\n{stdout}", snippet.id);
        assert!(stderr.contains("Fill in"), "{}: no message naming what to fill in: {stderr}", snippet.id);
    }
    let _ = std::fs::remove_dir_all(&out);
}

fn valid(query: &str) -> Inputs {
    let raw: Vec<(InputName, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(key, value)| (InputName::parse(&key).unwrap(), value.into_owned()))
        .collect();
    let (inputs, errors) = inputs::validate(&raw);
    assert!(errors.is_empty(), "{errors:?}");
    inputs
}

fn allowlist(query: &str) -> Vec<String> {
    let body = generate(SnippetId::FqdnAllowlist, &valid(query), &Localizer::new(Locale::En)).body;
    body.lines().filter(|line| !line.starts_with('#')).map(str::to_string).collect()
}

#[test]
fn allowlist_with_data_endpoints_lists_one_per_region_and_no_blob_wildcard() {
    let lines = allowlist("registry=Contoso&region=westeurope&replica=eastus&replica=japaneast&data-endpoints=on");
    for host in [
        "contoso.azurecr.io",
        "contoso.westeurope.data.azurecr.io",
        "contoso.eastus.data.azurecr.io",
        "contoso.japaneast.data.azurecr.io",
        "azurecr.io",
    ] {
        assert!(lines.iter().any(|line| line == host), "{host} missing from {lines:?}");
    }
    assert!(!lines.iter().any(|line| line.contains("blob")), "{lines:?}");
}

#[test]
fn allowlist_without_data_endpoints_uses_the_clouds_blob_wildcard() {
    let lines = allowlist("registry=contoso&region=westeurope&data-endpoints=off");
    assert!(lines.contains(&"*.blob.core.windows.net".to_string()), "{lines:?}");
    assert!(!lines.iter().any(|line| line.contains(".data.azurecr.io")), "{lines:?}");
    let china = allowlist("cloud=china&registry=contoso&region=chinaeast2&data-endpoints=off");
    assert!(china.contains(&"contoso.azurecr.cn".to_string()), "{china:?}");
    assert!(china.contains(&"*.blob.core.chinacloudapi.cn".to_string()), "{china:?}");
    let usgov = allowlist("cloud=usgov&registry=contoso&region=usgovvirginia&data-endpoints=on");
    assert!(usgov.contains(&"contoso.usgovvirginia.data.azurecr.us".to_string()), "{usgov:?}");
}

#[test]
fn a_private_endpoint_forces_data_endpoints() {
    let lines = allowlist("registry=contoso&region=westeurope&private-endpoint=pe1&data-endpoints=off");
    assert!(lines.contains(&"contoso.westeurope.data.azurecr.io".to_string()), "{lines:?}");
    assert!(!lines.iter().any(|line| line.contains("blob")), "{lines:?}");
}

#[test]
fn allowlist_states_the_port_and_uses_unrunnable_placeholders() {
    let body = generate(SnippetId::FqdnAllowlist, &Inputs::default(), &Localizer::new(Locale::En)).body;
    assert!(body.lines().any(|line| line.starts_with('#') && line.contains("443")), "{body}");
    assert!(body.contains("<registry-name>.azurecr.io"), "{body}");
    for line in body.lines().filter(|line| !line.starts_with('#')) {
        assert!(!line.contains(' '), "one entry per line: {line:?}");
    }
}

#[test]
fn private_dns_and_firewall_rules_cover_every_replica() {
    let inputs = valid("registry=contoso&resource-group=rg&region=westeurope&replica=eastus2&replica=uksouth&private-endpoint=pe1&firewall=fw&firewall-resource-group=rgfw&nsg=nsg1&vnet-resource-group=rgnet");
    let t = Localizer::new(Locale::En);
    let dns = generate(SnippetId::PrivateDnsRecords, &inputs, &t).body;
    assert!(dns.contains("REGIONS=(westeurope eastus2 uksouth)"), "{dns}");
    assert!(dns.contains("--record-set-name \"${REGISTRY}.${ENDPOINT_REGION}.data\""), "{dns}");
    assert!(dns.contains("--zone-name privatelink.azurecr.io"), "{dns}");
    let network = generate(SnippetId::AzureFirewallNetworkRule, &inputs, &t).body;
    for tag in ["AzureContainerRegistry.WestEurope", "AzureContainerRegistry.EastUS2", "AzureContainerRegistry.UKSouth"]
    {
        assert!(network.contains(tag), "{tag}: {network}");
    }
    assert!(!network.contains("Storage"), "data endpoints are on: {network}");
    let nsg = generate(SnippetId::NsgRules, &inputs, &t).body;
    assert!(nsg.contains("--destination-address-prefixes AzureContainerRegistry.UKSouth"), "{nsg}");
    assert!(nsg.contains("MicrosoftContainerRegistry") && nsg.contains("AzureFrontDoor.FirstParty"), "{nsg}");
}

#[test]
fn comments_follow_the_locale_and_commands_do_not() {
    let inputs = valid("registry=contoso");
    let en = generate(SnippetId::ConnectivityCheck, &inputs, &Localizer::new(Locale::En));
    let tr = generate(SnippetId::ConnectivityCheck, &inputs, &Localizer::new(Locale::Tr));
    assert_ne!(en.title, tr.title);
    let commands = |body: &str| {
        let without_comments = body.lines().filter(|l| !l.trim_start().starts_with('#'));
        without_comments.map(|l| l.split("  # ").next().unwrap_or(l)).collect::<Vec<_>>().join("\n")
    };
    assert_eq!(commands(&en.body), commands(&tr.body));
    assert_ne!(en.body, tr.body);
}

#[test]
fn service_endpoints_are_refused_in_sovereign_clouds() {
    for cloud in ["china", "usgov"] {
        let body = generate(
            SnippetId::ServiceEndpoint,
            &valid(&format!("cloud={cloud}&registry=contoso")),
            &Localizer::new(Locale::En),
        )
        .body;
        assert!(!body.contains("--service-endpoints"), "{cloud}: {body}");
        assert!(body.contains("az cloud set --name"), "{cloud}: {body}");
    }
}

/// Logical command lines of a script: continuation lines (`\` in bash, `` ` `` in PowerShell) joined.
fn logical_lines(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in body.lines() {
        let trimmed = line.trim();
        let (text, continues) = match trimmed.strip_suffix(" \\").or_else(|| trimmed.strip_suffix(" `")) {
            Some(text) => (text, true),
            None => (trimmed, false),
        };
        match out.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(text);
            }
            _ => out.push(text.to_string()),
        }
        open = continues;
    }
    out
}

/// `az` subcommands that change Azure resources (the rest read, or set up the CLI itself).
fn is_mutating_az(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().take_while(|word| !word.starts_with("--")).collect();
    words.first() == Some(&"az")
        && !matches!(words.get(1), Some(&"cloud" | &"account" | &"extension"))
        && words
            .iter()
            .any(|word| matches!(*word, "create" | "update" | "add" | "delete" | "remove" | "approve" | "add-record"))
}

/// Every snippet of every scenario, rendered for bash and for PowerShell: (scenario, shell, snippet).
fn snippets_in_both_shells() -> Vec<(String, &'static str, Snippet)> {
    let mut all = Vec::new();
    for (name, locale, inputs) in fixtures() {
        for shell in ["bash", "powershell"] {
            let mut inputs = inputs.clone();
            inputs.shell = inputs::ScriptShell::parse(shell).unwrap();
            all.extend(all_snippets(locale, &inputs).into_iter().map(|snippet| (name.clone(), shell, snippet)));
        }
    }
    all
}

/// The safety rules every snippet follows, checked on every snippet of every scenario in both shells.
#[test]
fn every_snippet_follows_the_safety_rules() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (name, shell, snippet) in snippets_in_both_shells() {
        let label = format!("{name}/{shell}/{}", snippet.id);
        let lines = logical_lines(&snippet.body);
        let commands: Vec<&String> = lines.iter().filter(|line| !line.starts_with('#')).collect();
        let mut problem = |text: &str| problems.push(format!("{label}: {text}"));
        for (index, line) in commands.iter().enumerate() {
            if line.contains("--public-network-enabled true") && !line.contains("--default-action Deny") {
                problem("the public endpoint is turned on without --default-action Deny");
            }
            if line.contains("--default-action Allow") || line.contains("0.0.0.0/0") {
                problem("opens the registry to every address");
            }
            if line.contains("private-endpoint-network-policies") {
                problem("changes the network policies of every private endpoint in the subnet");
            }
            if line.contains("--service-endpoints")
                && !(line.contains("$CURRENT_ENDPOINTS") || line.contains("$CurrentEndpoints"))
            {
                problem("replaces the subnet's service endpoints instead of merging");
            }
            if is_mutating_az(line) {
                let before = &commands[..index];
                if !before.iter().any(|earlier| {
                    earlier.starts_with("az ") && !is_mutating_az(earlier)
                        || earlier.contains("=$(az ")
                        || earlier.contains(" = az ")
                        || earlier.contains("= @(az ")
                }) {
                    problem(&format!("changes something without showing the current state first: {line}"));
                }
                let create = line.contains(" create ");
                let guarded = before
                    .last()
                    .is_some_and(|previous| previous.starts_with("if [ -z") || previous.starts_with("if (-not"));
                let idempotent_verb = line.contains("nsg rule create") || line.contains("diagnostic-settings create");
                if create && !guarded && !idempotent_verb && !line.contains("firewall") {
                    problem(&format!("creates without looking for an existing one (not idempotent): {line}"));
                }
            }
            if shell == "powershell"
                && snippet.language == Language::PowerShell
                && line.starts_with("az ")
                && acr_net_guide::snippets::changes_something(snippet.id)
                && !commands.get(index + 1).is_some_and(|next| next.contains("$LASTEXITCODE"))
            {
                problem(&format!("no $LASTEXITCODE check after a native command: {line}"));
            }
        }
        if acr_net_guide::snippets::changes_something(snippet.id) {
            let strict = match snippet.language {
                Language::Bash => lines.iter().any(|line| line == "set -euo pipefail"),
                Language::PowerShell => lines.iter().any(|line| line == "$ErrorActionPreference = 'Stop'"),
                _ => true,
            };
            if !strict {
                problem("a changing script that does not stop at the first failure");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, fixtures().len() * 2 * SnippetId::ALL.len(), "every snippet of every scenario in both shells");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Runs a bash snippet with `az`, `sudo` and the probes replaced by a recorder. `lookups` is what `az … show`
/// prints (empty: the resource was not found); `az … list` prints nothing (nothing exists yet).
fn run_with_stub_az(body: &str, lookups: &str) -> (bool, Vec<String>, String) {
    let dir = std::env::temp_dir().join(format!("acr-net-guide-stub-{}-{}", std::process::id(), rand_suffix()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("calls.log");
    let stub = format!(
        r#"LOG={log}
az() {{ printf 'az %s\n' "$*" >> "$LOG"; case "$*" in *' show '*|*' show-endpoints '*) [ -n {lookups} ] && echo {lookups};; esac; return 0; }}
docker() {{ printf 'docker %s\n' "$*" >> "$LOG"; case "$1" in version) echo 27.3.1;; esac; }}
for tool in systemctl kubectl nslookup curl nc; do eval "$tool() {{ printf '$tool %s\n' \"\$*\" >> \"\$LOG\"; }}"; done
# Like the real ones, these read what is piped into them (else the writer may fail with SIGPIPE under pipefail).
sudo() {{ printf 'sudo %s\n' "$*" >> "$LOG"; cat > /dev/null; }}
tee() {{ printf 'tee %s\n' "$*" >> "$LOG"; cat > /dev/null; }}
"#,
        log = acr_net_guide_quote(&log.to_string_lossy()),
        lookups = acr_net_guide_quote(lookups),
    );
    let output = Command::new("bash").arg("-c").arg(format!("{stub}{body}")).current_dir(&dir).output().unwrap();
    let calls = std::fs::read_to_string(&log).unwrap_or_default().lines().map(str::to_string).collect();
    let _ = std::fs::remove_dir_all(&dir);
    (output.status.success(), calls, String::from_utf8_lossy(&output.stderr).into_owned())
}

fn acr_net_guide_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Every bash snippet of every scenario, run against a recording `az`: with lookups answered, every change comes
/// after a query; with lookups that find nothing, no changing call is made and the script says why it stopped.
#[test]
fn bash_scripts_query_before_they_change_and_stop_on_empty_lookups() {
    let mut problems = Vec::new();
    let mut runs = 0;
    for (name, locale, inputs) in fixtures() {
        for snippet in all_snippets(locale, &inputs).iter().filter(|s| s.language == Language::Bash) {
            let label = format!("{name}/{}", snippet.id);
            let fill_in = Localizer::new(locale).format(msg::snippet_fill_in(""));
            let filled_in = !snippet.body.contains(fill_in.split_whitespace().next().unwrap_or("Fill"));
            let (ok, calls, stderr) = run_with_stub_az(&snippet.body, "canned-value");
            runs += 1;
            let first_change = calls.iter().position(|call| is_mutating_az(call));
            if let Some(first) = first_change {
                if !calls[..first].iter().any(|call| call.starts_with("az ") && !is_mutating_az(call)) {
                    problems.push(format!("{label}: {} before any query", calls[first]));
                }
            }
            if filled_in && !ok {
                problems.push(format!("{label}: failed with every lookup answered: {stderr}"));
            }
            if !filled_in && (!calls.is_empty() || ok) {
                problems.push(format!("{label}: ran with values missing: {calls:?}"));
            }
            let guarded_lookup = snippet.body.contains("=$(az ") && snippet.body.contains("; then echo 'Stopped")
                || snippet.body.contains("; then echo 'Durduruldu");
            if filled_in && guarded_lookup && acr_net_guide::snippets::changes_something(snippet.id) {
                let (ok, calls, stderr) = run_with_stub_az(&snippet.body, "");
                runs += 1;
                if ok || calls.iter().any(|call| is_mutating_az(call) || call.starts_with("sudo")) {
                    problems.push(format!("{label}: an empty lookup did not stop it before a change: {calls:?}"));
                }
                if !stderr.contains("Stopped") && !stderr.contains("Durduruldu") {
                    problems.push(format!("{label}: no message naming the empty lookup: {stderr}"));
                }
            }
        }
    }
    assert!(runs >= 14 * 15, "only {runs} runs");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[derive(Deserialize)]
struct AzFlags {
    global: Vec<String>,
    command: Vec<AzCommand>,
}

#[derive(Deserialize)]
struct AzCommand {
    name: String,
    flags: Vec<String>,
}

/// Every `az` command a snippet emits (in any scenario, either shell) and each of its flags must appear in the
/// table recorded from the azure-cli source (`tests/fixtures/az-flags.toml`, with the source of each entry).
#[test]
fn every_emitted_az_flag_exists_in_the_azure_cli() {
    let table: AzFlags = toml_fixture("az-flags.toml");
    let mut problems = std::collections::BTreeSet::new();
    let mut checked = 0;
    for (name, _shell, snippet) in snippets_in_both_shells() {
        if !matches!(snippet.language, Language::Bash | Language::PowerShell) {
            continue;
        }
        for line in logical_lines(&snippet.body) {
            // A command may follow an assignment (`X=$(az …)`, `$X = az …`, `@(az …)`).
            let Some(at) = line.find("az ").filter(|&at| at == 0 || line[..at].ends_with(['(', ' '])) else {
                continue;
            };
            if line.starts_with('#') || line[..at].contains(['#', '\'', '"']) {
                continue;
            }
            let words: Vec<&str> = line[at..].split_whitespace().collect();
            let path: Vec<&str> = words[1..].iter().take_while(|w| !w.starts_with('-')).copied().collect();
            let command = path.join(" ");
            let Some(known) =
                table.command.iter().filter(|c| command.starts_with(&c.name)).max_by_key(|c| c.name.len())
            else {
                problems.insert(format!("{name}/{}: az {command} is not in the recorded table", snippet.id));
                continue;
            };
            if known.name != command {
                problems.insert(format!("{name}/{}: az {command} is not in the recorded table", snippet.id));
            }
            for flag in words.iter().filter(|w| w.starts_with("--")) {
                let flag = flag.trim_end_matches([')', ';']);
                if !known.flags.iter().chain(&table.global).any(|f| f == flag) {
                    problems.insert(format!("{name}/{}: az {command} has no flag {flag}", snippet.id));
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} az commands found");
    assert!(problems.is_empty(), "{}", problems.into_iter().collect::<Vec<_>>().join("\n"));
}

/// JSON snippets parse (with every value filled in) and say what they must; a missing value leaves a bare
/// `<placeholder>` that no JSON parser accepts, so it cannot be used by accident.
#[test]
fn json_snippets_parse_when_filled_in_and_refuse_when_not() {
    let mut parsed = 0;
    for (name, locale, inputs) in fixtures() {
        for snippet in all_snippets(locale, &inputs).iter().filter(|s| s.language == Language::Json) {
            let result = serde_json::from_str::<serde_json::Value>(&snippet.body);
            if snippet.body.contains("<proxy-url>") || snippet.body.contains("<registry-name>") {
                assert!(result.is_err(), "{name}/{}: placeholders must not parse:\n{}", snippet.id, snippet.body);
                continue;
            }
            let value = result.unwrap_or_else(|error| panic!("{name}/{}: {error}\n{}", snippet.id, snippet.body));
            let default = &value["proxies"]["default"];
            assert_eq!(default["httpProxy"], default["httpsProxy"], "{name}");
            assert!(default["httpProxy"].as_str().is_some_and(|proxy| proxy.starts_with("http")), "{name}");
            assert!(default["noProxy"].as_str().is_some_and(|list| list.starts_with("localhost,127.0.0.1")), "{name}");
            parsed += 1;
        }
    }
    assert!(parsed >= 3, "only {parsed} JSON snippets had every value");
}

/// The Kusto query: comments, then the table, then one `|` operator per line, with balanced quotes.
#[test]
fn kusto_snippets_are_well_formed_queries() {
    for (name, locale, inputs) in fixtures() {
        for snippet in all_snippets(locale, &inputs).iter().filter(|s| s.language == Language::Kusto) {
            let lines: Vec<&str> = snippet.body.lines().filter(|line| !line.starts_with("//")).collect();
            assert_eq!(lines.first(), Some(&"ContainerRegistryLoginEvents"), "{name}");
            assert!(lines[1..].iter().all(|line| line.starts_with("| ")), "{name}: {lines:?}");
            assert!(lines.iter().all(|line| line.matches('"').count() % 2 == 0), "{name}: {lines:?}");
            assert!(snippet.body.contains("| summarize ") && snippet.body.contains("| order by "), "{name}");
        }
    }
}
