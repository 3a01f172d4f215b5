//! Proxy snippets: the Docker daemon (which performs pulls), the Docker client config (containers and builds
//! only), and the AKS HTTP proxy.

use super::script::{Effect, Part, Script};
use super::words;
use crate::content::InputName;
use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::inputs::{Inputs, ScriptShell};

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

pub fn docker_daemon_proxy(inputs: &Inputs, t: &Localizer, title: &str) -> String {
    let mut script = Script::new(ScriptShell::Bash, Effect::Changes, t);
    let mut header = vec![title.to_string(), t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_WHY_DAEMON)];
    if inputs.shell == ScriptShell::PowerShell {
        header.push(t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_WINDOWS));
    }
    let proxy = script.var(InputName::Proxy, inputs.proxy.as_deref());
    let registry = registry_part(&mut script, inputs);
    let entries = no_proxy(inputs, registry.as_deref().map_or(Part::Text(""), Part::Var), false);
    let list = script.interpolate(&joined(&entries, ","));
    if regions_unknown(inputs) {
        script.comment(&t.text(msg::SNIPPET_PROXY_REGIONS_UNKNOWN));
    }
    script.line(format!("NO_PROXY_LIST={list}"));
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    script.line("sudo systemctl show --property=Environment docker");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_DROP_IN));
    script.line("sudo mkdir -p /etc/systemd/system/docker.service.d");
    script.line(format!(
        "printf '[Service]\\nEnvironment=\"HTTP_PROXY=%s\"\\nEnvironment=\"HTTPS_PROXY=%s\"\\nEnvironment=\"NO_PROXY=%s\"\\n' \"${proxy}\" \"${proxy}\" \"$NO_PROXY_LIST\" \\\n  | sudo tee /etc/systemd/system/docker.service.d/http-proxy.conf > /dev/null"
    ));
    script.line("sudo systemctl daemon-reload");
    script.line("sudo systemctl restart docker");
    script.comment(&t.text(msg::SNIPPET_DOCKER_DAEMON_PROXY_CHECK));
    script.line("sudo systemctl show --property=Environment docker");
    script.finish(&header)
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
