# Entry, reference-article sections, DNS and private endpoint branch (English).

node-start = What do you see?
    .summary = Pick the error message or situation that matches your problem to start the diagnosis.
    .answer-dns = dial tcp: lookup … no such host, or context deadline exceeded: the registry name does not resolve
    .answer-timeout = Client.Timeout exceeded while awaiting headers or TLS handshake timeout: the connection hangs
    .answer-cli-login-server = Azure CLI says Could not connect to the registry login server
    .answer-ip-denied = denied: client with IP … is not allowed access
    .answer-proxy-403 = Behind a proxy: login attempt failed with status: 403 Forbidden, or proxyconnect tcp: EOF
    .answer-tls = x509: certificate signed by unknown authority, or another TLS error
    .answer-data-endpoint = Sign-in works but layer downloads fail: download failed after attempts=6 … i/o timeout
    .answer-azure-service = AKS, App Service, Container Instances or a pipeline cannot pull images
    .answer-portal = The portal or the CLI cannot show repositories or registry settings
    .answer-settings-rejected = Failed to save firewall and virtual network settings for container registry
    .answer-tasks = ACR Tasks or az acr build cannot pull or push
    .answer-scanning = Microsoft Defender for Cloud shows no scan results for the registry's images
    .answer-unauthorized = unauthorized: authentication required, or 401 Unauthorized
    .answer-access-denied = denied: requested access to the resource is denied
    .answer-throttled = toomanyrequests: Too many requests, or pull QPS exceeded
    .answer-health-code = I have an error code from az acr check-health
    .answer-browse-causes = Not sure: browse the common causes
    .answer-browse-fixes = Browse the possible solutions

node-causes = Common causes of registry network problems
    .summary = The usual reasons a client cannot reach a registry, from firewalls and proxies to private endpoint DNS.
    .answer-client-firewall = A client or perimeter firewall blocks the registry endpoints
    .answer-proxy = An HTTPS proxy is not configured for the Docker daemon, or rejects the traffic
    .answer-public-access-rules = The registry's public network access rules block the client
    .answer-vnet = The virtual network configuration blocks access
    .answer-egress-firewall = Azure Firewall or another appliance filters outbound traffic
    .answer-private-dns = The registry name does not resolve to the private endpoint
    .answer-data-endpoints = Layer downloads go to data endpoints or replica regions that are not allowed
    .answer-azure-services = An Azure service cannot reach a network-restricted registry
    .answer-scanning = Image scanning stopped after the registry was restricted
    .answer-authentication = It is really an authentication or permission problem
    .answer-throttling = Requests are throttled or slow

node-potential-solutions = Possible solutions
    .summary = The four areas where registry network access is fixed: client firewall, public access, VNet access and image scanning.
    .answer-client-firewall = Configure client firewall and proxy access
    .answer-public-access = Configure public access to the registry
    .answer-vnet = Configure VNet access
    .answer-scanning = Restore image scanning

node-further-diagnosis = Run the registry health check
    .summary = Run az acr check-health, add --vnet for private endpoints, and pick the error code it reports.
    .answer-connectivity-dns-error = CONNECTIVITY_DNS_ERROR: the login server name does not resolve
    .answer-connectivity-forbidden-error = CONNECTIVITY_FORBIDDEN_ERROR: the registry answered 403
    .answer-connectivity-challenge-error = CONNECTIVITY_CHALLENGE_ERROR: no challenge from the registry
    .answer-connectivity-ssl-error = CONNECTIVITY_SSL_ERROR: no secure connection, often a proxy
    .answer-connectivity-aad-login-error = CONNECTIVITY_AAD_LOGIN_ERROR: Microsoft Entra sign-in not supported
    .answer-connectivity-www-authenticate-error = CONNECTIVITY_WWW_AUTHENTICATE_ERROR: the registry did not ask for basic or bearer authentication
    .answer-connectivity-refresh-token-error = CONNECTIVITY_REFRESH_TOKEN_ERROR: no refresh token, access denied
    .answer-connectivity-access-token-error = CONNECTIVITY_ACCESS_TOKEN_ERROR: no access token, access denied
    .answer-connectivity-toomanyrequests-error = CONNECTIVITY_TOOMANYREQUESTS_ERROR: too many requests
    .answer-login-server-error = LOGIN_SERVER_ERROR: the login server could not be found
    .answer-docker-command-error = DOCKER_COMMAND_ERROR: Docker client not found
    .answer-docker-daemon-error = DOCKER_DAEMON_ERROR: Docker daemon not running or unreachable
    .answer-docker-version-error = DOCKER_VERSION_ERROR: Docker version could not be read
    .answer-docker-pull-error = DOCKER_PULL_ERROR: the test pull from MCR failed
    .answer-helm-command-error = HELM_COMMAND_ERROR: Helm not found
    .answer-helm-version-error = HELM_VERSION_ERROR: Helm version unreadable or too old
    .answer-notary-command-error = NOTARY_COMMAND_ERROR: Notary not found
    .answer-notary-version-error = NOTARY_VERSION_ERROR: incompatible Notary version
    .answer-cmk-error = CMK_ERROR: the encryption identity does not exist
    .answer-unexpected-error = UNEXPECTED_ERROR: an unexpected error
    .answer-vnet-routing-failed = The --vnet check ends with DNS routing verification failed
    .answer-all-ok-layers-fail = Every check passes, but layer downloads hang or time out during a pull
    .answer-all-ok-daemon-proxy = Every check passes in the shell, but docker pull times out: this network needs a proxy
    .answer-all-ok = Every check passes and pulls work from here: the failure is elsewhere or comes and goes

