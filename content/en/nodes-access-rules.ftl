# Registry network rules, public access, and Azure services pulling from a restricted registry (English).

node-client-ip-not-allowed = The registry refuses your client's IP address
    .summary = The request reached the registry, but its network rules refused the address it came from.
    .answer-next = Check the registry's network rules

node-check-network-rules = Check the registry's public access and network rules
    .summary = Read the public access setting, default action, IP rules and VNet rules, and compare them with the address in the error.
    .answer-public-disabled-private-endpoint = Public access is disabled because we use a private endpoint, and this client should reach it
    .answer-public-disabled = Public access is disabled, and this client has no private path: it is meant to use the public endpoint
    .answer-selected-networks = Selected networks, and my address is not in the IP rules
    .answer-service-endpoint = The client reaches the registry through a service endpoint in its subnet
    .answer-app-service = The client is an App Service app
    .answer-all-networks = All networks are allowed

node-configure-public-access-to-registry = Configure public access to the registry
    .summary = Choose between all networks, selected networks and disabled public access, and apply IP rules without locking clients out.
    .still-failing-still-403 = curl still answers 403: this client's address is refused
    .still-failing-timeout = curl times out instead of answering

node-fix-allow-client-ip = Allow the client's public IP address
    .summary = Add an IP rule for the public egress address the registry sees, not for the client's private address.
    .still-failing-private-endpoint = Still 403, and the registry also has a private endpoint this client should use
    .still-failing-different-address = Still 403, with an address you did not expect: find the one the registry sees

node-fix-app-service-access = Let App Service pull from a restricted registry
    .summary = App Service is not a trusted service: allow all of its outbound addresses, or pull over a private endpoint with VNet integration.
    .still-failing-unauthorized = The log now says unauthorized: the network works, the credentials do not
    .still-failing-resolves-public = With VNet integration, the registry still resolves to a public address from the app

node-fix-pipeline-agents = Run Azure DevOps registry steps on a self-hosted agent
    .summary = Microsoft-hosted agents have changing addresses and cannot use private endpoints, so move registry jobs to an agent in your network.
    .still-failing-still-403 = The agent still gets 403: its egress address is not allowed
    .still-failing-resolves-public = With a private endpoint, the agent resolves the registry to a public address

node-azure-service-cannot-pull = An Azure service cannot pull from the registry
    .summary = AKS, App Service, Container Instances, Container Apps and pipeline agents each reach the registry differently, and that decides the fix.
    .answer-aks = Azure Kubernetes Service (AKS)
    .answer-app-service = App Service (Web App for Containers)
    .answer-container-instances = Azure Container Instances
    .answer-container-apps = Azure Container Apps
    .answer-devops-agents = Azure DevOps pipelines on Microsoft-hosted agents or Managed DevOps Pools

node-check-aks-pull = Check why AKS cannot pull the image
    .summary = Read the pod events and run az aks check-acr, then match the error to its cause.
    .answer-private-ip-timeout = i/o timeout to a private address
    .answer-public-ip-timeout = i/o timeout, connection reset by peer or EOF to a public address (login server or data endpoint)
    .answer-anonymous-403-private-link = 403 Forbidden on the anonymous token, and the registry has a private endpoint
    .answer-anonymous-403-public = 403 Forbidden on the anonymous token, and there is no private endpoint
    .answer-oauth-401 = 401 Unauthorized on the oauth token
    .answer-tls-handshake-timeout = TLS handshake timeout
    .answer-no-such-host = no such host: the registry name does not resolve
    .answer-mcr-images-fail = System pods or images from mcr.microsoft.com fail to pull as well
    .answer-exec-format = exec format error, or no match for platform in manifest

node-fix-image-platform = Match the image platform to the nodes
    .summary = The image has no variant for the node's architecture or operating system: push a multi-platform image or schedule on matching nodes.
    .still-failing-other-pull-error = The platform matches, but the pod now fails with another pull error

node-fix-container-apps-pull = Let Azure Container Apps pull from a restricted registry
    .summary = Container Apps is not a trusted service: pull over a private endpoint from an environment in your own VNet, or allow a fixed egress address.
    .still-failing-unauthorized = The revision now fails with unauthorized, or the identity cannot get a token
    .still-failing-resolves-public = The environment's VNet resolves the registry to a public address
