# Client and egress firewalls, proxies, NSGs, MCR and TLS certificate errors (English).

node-configure-client-firewall-access = Configure client firewall access
    .summary = Allow HTTPS 443 from the client to the login server, azurecr.io and the data endpoints of every replica region, by name rather than by address.

node-configure-proxy = Configure the proxy for the Docker daemon
    .summary = Give the Docker daemon its own proxy settings, keep private endpoint names off the proxy, and use the AKS HTTP proxy configuration for clusters.

node-configure-egress-firewall = Allow the registry through Azure Firewall or a network appliance
    .summary = Add an application rule for the login server and data endpoints, or a network rule with the AzureContainerRegistry and Storage service tags.

node-fix-nsg-rules = Allow the registry in outbound NSG rules
    .summary = Add an outbound TCP 443 rule to the AzureContainerRegistry service tag, plus Storage when dedicated data endpoints are off.

node-fix-allow-mcr = Allow Microsoft Container Registry (MCR)
    .summary = Allow mcr.microsoft.com and its data hosts so that base images, AKS system images and the health check's test pull work.

node-tls-certificate-error = The client does not trust the registry's certificate
    .summary = The TLS handshake fails because a proxy swaps the certificate for its own, or because a host the client must also reach, such as azurecr.io, is blocked.
    .answer-intercepting-proxy = The certificate is issued by our company or a proxy product: traffic is intercepted
    .answer-certificate-host-blocked = A public certificate authority issued it, or no certificate arrives: a host may be blocked

node-fix-trust-proxy-ca = Exempt the registry from TLS inspection or trust the proxy's CA
    .summary = Let the proxy pass registry traffic without decrypting it, or add its root certificate for the Docker daemon, the Azure CLI and AKS nodes.
