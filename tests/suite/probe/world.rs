//! A small world of fakes for one probe run: a DNS server with a zone, the fakes that play each host, a fake
//! machine root (resolv.conf, DMI, Docker's settings), and the command line that points the probe at them.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::fakes::{self, Answer, Ca, Name, Running};

pub const LOGIN: &str = "contoso.azurecr.io";
pub const DATA: &str = "contoso.westeurope.data.azurecr.io";
pub const REPLICA_DATA: &str = "contoso.eastus.data.azurecr.io";
pub const CERTIFICATE_HOST: &str = "azurecr.io";
pub const MCR: &str = "mcr.microsoft.com";
pub const HOSTS: [&str; 5] = [LOGIN, DATA, REPLICA_DATA, CERTIFICATE_HOST, MCR];
/// The address the fake registry's firewall names in its 403.
pub const SEEN_ADDRESS: &str = "203.0.113.77";
/// What Azure's DMI reports as its chassis asset tag.
pub const AZURE_ASSET_TAG: &str = "7783-7084-3265-9085-8269-3286-77";

/// A public (documentation-range) address for a host: never dialled, `--connect-to` sends the probe to a fake.
pub fn public(last: u8) -> IpAddr {
    IpAddr::from([203, 0, 113, last])
}

pub fn private(last: u8) -> IpAddr {
    IpAddr::from([10, 0, 0, last])
}

pub struct World {
    /// The registry's CA (public-looking: the tests' trust anchor).
    pub ca: Ca,
    zone: Vec<(&'static str, Name)>,
    azure_zone: Vec<(&'static str, Name)>,
    connect_to: Vec<(String, SocketAddr)>,
    args: Vec<String>,
    env: Vec<(String, String)>,
    pub root: PathBuf,
    fakes: Vec<Running>,
}

static ROOTS: AtomicUsize = AtomicUsize::new(0);

impl World {
    /// Everything works: each host resolves to a public address and a registry answers 401 with a challenge.
    pub fn healthy() -> World {
        let root = std::env::temp_dir().join(format!(
            "acr-probe-world-{}-{}",
            std::process::id(),
            ROOTS.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        let ca = Ca::new("Microsoft Azure RSA TLS Issuing CA 99 (test)", "Microsoft Corporation");
        let registry = fakes::registry(&ca, &HOSTS, Answer::Challenge);
        let mut world = World {
            ca,
            zone: Vec::new(),
            azure_zone: Vec::new(),
            connect_to: Vec::new(),
            args: ["--registry", "contoso", "--region", "westeurope", "--replica", "eastus", "--data-endpoints", "on"]
                .map(String::from)
                .to_vec(),
            env: Vec::new(),
            root,
            fakes: Vec::new(),
        };
        for (index, host) in HOSTS.iter().enumerate() {
            world.zone.push((host, Name::Resolves(Vec::new(), vec![public(10 + index as u8)])));
            world.connect_to.push((host.to_string(), registry.address));
        }
        world.fakes.push(registry);
        world.file("etc/resolv.conf", "nameserver 10.0.0.4\n");
        world.file("sys/class/dmi/id/chassis_asset_tag", "None\n");
        world
    }

    /// How the DNS server answers `host`.
    pub fn name(mut self, host: &'static str, answer: Name) -> World {
        self.zone.retain(|(name, _)| *name != host);
        self.zone.push((host, answer));
        self
    }

    /// How "Azure DNS" answers `host` (unknown names: NXDOMAIN).
    pub fn azure_name(mut self, host: &'static str, answer: Name) -> World {
        self.azure_zone.push((host, answer));
        self
    }

    /// Connections for `host` go to `address`.
    pub fn connect(mut self, host: &str, address: SocketAddr) -> World {
        self.connect_to.retain(|(name, _)| name != host);
        self.connect_to.push((host.to_string(), address));
        self
    }

    /// Where connections for `host` go.
    pub fn address_of(&self, host: &str) -> SocketAddr {
        self.connect_to.iter().find(|(name, _)| name == host).map(|(_, address)| *address).expect("a played host")
    }

    /// `host` is played by `fake`.
    pub fn play(self, host: &str, fake: Running) -> World {
        let address = fake.address;
        self.keep(fake).connect(host, address)
    }

    /// Keeps a fake running for the probe.
    pub fn keep(mut self, fake: Running) -> World {
        self.fakes.push(fake);
        self
    }

    pub fn env(mut self, name: &str, value: &str) -> World {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    /// A file of the fake machine.
    pub fn file(&mut self, path: &str, text: &str) {
        let file = self.root.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }

    pub fn with_file(mut self, path: &str, text: &str) -> World {
        self.file(path, text);
        self
    }

    /// Runs the probe with `extra` arguments (format, locale, timeout) against the world.
    pub fn run(&self, extra: &[&str]) -> Output {
        let dns = fakes::dns(self.zone.clone());
        let azure_dns = fakes::dns(self.azure_zone.clone());
        let ca_file = self.ca.write_pem(&self.root, "ca.pem");
        let mut command = Command::new(env!("CARGO_BIN_EXE_acr-net-guide"));
        command.arg("probe").args(&self.args).args(extra);
        command.arg("--dns-server").arg(dns.address.to_string());
        command.arg("--azure-dns").arg(azure_dns.address.to_string());
        command.arg("--ca-file").arg(&ca_file);
        command.arg("--root").arg(&self.root);
        for (host, address) in &self.connect_to {
            command.arg("--connect-to").arg(format!("{host}={address}"));
        }
        if !extra.iter().any(|arg| arg.starts_with("--timeout-ms")) {
            command.arg("--timeout-ms").arg("400");
        }
        command.env_clear().envs(self.env.iter().map(|(n, v)| (n, v)));
        command.output().expect("run acr-net-guide probe")
    }

    /// Runs with `--format json` and parses the report.
    pub fn json(&self) -> (Option<i32>, serde_json::Value) {
        let output = self.run(&["--format", "json"]);
        let text = String::from_utf8(output.stdout.clone()).unwrap();
        let json = serde_json::from_str(&text).unwrap_or_else(|error| panic!("{error}: {output:?}"));
        (output.status.code(), json)
    }
}

impl Drop for World {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// The report of one host in the JSON output.
pub fn host<'j>(json: &'j serde_json::Value, name: &str) -> &'j serde_json::Value {
    json["hosts"].as_array().unwrap().iter().find(|host| host["host"] == name).unwrap_or_else(|| panic!("{name}"))
}
