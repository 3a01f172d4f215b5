//! Proxy snippets: the Docker daemon (which performs pulls), the Docker client config (containers and builds
//! only), and the AKS HTTP proxy.

use super::script::{Part, Script};
use super::words;
use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::inputs::{Inputs, ScriptShell};
use acr_vocab::InputName;

/// Hosts that must bypass the proxy: the user's list, plus the registry's endpoints when it is reached over a
/// private endpoint (they resolve to private addresses the proxy cannot reach). `registry` is the registry name
/// as literal text, or the name of the script variable holding it.
fn no_proxy<'a>(inputs: &'a Inputs, registry: Part<'a>, for_aks: bool) -> Vec<Vec<Part<'a>>> {
    let mut entries: Vec<Vec<Part>> = vec![vec![Part::Text("localhost")], vec![Part::Text("127.0.0.1")]];
    for entry in inputs.no_proxy.iter().filter(|entry| !(for_aks && entry.contains('*'))) {
        entries.push(vec![Part::Text(entry)]);
    }
    if inputs.private_endpoint.is_some() {
        let domain = inputs.cloud().registry_domain();
        entries.push(vec![registry, Part::Text("."), Part::Text(domain)]);
        for region in inputs.all_regions() {
            entries.push(vec![
                registry,
                Part::Text("."),
                Part::Text(region.name),
                Part::Text(".data."),
                Part::Text(domain),
            ]);
        }
        // Regions unknown: a visible placeholder rather than silently leaving the data endpoints out.
        if inputs.all_regions().is_empty() {
            entries.push(vec![registry, Part::Text(".<region>.data."), Part::Text(domain)]);
        }
    }
    entries
}

/// A private endpoint without known regions: the bypass list carries a placeholder to replace.
fn regions_unknown(inputs: &Inputs) -> bool {
    inputs.private_endpoint.is_some() && inputs.all_regions().is_empty()
}

/// Joins entries with `separator` into one list of parts.
fn joined<'a>(entries: &[Vec<Part<'a>>], separator: &'a str) -> Vec<Part<'a>> {
    let mut parts = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            parts.push(Part::Text(separator));
        }
        parts.extend(entry.iter().copied());
    }
    parts
}

/// The registry as a part: the validated name, or the script variable (declared, to be filled in).
fn registry_part(script: &mut Script, inputs: &Inputs) -> Option<String> {
    (inputs.private_endpoint.is_some()).then(|| script.var(InputName::Registry, inputs.registry.as_deref()))
}

/// The bypass list the snippet brings, as one interpolated string (with the warning when regions are unknown).
fn bypass_list(script: &mut Script, inputs: &Inputs, t: &Localizer) -> String {
    let registry = registry_part(script, inputs);
    let entries = no_proxy(inputs, registry.as_deref().map_or(Part::Text(""), Part::Var), false);
    if regions_unknown(inputs) {
        script.comment(&t.text(msg::SNIPPET_PROXY_REGIONS_UNKNOWN));
    }
    script.interpolate(&joined(&entries, ","))
}

/// `NO_PROXY_LIST="…"`: the bypass list as a bash variable.
fn no_proxy_list_line(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let list = bypass_list(script, inputs, t);
    script.line(format!("NO_PROXY_LIST={list}"));
}

/// A systemd service (`docker`, `containerd`) through the proxy: a drop-in with the proxy variables, whose bypass
/// list keeps what the service already had (read, merged, written), then a restart of the service.
fn systemd_proxy(script: &mut Script, inputs: &Inputs, t: &Localizer, unit: &str) {
    let proxy = script.var(InputName::Proxy, inputs.proxy.as_deref());
    no_proxy_list_line(script, inputs, t);
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    script.line(format!("sudo systemctl show --property=Environment {unit}"));
    script.comment(&t.text(msg::SNIPPET_SYSTEMD_PROXY_MERGE));
    script.line(format!(
        "EXISTING_NO_PROXY=$(systemctl show --property=Environment --value {unit} | tr ' ' '\\n' | sed -n 's/^NO_PROXY=//p')"
    ));
    script.line(
        "NO_PROXY_LIST=$(printf '%s,%s' \"$EXISTING_NO_PROXY\" \"$NO_PROXY_LIST\" | tr ',' '\\n' | sed '/^$/d' | sort -u | paste -sd, -)",
    );
    script.comment(&t.text(msg::SNIPPET_SYSTEMD_PROXY_DROP_IN));
    script.line(format!("sudo mkdir -p /etc/systemd/system/{unit}.service.d"));
    script.line(format!(
        "printf '[Service]\\nEnvironment=\"HTTP_PROXY=%s\"\\nEnvironment=\"HTTPS_PROXY=%s\"\\nEnvironment=\"NO_PROXY=%s\"\\n' \"${proxy}\" \"${proxy}\" \"$NO_PROXY_LIST\" \\\n  | sudo tee /etc/systemd/system/{unit}.service.d/http-proxy.conf > /dev/null"
    ));
    script.line("sudo systemctl daemon-reload");
    script.line(format!("sudo systemctl restart {unit}"));
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_CHECK));
    script.line(format!("sudo systemctl show --property=Environment {unit}"));
}

