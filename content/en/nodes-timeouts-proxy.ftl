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

node-q-behind-proxy = Does the client have to use a proxy?
    .summary = Find out whether outbound HTTPS from the failing machine must go through a proxy, and whether the Docker daemon knows about it.
    .answer-yes = Yes, traffic has to go through a proxy
    .answer-no = No, the client connects directly

node-q-client-network = What filters the client's outbound traffic?
    .summary = Identify the network control on the way to the registry: a perimeter firewall, Azure Firewall or an appliance, NSGs, or private endpoint routing.
    .answer-on-premises = On premises, or a network with its own perimeter firewall
    .answer-azure-firewall = An Azure VNet routed through Azure Firewall or another appliance
    .answer-nsg = An Azure VNet where NSGs filter outbound traffic
    .answer-private-endpoint = A private endpoint: the name resolves privately but connections time out

node-data-endpoint-blocked = Sign-in works, but layer downloads time out
    .summary = The login server is reachable, but the data endpoint that serves image layers is blocked, so pulls fail with download failed after attempts=6.
    .answer-next = See where layers come from and what to allow

node-proxy-login-403 = Login fails with 403 Forbidden or proxyconnect
    .summary = Behind a proxy, either the registry refuses the proxy's egress address or the Docker daemon's proxy setting is missing or wrong.
    .answer-registry-rules = 403 Forbidden, and the daemon does use the proxy: check the registry's rules
    .answer-proxy-not-configured = proxyconnect tcp: EOF, or the daemon has no proxy setting
