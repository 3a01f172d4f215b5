//! This machine's facts, only read: the name servers in `resolv.conf` (and systemd-resolved's upstream ones), the
//! Docker daemon's proxy (`/etc/docker/daemon.json`, then systemd drop-ins), and whether it is an Azure VM (its DMI
//! chassis asset tag). Paths are read below a root, `/` unless the tests give a fake one.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use acr_net_guide::probe::observation::DaemonProxy;
use acr_net_guide::probe::proxy_settings::{systemd_environment, without_credentials};

/// The chassis asset tag every Azure VM reports (cloud-init identifies Azure by it).
const AZURE_ASSET_TAG: &str = "7783-7084-3265-9085-8269-3286-77";
/// systemd-resolved's stub listener: the real servers are in its own resolv.conf.
const RESOLVED_STUB: [u8; 4] = [127, 0, 0, 53];

pub struct Facts {
    /// The servers the machine asks (the probe asks the first for CNAME chains).
    pub name_servers: Vec<IpAddr>,
    /// The servers that answer in the end: systemd-resolved's upstream ones behind its stub, else the same.
    pub upstream: Vec<IpAddr>,
    pub in_azure: Option<bool>,
    pub daemon_proxy: DaemonProxy,
}

pub fn read(root: &Path) -> Facts {
    let under = |path: &str| -> PathBuf { root.join(path.trim_start_matches('/')) };
    let servers_in = |path: &str| std::fs::read_to_string(under(path)).map(|t| name_servers(&t)).unwrap_or_default();
    let local = servers_in("/etc/resolv.conf");
    let upstream = if local.first() == Some(&IpAddr::from(RESOLVED_STUB)) {
        servers_in("/run/systemd/resolve/resolv.conf")
    } else {
        local.clone()
    };
    let in_azure = std::fs::read_to_string(under("/sys/class/dmi/id/chassis_asset_tag"))
        .ok()
        .map(|tag| tag.trim() == AZURE_ASSET_TAG);
    Facts { name_servers: local, upstream, in_azure, daemon_proxy: daemon_proxy(&under) }
}

/// `nameserver` lines (an IPv6 zone, `%eth0`, is dropped).
fn name_servers(text: &str) -> Vec<IpAddr> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("nameserver"))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter_map(|address| address.split('%').next()?.parse().ok())
        .collect()
}

/// The daemon's HTTPS proxy: `daemon.json`'s `proxies` win over the service's environment (Docker's rule).
fn daemon_proxy(under: &dyn Fn(&str) -> PathBuf) -> DaemonProxy {
    let proxy = |value: &str, source: &str| DaemonProxy::Proxy {
        url: without_credentials(value).0,
        source: source.to_string(),
    };
    let mut seen = false;
    const DAEMON_JSON: &str = "/etc/docker/daemon.json";
    if let Ok(text) = std::fs::read_to_string(under(DAEMON_JSON)) {
        seen = true;
        let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        if let Some(value) = json["proxies"]["https-proxy"].as_str().filter(|v| !v.trim().is_empty()) {
            return proxy(value, DAEMON_JSON);
        }
    }
    for folder in ["/etc/systemd/system/docker.service.d", "/run/systemd/system/docker.service.d"] {
        let Ok(entries) = std::fs::read_dir(under(folder)) else { continue };
        seen = true;
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.retain(|path| path.extension().is_some_and(|e| e == "conf"));
        files.sort();
        let mut found = None;
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else { continue };
            for (name, value) in systemd_environment(&text) {
                if name.eq_ignore_ascii_case("https_proxy") {
                    let shown = format!("{folder}/{}", file.file_name().unwrap_or_default().to_string_lossy());
                    found = (!value.trim().is_empty()).then(|| proxy(&value, &shown));
                }
            }
        }
        if let Some(found) = found {
            return found;
        }
    }
    seen |= under("/etc/docker").is_dir();
    if seen {
        DaemonProxy::Direct
    } else {
        DaemonProxy::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_server_lines_are_read() {
        let text = "# generated\nnameserver 127.0.0.53\noptions edns0\nnameserver fe80::1%eth0\nsearch corp\n";
        assert_eq!(name_servers(text), ["127.0.0.53".parse::<IpAddr>().unwrap(), "fe80::1".parse().unwrap()]);
    }

    #[test]
    fn facts_come_from_below_the_root() {
        let root = std::env::temp_dir().join(format!("acr-probe-machine-{}", std::process::id()));
        let write = |path: &str, text: &str| {
            let file = root.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, text).unwrap();
        };
        write("etc/resolv.conf", "nameserver 127.0.0.53\n");
        write("run/systemd/resolve/resolv.conf", "nameserver 168.63.129.16\n");
        write("sys/class/dmi/id/chassis_asset_tag", "7783-7084-3265-9085-8269-3286-77\n");
        write(
            "etc/systemd/system/docker.service.d/http-proxy.conf",
            "[Service]\nEnvironment=\"HTTPS_PROXY=http://u:p@proxy:3128\"\n",
        );
        let facts = read(&root);
        assert_eq!(facts.upstream, ["168.63.129.16".parse::<IpAddr>().unwrap()]);
        assert_eq!(facts.in_azure, Some(true));
        assert_eq!(
            facts.daemon_proxy,
            DaemonProxy::Proxy {
                url: "http://proxy:3128".into(),
                source: "/etc/systemd/system/docker.service.d/http-proxy.conf".into()
            }
        );
        write("etc/docker/daemon.json", r#"{"proxies": {"https-proxy": "http://daemon-proxy:3129"}}"#);
        assert!(
            matches!(read(&root).daemon_proxy, DaemonProxy::Proxy { url, .. } if url == "http://daemon-proxy:3129")
        );
        write("etc/docker/daemon.json", "{}");
        std::fs::remove_dir_all(root.join("etc/systemd")).unwrap();
        assert_eq!(read(&root).daemon_proxy, DaemonProxy::Direct);
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(read(&root).daemon_proxy, DaemonProxy::Unknown);
        assert_eq!(read(&root).in_azure, None);
    }
}
