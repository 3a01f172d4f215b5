//! Builds one bash or PowerShell script: a variable block (values the user gave, empty ones to fill in), then
//! the commands — wrapped in a guard that refuses to run while a required value is still empty.

use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::inputs::ScriptShell;
use crate::quote;
use acr_vocab::InputName;

/// What a script does to Azure resources or the machine; decides how it reacts to a failing command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Only reads and probes: carries on after a failed probe so that every result is shown.
    Reads,
    /// Changes something: stops at the first failure (bash `set -euo pipefail`; PowerShell
    /// `$ErrorActionPreference = 'Stop'` plus a `$LASTEXITCODE` check after every native command).
    Changes,
}

/// A declared script variable.
struct Variable {
    /// The shell's spelling (`REGISTRY` / `Registry`).
    name: String,
    /// Its assignment line.
    assignment: String,
    /// Required and still empty: the script refuses to run until it is filled in.
    missing: bool,
    /// A bash array / PowerShell array rather than a single value.
    list: bool,
}

/// A script under construction.
pub struct Script<'a> {
    shell: ScriptShell,
    effect: Effect,
    t: &'a Localizer,
    variables: Vec<Variable>,
    lines: Vec<String>,
}

/// `registry` → `REGISTRY` (bash) / `Registry` (PowerShell).
fn variable_name(shell: ScriptShell, name: &str) -> String {
    match shell {
        ScriptShell::Bash => name.replace('-', "_").to_ascii_uppercase(),
        ScriptShell::PowerShell => name
            .split('-')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
            })
            .collect(),
    }
}

/// Native programs whose failure a PowerShell script must check through `$LASTEXITCODE` (they do not throw).
const NATIVE_COMMANDS: &[&str] = &["az", "curl.exe", "docker", "kubectl"];

impl<'a> Script<'a> {
    pub fn new(shell: ScriptShell, effect: Effect, t: &'a Localizer) -> Self {
        Self { shell, effect, t, variables: Vec::new(), lines: Vec::new() }
    }

    pub fn shell(&self) -> ScriptShell {
        self.shell
    }

    /// A literal word, quoted for the shell.
    pub fn quoted(&self, text: &str) -> String {
        match self.shell {
            ScriptShell::Bash => quote::bash(text),
            ScriptShell::PowerShell => quote::powershell(text),
        }
    }

    /// A string that embeds variables: `parts` are literal text and `var` references (`Part::Var`), rendered as
    /// `"${REGISTRY}.azurecr.io"` (bash) or `"${Registry}.azurecr.io"` (PowerShell). Literal parts come from
    /// validated values and fixed text only; `$`, `` ` ``, `"` and `\` are escaped anyway.
    pub fn interpolate(&self, parts: &[Part]) -> String {
        let mut out = String::from("\"");
        for part in parts {
            match part {
                Part::Text(text) => {
                    for c in text.chars() {
                        match (self.shell, c) {
                            (ScriptShell::Bash, '$' | '`' | '"' | '\\') => out.push('\\'),
                            (ScriptShell::PowerShell, '$' | '`' | '"') => out.push('`'),
                            _ => {}
                        }
                        out.push(c);
                    }
                }
                Part::Var(name) => out.push_str(&format!("${{{name}}}")),
            }
        }
        out.push('"');
        out
    }

    /// Declares the variable for `input` (once) and returns its name; `value` `None` leaves it empty, and the
    /// script then refuses to run until it is filled in.
    pub fn var(&mut self, input: InputName, value: Option<&str>) -> String {
        self.var_named(input.as_str(), &self.t.text(msg::input_label(input)), value, true)
    }

    /// Like [`Script::var`] for a value the script derives itself (`name` in kebab case).
    pub fn var_named(&mut self, name: &str, label: &str, value: Option<&str>, required: bool) -> String {
        let variable = variable_name(self.shell, name);
        if self.variables.iter().any(|known| known.name == variable) {
            return variable;
        }
        let assignment = match (self.shell, value) {
            (ScriptShell::Bash, Some(value)) => format!("{variable}={}", quote::bash(value)),
            (ScriptShell::Bash, None) => format!("{variable}=''  # ← {label}"),
            (ScriptShell::PowerShell, Some(value)) => format!("${variable} = {}", quote_always(value)),
            (ScriptShell::PowerShell, None) => format!("${variable} = ''  # ← {label}"),
        };
        self.variables.push(Variable {
            name: variable.clone(),
            assignment,
            missing: required && value.is_none(),
            list: false,
        });
        variable
    }