node-advanced-troubleshooting = Read the registry's resource logs
    .summary = Turn on diagnostic settings and query ContainerRegistryLoginEvents to see which callers are refused and why.
    .answer-denied-ip = Failures come from an address that the network rules do not allow
    .answer-auth-failures = Failures are tied to an identity, such as 401 responses
    .answer-no-events = There is no event at all for my attempts: they never reach the registry
    .answer-nothing-conclusive = The logs show nothing conclusive

node-next-steps = Still stuck: what to collect for a support request
    .summary = The details to gather before you open a support request, and where to go for sign-in or performance problems.

node-dns-lookup-fails = The registry name does not resolve
    .summary = The client cannot turn the login server name into an IP address, so no connection is made.
    .answer-next = Look up the name

node-check-nslookup = Check what the registry name resolves to
    .summary = Resolve the login server from the failing machine and compare the answer with what your network setup expects.
    .answer-no-answer = No answer, NXDOMAIN or a timeout, with no privatelink name in it
    .answer-privatelink-nxdomain = A CNAME to <name>.privatelink.azurecr.io, then no address (NXDOMAIN)
    .answer-public-but-private-expected = A public address, although I use a private endpoint
    .answer-private-address = A private address (for example 10.x.x.x)
    .answer-public-address = A public address, and I do not use a private endpoint

node-check-azure-dns = Ask Azure DNS directly
    .summary = Query 168.63.129.16 to tell a problem with your DNS server from a wrong registry name.
    .answer-resolves = Azure DNS resolves the name
    .answer-fails-too = Azure DNS cannot resolve it either

node-private-endpoint-dns = Private endpoint DNS is not applied
    .summary = The registry or its data endpoints resolve to public addresses, or not at all, instead of the private endpoint.
    .answer-azure-dns = The clients use Azure-provided DNS
    .answer-custom-dns = The clients use our own DNS servers
    .answer-new-replica = We recently added a replica region
    .answer-partner-registry = The failing name is another organisation's registry (a vendor or partner), not ours

node-fix-client-dns = Fix the client's DNS resolution
    .summary = Make the DNS server your client uses resolve the registry the way Azure DNS does.
    .still-failing-still-different = The answers still differ, and the machine uses your own DNS servers
    .still-failing-resolves-connect-fails = The name resolves now, but the connection fails

node-fix-registry-name = Correct the registry name or cloud
    .summary = Check the spelling, existence and Azure cloud of the registry when even Azure DNS cannot resolve it.
    .still-failing-name-correct = The name is correct and the registry exists, but it still does not resolve from this network
    .still-failing-resolves-connect-fails = The name resolves now, but the connection fails

node-fix-private-dns-zone = Fix the private DNS zone and its VNet links
    .summary = Put the login server and data endpoint records in privatelink.azurecr.io and link the zone to every client VNet.
    .still-failing-custom-dns = The VNet uses your own DNS servers, and they still return a public address
    .still-failing-resolves-private-timeout = The name resolves privately now, but the connection times out

node-fix-dns-forwarder = Forward DNS from your own servers to Azure DNS
    .summary = Make custom and on-premises DNS servers forward azurecr.io queries so clients get the private endpoint addresses.
    .still-failing-resolves-private-timeout = The name resolves privately now, but the connection times out
    .still-failing-others-nxdomain = Your registry works, but other organisations' registries no longer resolve

node-fix-replica-private-endpoint = Extend the private endpoint to a new replica
    .summary = Give a newly added replica region its private address, DNS record and firewall rule.
    .still-failing-resolves-public = The new region's data endpoint still resolves to a public address
    .still-failing-resolves-private-timeout = It resolves privately, but connections to it time out

node-fix-private-endpoint-routing = Fix routing to the private endpoint
    .summary = The name resolves to the private endpoint but connections time out: fix peering, hub firewall rules and routes.
    .still-failing-dns-not-private = The login server or a data endpoint resolves to a public address from this client
    .still-failing-route-ok-still-timeout = Peering and routes look right, but nc still times out

node-configure-vnet-access = Configure VNet access
    .summary = Find which virtual network mechanism or control stands between your client and the registry.
    .answer-private-endpoint = We use a private endpoint
    .answer-peering = The client is in a peered or spoke VNet
    .answer-service-endpoint = We use a service endpoint
    .answer-azure-firewall = Outbound traffic goes through Azure Firewall or an appliance
    .answer-nsg = Network security groups filter outbound traffic

node-data-endpoints-and-replicas = Data endpoints and replica regions
    .summary = Sign-in works but image layers come from other hosts, one per replica region, that must be reachable too.
    .answer-layers-time-out = nc to a data endpoint, or to the storage host in the error, times out or is reset
    .answer-just-enabled = It broke right after someone enabled dedicated data endpoints or added a private endpoint
    .answer-resolves-public = The registry has a private endpoint, but a data endpoint resolves to a public address or not at all
    .answer-new-replica = Only one region fails, and its replica was added recently

node-fix-dedicated-data-endpoints = Enable dedicated data endpoints safely
    .summary = Move layer downloads to your registry's own data endpoint names, adding the firewall rules first.
    .still-failing-timeout = nc to a data endpoint still times out or is reset
    .still-failing-resolves-public = The registry has a private endpoint, and a data endpoint resolves to a public address

node-fix-private-zone-fallback = Let your private DNS zone fall back to public resolution for other registries
    .summary = A linked privatelink.azurecr.io zone answers NXDOMAIN for every registry it has no record for; enable fallback to internet on the VNet link.
    .still-failing-custom-dns = Clients that use your own DNS servers still get NXDOMAIN
    .still-failing-own-registry-public = Your own registry now resolves to a public address from the VNet