/// The Docker daemon (which performs logins and pulls) through the proxy, by a systemd drop-in: Linux hosts.
pub fn docker_daemon_proxy(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_WHY_DAEMON));
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_WINDOWS));
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_RESTART));
    systemd_proxy(script, inputs, t, "docker");
}

/// containerd (Kubernetes nodes other than AKS: kubeadm, k3s, …) through the proxy, by a systemd drop-in.
pub fn containerd_proxy(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_CONTAINERD_PROXY_WHERE));
    systemd_proxy(script, inputs, t, "containerd");
}

/// The Docker daemon through the proxy by `daemon.json` (Docker Engine 23 and later; Docker Desktop ignores it):
/// the file is read, its `proxies` merged (the bypass list keeps its entries), and written back with jq.
pub fn docker_daemon_json(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let proxy = script.var(InputName::Proxy, inputs.proxy.as_deref());
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_JSON_WHEN));
    no_proxy_list_line(script, inputs, t);
    script.line(format!(
        "command -v jq > /dev/null || {{ echo {} >&2; exit 1; }}",
        script.quoted(&t.text(msg::SNIPPET_DOCKER_DAEMON_JSON_NEEDS_JQ))
    ));
    script.line("ENGINE_VERSION=$(docker version --format '{{.Server.Version}}')");
    script.line(format!(
        // (An empty or unexpected answer fails the numeric test too, and stops.)
        "if ! [ \"${{ENGINE_VERSION%%.*}}\" -ge 23 ] 2> /dev/null; then echo {} \"$ENGINE_VERSION\" >&2; exit 1; fi",
        script.quoted(&t.text(msg::SNIPPET_DOCKER_DAEMON_JSON_TOO_OLD))
    ));
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    script.line("CURRENT=$(sudo cat /etc/docker/daemon.json 2> /dev/null || echo '{}')");
    script.line("printf '%s\\n' \"$CURRENT\"");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_JSON_MERGE));
    script.line(format!(
        "printf '%s' \"$CURRENT\" | jq --arg proxy \"${proxy}\" --arg bypass \"$NO_PROXY_LIST\" \\\n  {} \\\n  | sudo tee /etc/docker/daemon.json.new > /dev/null",
        script.quoted(
            ".proxies[\"http-proxy\"] = $proxy | .proxies[\"https-proxy\"] = $proxy | .proxies[\"no-proxy\"] = (((.proxies[\"no-proxy\"] // \"\") | split(\",\")) + ($bypass | split(\",\")) | map(select(. != \"\")) | unique | join(\",\"))"
        )
    ));
    script.line("sudo mv /etc/docker/daemon.json.new /etc/docker/daemon.json");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_RESTART));
    script.line("sudo systemctl restart docker");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_JSON_CHECK));
    docker_info_proxy(script);
}

/// Docker on Windows: Docker Desktop takes the proxy in its settings; Docker Engine on Windows Server reads the
/// machine's environment, whose bypass list is merged, then the service restarts.
pub fn windows_docker_proxy(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let proxy = script.var(InputName::Proxy, inputs.proxy.as_deref());
    script.comment(&t.text(msg::SNIPPET_WINDOWS_DOCKER_PROXY_DESKTOP));
    script.comment(&t.text(msg::SNIPPET_WINDOWS_DOCKER_PROXY_SERVER));
    let list = bypass_list(script, inputs, t);
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    script.line("foreach ($Name in 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY') { '{0}={1}' -f $Name, [Environment]::GetEnvironmentVariable($Name, 'Machine') }");
    script.comment(&t.text(msg::SNIPPET_SYSTEMD_PROXY_MERGE));
    script.line(format!(
        "$Bypass = @(([Environment]::GetEnvironmentVariable('NO_PROXY', 'Machine') + ',' + {list}) -split ',' | Where-Object {{ $_ }} | Sort-Object -Unique) -join ','"
    ));
    script.line(format!("[Environment]::SetEnvironmentVariable('HTTP_PROXY', ${proxy}, 'Machine')"));
    script.line(format!("[Environment]::SetEnvironmentVariable('HTTPS_PROXY', ${proxy}, 'Machine')"));
    script.line("[Environment]::SetEnvironmentVariable('NO_PROXY', $Bypass, 'Machine')");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_RESTART));
    script.line("Restart-Service docker");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_CHECK));
    docker_info_proxy(script);
}

