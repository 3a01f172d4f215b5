//! Log snippets: the diagnostic setting that sends registry logs to Log Analytics, and the Kusto query that
//! finds refused sign-ins by caller address.

use super::script::Script;
use super::words;
use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::inputs::{Inputs, ScriptShell};
use acr_vocab::InputName;

pub fn login_events_query(inputs: &Inputs, t: &Localizer, _title: &str) -> String {
    let mut lines = vec![
        format!("// {}", t.text(msg::SNIPPET_LOGIN_EVENTS_QUERY)),
        format!("// {}", t.text(msg::SNIPPET_LOGIN_EVENTS_QUERY_COMPARE)),
        "ContainerRegistryLoginEvents".to_string(),
        "| where TimeGenerated > ago(1d) and ResultDescription != \"200\"".to_string(),
    ];
    if let Some(login) = inputs.login_server() {
        lines.push(format!("| where LoginServer =~ \"{login}\""));
    }
    lines.push("| summarize Attempts = count() by CallerIpAddress, ResultDescription, Identity, UserAgent".into());
    lines.push("| order by Attempts desc".into());
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

pub fn diagnostic_settings(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let workspace = script.var(InputName::Workspace, inputs.workspace.as_deref());
    let mut show = words(&["az", "acr", "show", "--name"]);
    show.push(script.var_ref(&registry));
    show.extend(words(&["--query", "id", "--output", "tsv"]));
    let registry_id = script.lookup("registry-id", &show);
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut list = words(&["az", "monitor", "diagnostic-settings", "list", "--resource"]);
    list.extend([script.var_ref(&registry_id), "--output".into(), "table".into()]);
    script.command(&list);
    script.comment(&t.text(msg::SNIPPET_DIAGNOSTIC_SETTINGS_WHAT));
    let logs = r#"[{"categoryGroup":"allLogs","enabled":true}]"#;
    let metrics = r#"[{"category":"AllMetrics","enabled":true}]"#;
    let (logs, metrics) = match script.shell() {
        ScriptShell::Bash => (script.quoted(logs), script.quoted(metrics)),
        ScriptShell::PowerShell => {
            // az.cmd re-parses arguments through cmd.exe and mangles embedded double quotes: use files.
            script.line(format!("Set-Content -Path acr-logs.json -Value {} -Encoding ascii", script.quoted(logs)));
            script
                .line(format!("Set-Content -Path acr-metrics.json -Value {} -Encoding ascii", script.quoted(metrics)));
            (script.quoted("@acr-logs.json"), script.quoted("@acr-metrics.json"))
        }
    };
    let command = vec![
        "az".into(),
        "monitor".into(),
        "diagnostic-settings".into(),
        "create".into(),
        "--name".into(),
        "registry-logs".into(),
        "--resource".into(),
        script.var_ref(&registry_id),
        "--workspace".into(),
        script.var_ref(&workspace),
        "--logs".into(),
        logs,
        "--metrics".into(),
        metrics,
    ];
    script.command(&command);
    script.comment(&t.text(msg::SNIPPET_DIAGNOSTIC_SETTINGS_NEXT));
}
