# Portal, network settings, ACR Tasks, image scanning, trusted services, sign-in and throttling (English).

node-portal-cannot-manage = The portal or the CLI cannot show repositories or settings
    .summary = Repository lists come from the registry and obey its network rules, while settings depend on your Azure role.
    .answer-private-only = Public access is disabled and the registry has a private endpoint
    .answer-selected-networks = Public access is limited to selected networks and my address is not allowed
    .answer-permissions = The registry is reachable, but my identity lacks a role

node-fix-portal-private-access = Browse a private registry from inside its network
    .summary = List repositories of a private-only registry from a client that reaches the private endpoint, or open a narrow IP rule.

node-network-settings-rejected = The registry's network settings cannot be saved
    .summary = Failed to save firewall and virtual network settings usually means a non-Premium tier, an unregistered provider or a mixed setup.
    .answer-sku = The registry is on the Basic or Standard tier
    .answer-other-subscription = The virtual network is in another subscription
    .answer-service-endpoint-mix = Service endpoint rules and a private endpoint are being combined

node-fix-premium-sku = Upgrade the registry to the Premium tier
    .summary = Network rules, private endpoints and dedicated data endpoints need Premium; the upgrade is one command without downtime.

node-fix-register-provider = Register the container registry resource provider in the VNet's subscription
    .summary = Register Microsoft.ContainerRegistry in the subscription that holds the virtual network, then save the settings again.

node-fix-service-endpoint = Repair the service endpoint setup or move to a private endpoint
    .summary = Service endpoints are a Premium preview for AKS and VMs only; fix the subnet and VNet rule, or better, switch to a private endpoint.

node-tasks-cannot-pull-push = ACR Tasks cannot pull or push
    .summary = Tasks run on shared Azure compute with public addresses, so a network-restricted registry refuses them.
    .answer-trusted-services = The task uses a managed identity and the registry is restricted by IP rules or a private endpoint
    .answer-public-access-disabled = Public network access is disabled, or the task must run inside my VNet

node-fix-tasks-agent-pool = Run tasks on a dedicated agent pool in your VNet
    .summary = An agent pool runs tasks in your subnet, so they reach the registry through its private endpoint.

node-image-scanning-missing = Defender for Cloud shows no scan results for the registry
    .summary = After network restrictions the scanner is refused unless the registry lets trusted Microsoft services through.
    .answer-next = Let Defender for Cloud scan the registry

node-configure-image-scanning-solution = Configure image scanning for a restricted registry
    .summary = Defender for Cloud is a trusted service since 2021: enable the firewall exception instead of buying a third-party scanner.

node-allow-trusted-services = Allow trusted Azure services through the registry firewall
    .summary = Container Instances, Defender for Cloud, Machine Learning and image import can bypass network rules; App Service cannot.

node-unauthorized = The registry answers unauthorized
    .summary = A 401 means the network path works and the sign-in or the permissions are wrong.
    .answer-next = Check sign-in and permissions

node-troubleshoot-login = Fix sign-in and permission problems
    .summary = Check the lowercase login server, the roles for the registry's permission mode, and token and role timing.

node-too-many-requests = Requests are throttled
    .summary = A 429 comes from the registry's per-tier limits; pull QPS exceeded comes from the kubelet's own limit.
    .answer-next = Reduce throttling

node-troubleshoot-performance = Fix throttling, slow pulls and geo-replication errors
    .summary = Back off and spread load on 429s, check which replica DNS picks, and allow for replication delay after a push.

node-q-token-denied = Token refused: network rules or permissions?
    .summary = The token service runs on the login server, so a refused token can come from network rules or from missing permissions.
    .answer-network-rules = My address is refused: 403 without credentials, or restrictive network rules
    .answer-permissions = My address gets through: 401 with a challenge, or all networks are allowed
