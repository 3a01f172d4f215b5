//! Builds one bash or PowerShell script: a variable block (values the user gave, empty ones to fill in), then
//! the commands — wrapped in a guard that refuses to run while a required value is still empty.

use crate::content::InputName;
use crate::i18n::Localizer;
use crate::inputs::Shell;
use crate::quote;

/// A script under construction.
pub struct Script<'a> {
    pub shell: Shell,
    t: &'a Localizer,
    /// Declared variables: name, assignment line, and whether it is still empty and required.
    variables: Vec<(String, String, bool)>,
    lines: Vec<String>,
}

/// `registry` → `REGISTRY` (bash) / `Registry` (PowerShell).
fn variable_name(shell: Shell, name: &str) -> String {
    match shell {
        Shell::Bash => name.replace('-', "_").to_ascii_uppercase(),
        Shell::PowerShell => name
            .split('-')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
            })
            .collect(),
    }
}

impl<'a> Script<'a> {
    pub fn new(shell: Shell, t: &'a Localizer) -> Self {
        Self { shell, t, variables: Vec::new(), lines: Vec::new() }
    }

    /// A literal word, quoted for the shell.
    pub fn lit(&self, text: &str) -> String {
        match self.shell {
            Shell::Bash => quote::bash(text),
            Shell::PowerShell => quote::powershell(text),
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
                            (Shell::Bash, '$' | '`' | '"' | '\\') => out.push('\\'),
                            (Shell::PowerShell, '$' | '`' | '"') => out.push('`'),
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
        self.var_named(input.as_str(), &self.t.text(&format!("input-{input}")), value, true)
    }

    /// Like [`Script::var`] for a value the script derives itself (`name` in kebab case).
    pub fn var_named(&mut self, name: &str, label: &str, value: Option<&str>, required: bool) -> String {
        let variable = variable_name(self.shell, name);
        if self.variables.iter().any(|(known, _, _)| *known == variable) {
            return variable;
        }
        let line = match (self.shell, value) {
            (Shell::Bash, Some(value)) => format!("{variable}={}", quote::bash(value)),
            (Shell::Bash, None) => format!("{variable}=''  # ← {label}"),
            (Shell::PowerShell, Some(value)) => format!("${variable} = {}", quote_always(value)),
            (Shell::PowerShell, None) => format!("${variable} = ''  # ← {label}"),
        };
        self.variables.push((variable.clone(), line, required && value.is_none()));
        variable
    }

    /// A list variable (`REPLICAS=(a b)` / `$Replicas = @('a', 'b')`); an empty one says what belongs there.
    pub fn list(&mut self, name: &str, values: &[&str], label: &str) -> String {
        let variable = variable_name(self.shell, name);
        let mut line = match self.shell {
            Shell::Bash => {
                format!("{variable}=({})", values.iter().map(|v| quote::bash(v)).collect::<Vec<_>>().join(" "))
            }
            Shell::PowerShell => {
                format!("${variable} = @({})", values.iter().map(|v| quote_always(v)).collect::<Vec<_>>().join(", "))
            }
        };
        if values.is_empty() {
            line.push_str(&format!("  # ← {label}"));
        }
        self.variables.push((variable.clone(), line, false));
        variable
    }

    /// A reference to a declared variable as a command word: `"$REGISTRY"` / `$Registry`.
    pub fn r(&self, variable: &str) -> String {
        match self.shell {
            Shell::Bash => format!("\"${variable}\""),
            Shell::PowerShell => format!("${variable}"),
        }
    }

    /// A `#` comment (same syntax in both shells).
    pub fn comment(&mut self, text: &str) {
        self.lines.push(format!("# {text}"));
    }

    /// A line written for this shell as is.
    pub fn line(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// A command; long ones are continued over lines (`\` in bash, `` ` `` in PowerShell), one flag per line.
    pub fn command(&mut self, words: &[String]) {
        let single = words.join(" ");
        if single.len() <= 100 {
            self.lines.push(single);
            return;
        }
        let continuation = match self.shell {
            Shell::Bash => " \\",
            Shell::PowerShell => " `",
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
            self.lines.push(format!("{indent}{group}{tail}"));
        }
    }

    /// `VAR=$(command)` / `$Var = command`: captures a command's output (kept on one line).
    pub fn capture(&mut self, variable: &str, words: &[String]) {
        let name = variable_name(self.shell, variable);
        let line = match self.shell {
            Shell::Bash => format!("{name}=$({})", words.join(" ")),
            Shell::PowerShell => format!("${name} = {}", words.join(" ")),
        };
        self.lines.push(line);
    }

    /// The name a derived variable gets in this shell (`subnet-id` → `SUBNET_ID` / `SubnetId`).
    pub fn name_of(&self, variable: &str) -> String {
        variable_name(self.shell, variable)
    }

    /// Runs `body` once per element of the list variable `list`, the element in variable `item`.
    pub fn each(&mut self, list: &str, item: &str, body: &[String]) {
        match self.shell {
            Shell::Bash => self.lines.push(format!("for {item} in \"${{{list}[@]}}\"; do")),
            Shell::PowerShell => self.lines.push(format!("foreach (${item} in ${list}) {{")),
        }
        self.lines.extend(body.iter().map(|line| format!("  {line}")));
        self.lines.push(match self.shell {
            Shell::Bash => "done".into(),
            Shell::PowerShell => "}".into(),
        });
    }

    /// The finished script: header comment, variables, then the commands (guarded while values are missing).
    pub fn finish(self, header: &[String]) -> String {
        let mut out: Vec<String> = header.iter().map(|line| format!("# {line}")).collect();
        out.extend(self.variables.iter().map(|(_, line, _)| line.clone()));
        if !self.variables.is_empty() {
            out.push(String::new());
        }
        let missing: Vec<&str> = self.variables.iter().filter(|(_, _, m)| *m).map(|(v, _, _)| v.as_str()).collect();
        if missing.is_empty() {
            out.extend(self.lines);
        } else {
            let names = match self.shell {
                Shell::Bash => missing.join(", "),
                Shell::PowerShell => missing.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", "),
            };
            let message = self.t.text_with("snippet-fill-in", &[("names", &names)]);
            match self.shell {
                Shell::Bash => {
                    let tests: Vec<String> = missing.iter().map(|v| format!("[ -z \"${v}\" ]")).collect();
                    out.push(format!("if {}; then", tests.join(" || ")));
                    out.push(format!("  echo {} >&2", quote::bash(&message)));
                    out.push("else".into());
                }
                Shell::PowerShell => {
                    let tests: Vec<String> = missing.iter().map(|v| format!("-not ${v}")).collect();
                    out.push(format!("if ({}) {{", tests.join(" -or ")));
                    out.push(format!("  Write-Error {}", quote_always(&message)));
                    out.push("} else {".into());
                }
            }
            out.extend(self.lines.into_iter().map(|line| if line.is_empty() { line } else { format!("  {line}") }));
            out.push(match self.shell {
                Shell::Bash => "fi".into(),
                Shell::PowerShell => "}".into(),
            });
        }
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
        assert_eq!(variable_name(Shell::Bash, "resource-group"), "RESOURCE_GROUP");
        assert_eq!(variable_name(Shell::PowerShell, "resource-group"), "ResourceGroup");
    }

    #[test]
    fn a_missing_value_guards_the_commands() {
        let t = Localizer::new(Locale::En);
        let mut script = Script::new(Shell::Bash, &t);
        let registry = script.var(InputName::Registry, None);
        let word = script.r(&registry);
        script.command(&["az".into(), "acr".into(), "show".into(), "--name".into(), word]);
        let text = script.finish(&["Title".into()]);
        assert!(text.contains("REGISTRY=''  # ← Registry name"), "{text}");
        assert!(text.contains("if [ -z \"$REGISTRY\" ]; then"), "{text}");
        assert!(text.contains("  az acr show --name \"$REGISTRY\"\nfi\n"), "{text}");

        let mut script = Script::new(Shell::PowerShell, &t);
        let registry = script.var(InputName::Registry, Some("contoso"));
        let word = script.r(&registry);
        script.command(&["az".into(), "acr".into(), "show".into(), "--name".into(), word]);
        assert_eq!(script.finish(&[]), "$Registry = 'contoso'\n\naz acr show --name $Registry\n");
    }

    #[test]
    fn interpolation_escapes_what_each_shell_would_expand() {
        let t = Localizer::new(Locale::En);
        let bash = Script::new(Shell::Bash, &t);
        assert_eq!(
            bash.interpolate(&[Part::Var("REGISTRY"), Part::Text(".azurecr.io$`\"")]),
            r#""${REGISTRY}.azurecr.io\$\`\"""#
        );
        let ps = Script::new(Shell::PowerShell, &t);
        assert_eq!(
            ps.interpolate(&[Part::Var("Registry"), Part::Text(".azurecr.io$")]),
            "\"${Registry}.azurecr.io`$\""
        );
    }
}