    /// A list variable (`REPLICAS=(a b)` / `$Replicas = @('a', 'b')`); an empty one says what belongs there and,
    /// when `required`, keeps the script from running.
    pub fn list(&mut self, name: &str, values: &[&str], label: &str, required: bool) -> String {
        let variable = variable_name(self.shell, name);
        let mut assignment = match self.shell {
            ScriptShell::Bash => {
                format!("{variable}=({})", values.iter().map(|v| quote::bash(v)).collect::<Vec<_>>().join(" "))
            }
            ScriptShell::PowerShell => {
                format!("${variable} = @({})", values.iter().map(|v| quote_always(v)).collect::<Vec<_>>().join(", "))
            }
        };
        if values.is_empty() {
            assignment.push_str(&format!("  # ← {label}"));
        }
        self.variables.push(Variable {
            name: variable.clone(),
            assignment,
            missing: required && values.is_empty(),
            list: true,
        });
        variable
    }

    /// A reference to a declared variable as a command word: `"$REGISTRY"` / `$Registry`.
    pub fn var_ref(&self, variable: &str) -> String {
        match self.shell {
            ScriptShell::Bash => format!("\"${variable}\""),
            ScriptShell::PowerShell => format!("${variable}"),
        }
    }

    /// A `#` comment (same syntax in both shells).
    pub fn comment(&mut self, text: &str) {
        self.lines.push(format!("# {text}"));
    }

    /// `line`, indented by `indent`, when there is one.
    pub fn optional_line(&mut self, line: Option<String>, indent: &str) {
        if let Some(line) = line {
            self.lines.push(format!("{indent}{line}"));
        }
    }

