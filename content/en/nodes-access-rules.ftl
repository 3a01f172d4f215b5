# Registry network rules, public access, and Azure services pulling from a restricted registry (English).

node-client-ip-not-allowed = The registry refuses your client's IP address
    .summary = The request reached the registry, but its network rules refused the address it came from.
    .answer-next = Check the registry's network rules

node-check-network-rules = Check the registry's public access and network rules
    .summary = Read the public access setting, default action, IP rules and VNet rules, and compare them with the address in the error.
    .answer-public-disabled = Public network access is disabled
    .answer-selected-networks = Selected networks, and my address is not in the IP rules
    .answer-service-endpoint = The client reaches the registry through a service endpoint in its subnet
    .answer-app-service = The client is an App Service app
    .answer-all-networks = All networks are allowed

node-configure-public-access-to-registry = Configure public access to the registry
    .summary = Choose between all networks, selected networks and disabled public access, and apply IP rules without locking clients out.

node-fix-allow-client-ip = Allow the client's public IP address
    .summary = Add an IP rule for the public egress address the registry sees, not for the client's private address.

node-fix-app-service-access = Let App Service pull from a restricted registry
    .summary = App Service is not a trusted service: allow all of its outbound addresses, or pull over a private endpoint with VNet integration.

node-fix-pipeline-agents = Run Azure DevOps registry steps on a self-hosted agent
    .summary = Microsoft-hosted agents have changing addresses and cannot use private endpoints, so move registry jobs to an agent in your network.

node-azure-service-cannot-pull = An Azure service cannot pull from the registry
    .summary = AKS, App Service, Container Instances and pipeline agents each reach the registry differently, and that decides the fix.
    .answer-aks = Azure Kubernetes Service (AKS)
    .answer-app-service = App Service (Web App for Containers)
    .answer-container-instances = Azure Container Instances
    .answer-devops-agents = Azure DevOps pipelines on Microsoft-hosted agents

node-check-aks-pull = Check why AKS cannot pull the image
    .summary = Read the pod events and run az aks check-acr, then match the error to its cause.
    .answer-private-ip-timeout = i/o timeout to a private address
    .answer-anonymous-403-private-link = 403 Forbidden on the anonymous token, and the registry has a private endpoint
    .answer-anonymous-403-public = 403 Forbidden on the anonymous token, and there is no private endpoint
    .answer-oauth-401 = 401 Unauthorized on the oauth token
    .answer-tls-handshake-timeout = TLS handshake timeout
    .answer-no-such-host = no such host: the registry name does not resolve
    .answer-exec-format = exec format error, or no match for platform in manifest

node-fix-image-platform = Match the image platform to the nodes
    .summary = The image has no variant for the node's architecture or operating system: push a multi-platform image or schedule on matching nodes.
