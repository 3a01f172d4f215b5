# Connection timeouts, port 443 test, proxy and client network questions, data endpoint timeouts.

node-connection-timeout = The connection to the registry times out
    .summary = The name resolves, but the connection or TLS handshake on port 443 never completes because something drops the traffic.
    .answer-next = Test port 443 from the failing machine

node-cannot-connect-login-server = Azure CLI cannot connect to the login server
    .summary = An az acr command could not reach the registry, which can mean DNS, network, firewall rules or sign-in; the health check tells them apart.
    .answer-next = Run the registry health check

node-check-port-443 = Test HTTPS to the login server
    .summary = Call the registry's /v2/ endpoint from the failing machine and read the status: 401 means the path works, 403 that the registry refuses you, a timeout that something drops the traffic.
    .answer-challenge-401 = 401 Unauthorized with a WWW-Authenticate challenge
    .answer-forbidden-403 = 403 Forbidden
    .answer-timeout = A timeout, or the connection is refused or reset
    .answer-tls-error = A TLS or certificate error
    .answer-no-such-host = The name does not resolve: Name or service not known, or no such host

node-q-client-network = What does this client's traffic pass through on the way to the registry?
    .summary = Identify what stands between the client and the registry: a proxy, a perimeter firewall, Azure Firewall or an appliance, NSGs, or a private endpoint and its DNS.
    .answer-proxy = An HTTP(S) proxy that traffic has to go through
    .answer-proxy-containerd = A proxy, and the client is a Kubernetes node with containerd and no Docker (not AKS)
    .answer-on-premises = On premises, or a network with its own perimeter firewall
    .answer-azure-firewall = An Azure VNet routed through Azure Firewall or another appliance
    .answer-nsg = An Azure VNet where NSGs filter outbound traffic
    .answer-private-endpoint = A private endpoint: the name resolves privately but connections time out
    .answer-private-endpoint-public-dns = A private endpoint exists, but the name resolves to a public address here

node-data-endpoint-blocked = Sign-in works, but layer downloads time out
    .summary = The login server is reachable, but the data endpoint that serves image layers is blocked, so pulls fail with download failed after attempts=6.
    .answer-next = See where layers come from and what to allow

node-proxy-login-403 = Login fails with 403 Forbidden or proxyconnect
    .summary = Behind a proxy, the registry refuses the proxy's egress address, the proxy itself refuses the request, or the Docker daemon's proxy setting is missing or wrong.
    .answer-registry-rules = The registry refused: docker login gets 403 Forbidden, and the proxy log shows the request passed
    .answer-proxy-refused = The proxy refused: Received HTTP code 403 or 407 from proxy after CONNECT, or a proxy block page
    .answer-proxy-not-configured = proxyconnect tcp: EOF, or the daemon has no proxy setting

node-fix-proxy-allow-registry = Allow the registry on the proxy, or give it proxy credentials
    .summary = A 403 from the proxy means its policy blocks the registry's names; a 407 means it wants credentials the client did not send.
    .still-failing-registry-403 = The proxy lets the request through now, and the registry answers 403
    .still-failing-certificate-error = The proxy lets it through, but the client now reports a certificate error

node-fix-containerd-proxy = Configure the proxy for containerd on Kubernetes nodes
    .summary = On Kubernetes nodes without Docker, containerd pulls the images: give its systemd service the proxy settings and keep private endpoint names off the proxy.
    .still-failing-proxy-refuses = The proxy answers 403 or 407, or its log shows the request denied
    .still-failing-certificate-error = The pull now fails with x509: certificate signed by unknown authority