/// `docker info` showing the proxy settings the daemon uses.
fn docker_info_proxy(script: &mut Script) {
    let format = script.quoted("{{.HTTPProxy}} {{.HTTPSProxy}} {{.NoProxy}}");
    script.command(&["docker".into(), "info".into(), "--format".into(), format]);
}

/// `~/.docker/config.json`. Missing values stay as bare `<tokens>`, which no JSON parser accepts.
pub fn docker_client_proxy(inputs: &Inputs, _t: &Localizer, _title: &str) -> String {
    let proxy = inputs.proxy.as_ref().map_or("<proxy-url>".to_string(), |proxy| format!("\"{proxy}\""));
    let registry = inputs.registry.as_deref().unwrap_or("<registry-name>");
    let no_proxy: String = joined(&no_proxy(inputs, Part::Text(registry), false), ",")
        .iter()
        .map(|part| match part {
            Part::Text(text) | Part::Var(text) => *text,
        })
        .collect();
    format!(
        "{{\n  \"proxies\": {{\n    \"default\": {{\n      \"httpProxy\": {proxy},\n      \"httpsProxy\": {proxy},\n      \"noProxy\": \"{no_proxy}\"\n    }}\n  }}\n}}\n"
    )
}

pub fn aks_http_proxy(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let proxy = script.var(InputName::Proxy, inputs.proxy.as_deref());
    let cluster = script.var(InputName::AksCluster, inputs.aks_cluster.as_deref());
    let group = script.var(InputName::AksResourceGroup, inputs.aks_resource_group.as_deref());
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut show = words(&["az", "aks", "show", "--resource-group"]);
    show.extend([script.var_ref(&group), "--name".into(), script.var_ref(&cluster)]);
    show.extend(words(&["--query", "httpProxyConfig", "--output", "json"]));
    script.command(&show);
    script.comment(&t.text(msg::SNIPPET_AKS_HTTP_PROXY_REIMAGE));
    if inputs.no_proxy.iter().any(|entry| entry.contains('*')) {
        script.comment(&t.text(msg::SNIPPET_AKS_HTTP_PROXY_WILDCARD));
    }
    if regions_unknown(inputs) {
        script.comment(&t.text(msg::SNIPPET_PROXY_REGIONS_UNKNOWN));
    }
    let https_only = inputs.proxy.as_deref().is_some_and(|proxy| proxy.starts_with("https://"));
    if https_only {
        script.comment(&t.text(msg::SNIPPET_AKS_HTTP_PROXY_HTTPS));
    }
    let registry = registry_part(script, inputs);
    let entries = no_proxy(inputs, registry.as_deref().map_or(Part::Text(""), Part::Var), true);
    let quoted: Vec<Vec<Part>> = entries
        .iter()
        .map(|entry| std::iter::once(Part::Text("\"")).chain(entry.iter().copied()).chain([Part::Text("\"")]).collect())
        .collect();
    let mut lines: Vec<Vec<Part>> = vec![vec![Part::Text("{")]];
    if !https_only {
        lines.push(vec![Part::Text("  \"httpProxy\": \""), Part::Var(&proxy), Part::Text("\",")]);
    }
    lines.push(vec![Part::Text("  \"httpsProxy\": \""), Part::Var(&proxy), Part::Text("\",")]);
    let mut no_proxy_line = vec![Part::Text("  \"noProxy\": [")];
    no_proxy_line.extend(joined(&quoted, ", "));
    no_proxy_line.push(Part::Text("]"));
    lines.push(no_proxy_line);
    lines.push(vec![Part::Text("}")]);
    let lines: Vec<String> = lines.iter().map(|parts| script.interpolate(parts)).collect();
    match script.shell() {
        ScriptShell::Bash => {
            script.line("printf '%s\\n' \\");
            for line in &lines {
                script.line(format!("  {line} \\"));
            }
            script.line("  > aks-proxy-config.json");
        }
        ScriptShell::PowerShell => {
            script.line("Set-Content -Path aks-proxy-config.json -Encoding ascii -Value @(");
            for line in &lines {
                script.line(format!("  {line}"));
            }
            script.line(")");
        }
    }
    script.comment(&t.text(msg::SNIPPET_AKS_HTTP_PROXY_APPLY));
    let command = vec![
        "az".into(),
        "aks".into(),
        "update".into(),
        "--resource-group".into(),
        script.var_ref(&group),
        "--name".into(),
        script.var_ref(&cluster),
        "--http-proxy-config".into(),
        "aks-proxy-config.json".into(),
    ];
    script.command(&command);
}