    /// A line written for this shell as is.
    pub fn line(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// A command; long ones are continued over lines (`\\` in bash, `` ` `` in PowerShell), one flag per line.
    pub fn command(&mut self, words: &[String]) {
        let lines = self.command_lines(words);
        self.lines.extend(lines);
    }

    /// The lines of a command, followed (PowerShell, changing scripts) by its exit-code check.
    fn command_lines(&self, words: &[String]) -> Vec<String> {
        let single = words.join(" ");
        let mut lines = Vec::new();
        if single.len() <= 100 {
            lines.push(single.clone());
        } else {
            let continuation = match self.shell {
                ScriptShell::Bash => " \\",
                ScriptShell::PowerShell => " `",
            };
            let mut groups: Vec<String> = Vec::new();
            for word in words {
                match groups.last_mut() {
                    Some(last) if !word.starts_with("--") => {
                        last.push(' ');
                        last.push_str(word);
                    }
                    _ => groups.push(word.clone()),
                }
            }
            let last = groups.len() - 1;
            for (index, group) in groups.into_iter().enumerate() {
                let indent = if index == 0 { "" } else { "  " };
                let tail = if index == last { "" } else { continuation };
                lines.push(format!("{indent}{group}{tail}"));
            }
        }
        lines.extend(self.exit_code_check(&single));
        lines
    }

    /// Idempotent creation: looks for the resource with `find` (a list query printing its id or name, empty when
    /// absent) and runs `create` only when nothing was found, so a second run changes nothing.
    pub fn create_unless_found(&mut self, variable: &str, find: &[String], create: &[String]) {
        let name = variable_name(self.shell, variable);
        let find = find.join(" ");
        let exists = self.t.text(msg::SNIPPET_EXISTS);
        let create: Vec<String> = self.command_lines(create).into_iter().map(|line| format!("  {line}")).collect();
        match self.shell {
            ScriptShell::Bash => {
                self.lines.push(format!("{name}=$({find})"));
                self.lines.push(format!("if [ -z \"${name}\" ]; then"));
                self.lines.extend(create);
                self.lines.push("else".into());
                self.lines.push(format!("  echo {} \"${name}\"", quote::bash(&exists)));
                self.lines.push("fi".into());
            }
            ScriptShell::PowerShell => {
                self.lines.push(format!("${name} = {find}"));
                self.lines.extend(self.exit_code_check(&find));
                self.lines.push(format!("if (-not ${name}) {{"));
                self.lines.extend(create);
                self.lines.push("} else {".into());
                self.lines.push(format!("  Write-Output ({} + ' ' + ${name})", quote_always(&exists)));
                self.lines.push("}".into());
            }
        }
    }

    /// PowerShell, changing scripts: the line that stops the script when the native command before it failed
    /// (for builders that lay out their own `if`/`foreach` blocks).
    pub fn exit_code_check(&self, command: &str) -> Option<String> {
        let program = command.split(' ').next().unwrap_or_default();
        (self.shell == ScriptShell::PowerShell && self.effect == Effect::Changes && NATIVE_COMMANDS.contains(&program))
            .then(|| {
                format!("if ($LASTEXITCODE -ne 0) {{ throw {} }}", quote_always(&self.t.text(msg::SNIPPET_STOP_FAILED)))
            })
    }

    /// `VAR=$(command)` / `$Var = command`: looks a value up (kept on one line) and stops the script when the
    /// lookup fails or comes back empty, before anything uses the value. Returns the variable's name.
    pub fn lookup(&mut self, variable: &str, words: &[String]) -> String {
        let stop = self.t.format(msg::snippet_stop_empty(&variable_name(self.shell, variable)));
        self.lookup_or_stop(variable, words, &stop)
    }

    /// Like [`Script::lookup`], stopping with `stop` (what an empty answer means here).
    pub fn lookup_or_stop(&mut self, variable: &str, words: &[String], stop: &str) -> String {
        let name = variable_name(self.shell, variable);
        let command = words.join(" ");
        match self.shell {
            ScriptShell::Bash => {
                self.lines.push(format!("{name}=$({command})"));
                self.lines.push(format!("if [ -z \"${name}\" ]; then echo {} >&2; exit 1; fi", quote::bash(stop)));
            }
            ScriptShell::PowerShell => {
                self.lines.push(format!("${name} = {command}"));
                if let Some(check) = self.exit_code_check(&command) {
                    self.lines.push(check);
                }
                self.lines.push(format!("if (-not ${name}) {{ throw {} }}", quote_always(stop)));
            }
        }
        name
    }

    /// Stops the script with `message` when the looked-up `variable` holds exactly `value`.
    pub fn stop_when_equal(&mut self, variable: &str, value: &str, message: &str) {
        self.lines.push(match self.shell {
            ScriptShell::Bash => {
                format!(
                    "if [ \"${variable}\" = {} ]; then echo {} >&2; exit 1; fi",
                    quote::bash(value),
                    quote::bash(message)
                )
            }
            ScriptShell::PowerShell => {
                format!("if (${variable} -eq {}) {{ throw {} }}", quote_always(value), quote_always(message))
            }
        });
    }

    /// The name a derived variable gets in this shell (`subnet-id` → `SUBNET_ID` / `SubnetId`).
    pub fn derived_var(&self, variable: &str) -> String {
        variable_name(self.shell, variable)
    }

    /// Runs what `body` writes once per element of the list variable `list`, the element in variable `item`.
    pub fn each(&mut self, list: &str, item: &str, body: impl FnOnce(&mut Self)) {
        let start = self.lines.len();
        body(self);
        let inner: Vec<String> = self.lines.drain(start..).map(|line| format!("  {line}")).collect();
        self.lines.push(match self.shell {
            ScriptShell::Bash => format!("for {item} in \"${{{list}[@]}}\"; do"),
            ScriptShell::PowerShell => format!("foreach (${item} in ${list}) {{"),
        });
        self.lines.extend(inner);
        self.lines.push(match self.shell {
            ScriptShell::Bash => "done".into(),
            ScriptShell::PowerShell => "}".into(),
        });
    }

    /// Adds `value_var` through `add` unless `find` (a list query printing one value per line) already lists it,
    /// so a second run adds nothing twice.
    pub fn add_unless_listed(&mut self, value_var: &str, find: &[String], add: &[String]) {
        let exists = self.t.text(msg::SNIPPET_EXISTS);
        let find = find.join(" ");
        let add: Vec<String> = self.command_lines(add).into_iter().map(|line| format!("  {line}")).collect();
        match self.shell {
            ScriptShell::Bash => {
                self.lines.push(format!("EXISTING=$({find})"));
                self.lines.push(format!("if grep -qxF \"${value_var}\" <<< \"$EXISTING\"; then"));
                self.lines.push(format!("  echo {} \"${value_var}\"", quote::bash(&exists)));
                self.lines.push("else".into());
                self.lines.extend(add);
                self.lines.push("fi".into());
            }
            ScriptShell::PowerShell => {
                self.lines.push(format!("$Existing = @({find})"));
                self.lines.extend(self.exit_code_check(&find));
                self.lines.push(format!("if ($Existing -contains ${value_var}) {{"));
                self.lines.push(format!("  Write-Output ({} + ' ' + ${value_var})", quote_always(&exists)));
                self.lines.push("} else {".into());
                self.lines.extend(add);
                self.lines.push("}".into());
            }
        }
    }

    /// The finished script: header comment, variables, then the commands in a subshell (bash) or script block
    /// (PowerShell), so that stopping never closes the terminal they were pasted into. Inside it, a guard
    /// refuses to run while a required value is still empty, and changing scripts stop at the first failure.
    pub fn finish(self, header: &[String]) -> String {
        let mut out: Vec<String> = header.iter().map(|line| format!("# {line}")).collect();
        out.extend(self.variables.iter().map(|variable| variable.assignment.clone()));
        if !self.variables.is_empty() {
            out.push(String::new());
        }
        let missing: Vec<&Variable> = self.variables.iter().filter(|v| v.missing).collect();
        let mut body = Vec::new();
        match (self.shell, self.effect) {
            (ScriptShell::Bash, Effect::Changes) => body.push("set -euo pipefail".to_string()),
            (ScriptShell::PowerShell, Effect::Changes) => body.push("$ErrorActionPreference = 'Stop'".to_string()),
            (_, Effect::Reads) => {}
        }
        if !missing.is_empty() {
            let names = match self.shell {
                ScriptShell::Bash => missing.iter().map(|v| v.name.clone()).collect::<Vec<_>>().join(", "),
                ScriptShell::PowerShell => {
                    missing.iter().map(|v| format!("${}", v.name)).collect::<Vec<_>>().join(", ")
                }
            };
            let message = self.t.format(msg::snippet_fill_in(&names));
            body.push(match self.shell {
                ScriptShell::Bash => {
                    let tests: Vec<String> = missing
                        .iter()
                        .map(|v| {
                            if v.list {
                                format!("[ ${{#{}[@]}} -eq 0 ]", v.name)
                            } else {
                                format!("[ -z \"${}\" ]", v.name)
                            }
                        })
                        .collect();
                    format!("if {}; then echo {} >&2; exit 1; fi", tests.join(" || "), quote::bash(&message))
                }
                ScriptShell::PowerShell => {
                    let tests: Vec<String> = missing.iter().map(|v| format!("-not ${}", v.name)).collect();
                    format!("if ({}) {{ throw {} }}", tests.join(" -or "), quote_always(&message))
                }
            });
        }
        body.extend(self.lines);
        out.push(match self.shell {
            ScriptShell::Bash => "(".into(),
            ScriptShell::PowerShell => "& {".into(),
        });
        out.extend(body.into_iter().map(|line| if line.is_empty() { line } else { format!("  {line}") }));
        out.push(match self.shell {
            ScriptShell::Bash => ")".into(),
            ScriptShell::PowerShell => "}".into(),
        });
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

/// A piece of an interpolated string.
#[derive(Clone, Copy)]
pub enum Part<'p> {
    Text(&'p str),
    Var(&'p str),
}

/// A PowerShell verbatim string, quoted even when it would be safe bare (assignments need a string).
fn quote_always(text: &str) -> String {
    let quoted = quote::powershell(text);
    if quoted.starts_with('\'') {
        quoted
    } else {
        format!("'{quoted}'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;

    #[test]
    fn variable_names_follow_each_shell_convention() {
        assert_eq!(variable_name(ScriptShell::Bash, "resource-group"), "RESOURCE_GROUP");
        assert_eq!(variable_name(ScriptShell::PowerShell, "resource-group"), "ResourceGroup");
    }

    #[test]
    fn a_missing_value_guards_the_commands() {
        let t = Localizer::new(Locale::En);
        let mut script = Script::new(ScriptShell::Bash, Effect::Reads, &t);
        let registry = script.var(InputName::Registry, None);
        let word = script.var_ref(&registry);
        script.command(&["az".into(), "acr".into(), "show".into(), "--name".into(), word]);
        let text = script.finish(&["Title".into()]);
        assert!(text.contains("REGISTRY=''  # ← Registry name"), "{text}");
        assert!(text.contains("\n(\n  if [ -z \"$REGISTRY\" ]; then echo 'Fill in"), "{text}");
        assert!(text.ends_with(" >&2; exit 1; fi\n  az acr show --name \"$REGISTRY\"\n)\n"), "{text}");

        let mut script = Script::new(ScriptShell::PowerShell, Effect::Reads, &t);
        let registry = script.var(InputName::Registry, Some("contoso"));
        let word = script.var_ref(&registry);
        script.command(&["az".into(), "acr".into(), "show".into(), "--name".into(), word]);
        assert_eq!(script.finish(&[]), "$Registry = 'contoso'\n\n& {\n  az acr show --name $Registry\n}\n");
    }

    #[test]
    fn changing_scripts_stop_at_the_first_failure_and_on_empty_lookups() {
        let t = Localizer::new(Locale::En);
        let words = |text: &str| text.split(' ').map(str::to_string).collect::<Vec<_>>();
        let mut bash = Script::new(ScriptShell::Bash, Effect::Changes, &t);
        let id = bash.lookup("subnet-id", &words("az network vnet subnet show --query id --output tsv"));
        bash.command(&words(&format!("az network vnet subnet update --ids \"${id}\"")));
        let text = bash.finish(&[]);
        assert!(text.starts_with("(\n  set -euo pipefail\n  SUBNET_ID=$(az network vnet subnet show"), "{text}");
        assert!(text.contains("\n  if [ -z \"$SUBNET_ID\" ]; then echo 'Stopped:"), "{text}");

        let mut ps = Script::new(ScriptShell::PowerShell, Effect::Changes, &t);
        ps.lookup("subnet-id", &words("az network vnet subnet show --query id --output tsv"));
        ps.command(&words("az network vnet subnet update --ids $SubnetId"));
        let text = ps.finish(&[]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0..3],
            [
                "& {",
                "  $ErrorActionPreference = 'Stop'",
                "  $SubnetId = az network vnet subnet show --query id --output tsv"
            ]
        );
        assert!(lines[3].starts_with("  if ($LASTEXITCODE -ne 0) { throw 'Stopped:"), "{text}");
        assert!(lines[4].starts_with("  if (-not $SubnetId) { throw 'Stopped:"), "{text}");
        assert!(lines[6].starts_with("  if ($LASTEXITCODE -ne 0) { throw "), "{text}");

        let mut reads = Script::new(ScriptShell::PowerShell, Effect::Reads, &t);
        reads.command(&words("az acr show"));
        assert!(!reads.finish(&[]).contains("LASTEXITCODE"), "a reading script carries on");
    }

    #[test]
    fn interpolation_escapes_what_each_shell_would_expand() {
        let t = Localizer::new(Locale::En);
        let bash = Script::new(ScriptShell::Bash, Effect::Reads, &t);
        assert_eq!(
            bash.interpolate(&[Part::Var("REGISTRY"), Part::Text(".azurecr.io$`\"")]),
            r#""${REGISTRY}.azurecr.io\$\`\"""#
        );
        let ps = Script::new(ScriptShell::PowerShell, Effect::Reads, &t);
        assert_eq!(
            ps.interpolate(&[Part::Var("Registry"), Part::Text(".azurecr.io$")]),
            "\"${Registry}.azurecr.io`$\""
        );
    }
}
