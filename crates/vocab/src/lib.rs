//! Shared vocabulary of the core and the content compiler: locales, node kinds, input names, snippet ids.
//!
//! These names are public contracts (URL query keys, CLI flags, content references): add, never rename.
//! [`search_terms`] is the one rule both sides follow to cut text into search terms.

pub mod search_terms;

/// Defines a closed set of names as an enum with `ALL`, `as_str` and `parse`.
macro_rules! names {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            /// Every name, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The name as written in URLs, flags and content files.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// Exact, case-sensitive lookup.
            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|item| item.as_str() == text)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

names! {
    /// A shipped locale. Every code is also a reserved route word.
    Locale {
        En = "en",
        Tr = "tr",
    }
}

impl Locale {
    /// Used when nothing the visitor prefers is shipped.
    pub const FALLBACK: Locale = Locale::En;

    /// The language's own name, shown in the locale switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Tr => "Türkçe",
        }
    }
}

names! {
    /// What a step of the decision tree is.
    NodeKind {
        Symptom = "symptom",
        Question = "question",
        Check = "check",
        Cause = "cause",
        Fix = "fix",
        Reference = "reference",
    }
}

names! {
    /// A value the user can enter; the same names are URL query keys, CLI flags and form fields.
    InputName {
        Registry = "registry",
        ResourceGroup = "resource-group",
        Subscription = "subscription",
        Cloud = "cloud",
        Region = "region",
        Replica = "replica",
        DataEndpoints = "data-endpoints",
        RegionalEndpoints = "regional-endpoints",
        ClientIp = "client-ip",
        Proxy = "proxy",
        NoProxy = "no-proxy",
        Vnet = "vnet",
        Subnet = "subnet",
        VnetResourceGroup = "vnet-resource-group",
        PrivateEndpoint = "private-endpoint",
        AksCluster = "aks-cluster",
        AksResourceGroup = "aks-resource-group",
        Firewall = "firewall",
        FirewallResourceGroup = "firewall-resource-group",
        FirewallPolicy = "firewall-policy",
        Nsg = "nsg",
        Vm = "vm",
        VmResourceGroup = "vm-resource-group",
        Workspace = "workspace",
        PrivateDnsZone = "private-dns-zone",
        ClientVnet = "client-vnet",
        DnsForwarder = "dns-forwarder",
        Shell = "shell",
    }
}

names! {
    /// Which host the failing request of a pasted error went to (diagnosis rules can require one):
    /// `login-server` (`<registry>.azurecr.io`, `.cn`, `.us`, also the `privatelink` and regional `geo` names),
    /// `data-endpoint` (`<registry>.<region>.data.azurecr.io`), `blob` (a layer download host: blob storage, or
    /// MCR's data and CDN hosts), `mcr` (`mcr.microsoft.com`), `proxy` (the proxy itself: `proxyconnect`,
    /// `… from proxy after CONNECT`, `ProxyError`), `other` (any other named host), `unknown` (none named).
    HostKind {
        LoginServer = "login-server",
        DataEndpoint = "data-endpoint",
        Blob = "blob",
        Mcr = "mcr",
        Proxy = "proxy",
        Other = "other",
        Unknown = "unknown",
    }
}

names! {
    /// Whether the address a connection was dialled to is loopback (`127.0.0.0/8`, `::1`: a local proxy or
    /// forwarder when the request named a remote host), private (RFC 1918 and similar) or public.
    AddressKind {
        Loopback = "loopback",
        Private = "private",
        Public = "public",
    }
}

names! {
    /// A generated snippet that a node can show.
    SnippetId {
        CheckHealth = "check-health",
        CheckHealthVnet = "check-health-vnet",
        ShowEndpoints = "show-endpoints",
        NetworkState = "network-state",
        DnsCheck = "dns-check",
        ConnectivityCheck = "connectivity-check",
        FqdnAllowlist = "fqdn-allowlist",
        FirewallPolicyRule = "firewall-policy-rule",
        FirewallPolicyPrivateEndpointRule = "firewall-policy-private-endpoint-rule",
        AzureFirewallAppRule = "azure-firewall-app-rule",
        AzureFirewallNetworkRule = "azure-firewall-network-rule",
        NsgRules = "nsg-rules",
        NetworkPathCheck = "network-path-check",
        PublicNetworkAccess = "public-network-access",
        IpNetworkRules = "ip-network-rules",
        TrustedServices = "trusted-services",
        DedicatedDataEndpoints = "dedicated-data-endpoints",
        ServiceEndpoint = "service-endpoint",
        PrivateEndpoint = "private-endpoint",
        PrivateDnsLinks = "private-dns-links",
        PrivateEndpointConnections = "private-endpoint-connections",
        LockDownPublicAccess = "lock-down-public-access",
        PrivateDnsRecords = "private-dns-records",
        DnsForwarderWindows = "dns-forwarder-windows",
        DnsForwarderBind = "dns-forwarder-bind",
        DockerDaemonProxy = "docker-daemon-proxy",
        DockerDaemonJson = "docker-daemon-json",
        ContainerdProxy = "containerd-proxy",
        WindowsDockerProxy = "windows-docker-proxy",
        DockerClientProxy = "docker-client-proxy",
        AksHttpProxy = "aks-http-proxy",
        LoginEventsQuery = "login-events-query",
        DiagnosticSettings = "diagnostic-settings",
        AksCheckAcr = "aks-check-acr",
        ReplicationList = "replication-list",
    }
}

/// The entry node of the tree (the symptom picker).
pub const START: &str = "start";

/// The node-id grammar, shared by the content compiler (which refuses other ids) and the router (which does not
/// look up other words): lower-case ASCII words of letters and digits joined by single hyphens, starting with a
/// letter, at most 64 characters.
pub fn is_node_id(text: &str) -> bool {
    text.len() <= 64
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Route words that address app pages rather than nodes; no node id or alias may take them.
pub const RESERVED_ROUTE_WORDS: &[&str] = &["map", "search", "report", "offline"];

/// True when `word` is a reserved route word or a locale code.
pub fn is_reserved_route_word(word: &str) -> bool {
    RESERVED_ROUTE_WORDS.contains(&word) || Locale::parse(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in InputName::ALL {
            assert_eq!(InputName::parse(name.as_str()), Some(*name));
        }
        for id in SnippetId::ALL {
            assert_eq!(SnippetId::parse(id.as_str()), Some(*id));
        }
        assert_eq!(NodeKind::parse("Fix"), None);
    }

    #[test]
    fn locale_codes_and_page_words_are_reserved() {
        assert!(is_reserved_route_word("tr"));
        assert!(is_reserved_route_word("search"));
        assert!(!is_reserved_route_word("dns-lookup-fails"));
    }
}
