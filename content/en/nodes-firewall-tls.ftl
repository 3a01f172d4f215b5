# Client and egress firewalls, proxies, NSGs, MCR and TLS certificate errors (English).

node-configure-client-firewall-access = Configure client firewall access
    .summary = Allow HTTPS 443 from the client to the login server, azurecr.io and the data endpoints of every replica region, by name rather than by address.
    .still-failing-in-azure-vnet = The client runs in an Azure VNet: its traffic passes Azure Firewall, an appliance or NSGs
    .still-failing-tls-error = The port opens now, but TLS fails with a certificate error

node-configure-proxy = Configure the proxy for the Docker daemon
    .summary = Give the Docker daemon its own proxy settings, keep private endpoint names off the proxy, and use the AKS HTTP proxy configuration for clusters.
    .still-failing-proxy-refuses = The proxy answers 403 or 407, or its log shows the request denied
    .still-failing-certificate-error = The pull now fails with x509: certificate signed by unknown authority

node-configure-egress-firewall = Allow the registry through Azure Firewall or a network appliance
    .summary = Add an application rule for the login server and data endpoints, or a network rule with the AzureContainerRegistry and Storage service tags.
    .still-failing-no-deny-logged = The firewall logs no denied request for the registry: something before it drops the traffic
    .still-failing-mcr-fails = Your registry works, but images from mcr.microsoft.com still fail

node-fix-nsg-rules = Allow the registry in outbound NSG rules
    .summary = Add an outbound TCP 443 rule to the AzureContainerRegistry service tag, plus Storage when dedicated data endpoints are off.
    .still-failing-nsg-allows = NSG diagnostics allow the traffic, and it still times out: check the route through a firewall or appliance
    .still-failing-resolves-private = The registry resolves to a private address and still times out

node-fix-allow-mcr = Allow Microsoft Container Registry (MCR)
    .summary = Allow mcr.microsoft.com and its data hosts so that base images, AKS system images and the health check's test pull work.
    .still-failing-behind-proxy = mcr.microsoft.com still times out, and this network requires a proxy
    .still-failing-certificate-error = The pull now fails with a certificate error

node-tls-certificate-error = The client does not trust the registry's certificate
    .summary = The TLS handshake fails because a proxy swaps the certificate for its own, because the client's list of trusted authorities is out of date, or because something cuts the handshake off.
    .answer-intercepting-proxy = The issuer is our company or a proxy or security product: traffic is inspected
    .answer-public-ca-untrusted = A public certificate authority issued it, and the client still says unknown authority
    .answer-certificate-host-blocked = No certificate arrives: the handshake is reset or times out

node-fix-trust-proxy-ca = Exempt the registry from TLS inspection or trust the proxy's CA
    .summary = Let the proxy pass registry traffic without decrypting it, or add its root certificate for the Docker daemon, the Azure CLI and AKS nodes.
    .still-failing-public-ca = curl now shows a public certificate authority, and the client still says unknown authority
    .still-failing-proxy-errors = The certificate error is gone, but the daemon now times out or reports proxyconnect

node-fix-outdated-trust-store = Update the client's trusted certificate authorities
    .summary = The registry's certificate comes from a public authority that the client's CA bundle does not know yet: update the operating system's bundle, and the ones tools carry themselves.
    .still-failing-company-ca = openssl shows a chain that ends at your company's or a security vendor's certificate
    .still-failing-no-certificate = The handshake is reset or times out before any certificate arrives
