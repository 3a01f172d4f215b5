# Portal, network settings, ACR Tasks, image scanning, trusted services, sign-in and throttling (English).

node-portal-cannot-manage = The portal or the CLI cannot show repositories or settings
    .summary = Repository lists come from the registry and obey its network rules, while settings depend on your Azure role.
    .answer-private-only = Public access is disabled and the registry has a private endpoint
    .answer-selected-networks = Public access is limited to selected networks and my address is not allowed
    .answer-permissions = The registry is reachable, but my identity lacks a role

node-fix-portal-private-access = Browse a private registry from inside its network
    .summary = List repositories of a private-only registry from a client that reaches the private endpoint, or open a narrow IP rule.
    .still-failing-still-403 = The list command still returns 403 from your address
    .still-failing-permissions = The command gets through, but reports missing permissions

node-network-settings-rejected = The registry's network settings cannot be saved
    .summary = Failed to save firewall and virtual network settings usually means a non-Premium tier, an unregistered provider or a mixed setup.
    .answer-sku = The registry is on the Basic or Standard tier
    .answer-other-subscription = The virtual network is in another subscription
    .answer-service-endpoint-mix = Service endpoint rules and a private endpoint are being combined

node-fix-premium-sku = Upgrade the registry to the Premium tier
    .summary = Network rules, private endpoints and dedicated data endpoints need Premium; the upgrade is one command without downtime.
    .still-failing-same-error = The registry is Premium, and saving still fails with the same error

node-fix-register-provider = Register the container registry resource provider in the VNet's subscription
    .summary = Register Microsoft.ContainerRegistry in the subscription that holds the virtual network, then save the settings again.
    .still-failing-same-error = The provider is Registered, and saving still fails with the same error

node-fix-service-endpoint = Repair the service endpoint setup or move to a private endpoint
    .summary = Service endpoints are a Premium preview for AKS and VMs only; fix the subnet and VNet rule, or better, switch to a private endpoint.
    .still-failing-still-403 = Login still returns 403 from a VM in that subnet
    .still-failing-other-subscription = Adding the subnet rule fails, and the VNet is in another subscription

node-tasks-cannot-pull-push = ACR Tasks cannot pull or push
    .summary = Tasks run on shared Azure compute with public addresses and ACR Tasks is not a trusted service, so a network-restricted registry refuses them.
    .answer-network-restricted = The registry has public access disabled, a private endpoint, or only selected networks
    .answer-import = The failing step is az acr import into a network-restricted registry
    .answer-unauthorized = The task fails with unauthorized or a managed identity error

node-fix-tasks-agent-pool = Run tasks on a dedicated agent pool in your VNet
    .summary = An agent pool runs tasks in your subnet, so they reach the registry through its private endpoint.
    .still-failing-pool-blocked = The pool exists, but runs never start or cannot push: its subnet blocks outbound traffic
    .still-failing-unauthorized = The run reaches the registry and fails with unauthorized

node-image-scanning-missing = Defender for Cloud shows no scan results for the registry
    .summary = After network restrictions the scanner is refused unless the registry lets trusted Microsoft services through.
    .answer-next = Let Defender for Cloud scan the registry

node-configure-image-scanning-solution = Configure image scanning for a restricted registry
    .summary = Defender for Cloud is a trusted service since 2021: enable the firewall exception instead of buying a third-party scanner.
    .still-failing-no-findings = No findings after several hours: read the registry's network settings again
    .still-failing-access-error = Defender for Cloud reports an authentication or permission error

node-allow-trusted-services = Allow trusted Azure services through the registry firewall
    .summary = Container Instances, Defender for Cloud, Machine Learning and image import can bypass network rules; App Service cannot.
    .still-failing-service-not-listed = The service is not on the trusted list (for example App Service, Container Apps or ACR Tasks)
    .still-failing-unauthorized = The pull now fails with unauthorized: the identity lacks a pull role

node-unauthorized = The registry answers unauthorized
    .summary = A 401 means the network path works and the sign-in or the permissions are wrong.
    .answer-next = Check sign-in and permissions

node-troubleshoot-login = Fix sign-in and permission problems
    .summary = Check the lowercase login server, the roles for the registry's permission mode, and token and role timing.
    .still-failing-network-403 = Login now fails with 403, or client with IP … is not allowed access
    .still-failing-logins-fail = Sign-in still fails, and you need to see what the registry recorded

node-too-many-requests = Requests are throttled
    .summary = A 429 comes from the registry's per-tier limits; pull QPS exceeded comes from the kubelet's own limit.
    .answer-next = Reduce throttling

node-troubleshoot-performance = Fix throttling, slow pulls and geo-replication errors
    .summary = Back off and spread load on 429s, check which replica DNS picks, and allow for replication delay after a push.
    .still-failing-one-region = A replica is not online, or failures come from one region only
    .still-failing-still-throttled = Requests are still throttled at this tier: collect the details for a support request

node-q-token-denied = Token refused: network rules or permissions?
    .summary = The token service runs on the login server, so a refused token can come from network rules or from missing permissions.
    .answer-network-rules = My address is refused: 403 without credentials, or restrictive network rules
    .answer-permissions = My address gets through: 401 with a challenge, or all networks are allowed

node-resource-access-denied = The registry answers denied: requested access to the resource is denied
    .summary = The network works and you are signed in; the identity may not push or pull that repository, or the image name points elsewhere.
    .answer-next = Check sign-in and permissions
