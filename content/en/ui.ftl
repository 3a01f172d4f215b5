# UI strings of the app shell (English). Commands, error strings and JSON never go here.

app-name = ACR network troubleshooter
app-tagline = Find out why pulls from your Azure Container Registry fail behind firewalls, proxies, VNets and private endpoints, and get the exact fix for your registry.
document-title = { $page } · ACR network troubleshooter

skip-to-content = Skip to content
locale-switch-label = Language
main-navigation = Main navigation

home-title = Troubleshoot registry network access
home-intro = Answer a few questions about your client and your registry. Each answer narrows down the cause, and every path ends in a fix you can apply, or in a list of what to collect for a support request.
home-steps-title = How it works
home-step-symptom = Pick the symptom or error message you see.
home-step-questions = Answer questions about DNS, proxies, firewalls and private endpoints.
home-step-fix = Copy commands and firewall rules generated for your registry name and regions.
home-privacy = Everything runs in your browser. Nothing you type leaves this page.

not-found-title = Page not found
not-found-body = There is no page at “{ $path }”. The link may be mistyped or out of date.
not-found-home-link = Go to the start page

footer-version = Version { $version } · built { $date }

crash-title = Something went wrong
crash-body = The page stopped working. Reloading the start page usually helps.
crash-reset = Reload the start page
crash-details = Details for a bug report (the values you entered are left out):

kind-symptom = Symptom
kind-question = Question
kind-check = Check
kind-cause = Cause
kind-fix = Fix
kind-reference = Reference
node-errors-title = Messages you may see
node-answers-title = Your answer
node-next-title = Next step
node-still-failing-title = Still failing?
node-still-failing-intro = If the Verify step above fails, pick what it showed:
node-related-title = Related steps
node-restart = Start over
node-back = Back to the previous question
body-loading = Loading this step's explanation…
body-failed = This step's explanation could not be loaded. The steps, commands and links below still work.
body-retry = Try again
strings-failed = The guide's texts in this language could not be loaded. Check the connection, then try again.
step-tools-label = This step
trail-title = How you got here
copy-link = Copy link to this step
copy-link-done = Link copied.
copy-link-failed = Could not copy: copy the address from the address bar instead.

theme-toggle-label = Color scheme: { $current }. Change it
theme-auto = System
theme-light = Light
theme-dark = Dark

storage-discarded-version = Your saved values were stored by another version of this guide and have been cleared.
storage-discarded-unreadable = Your saved values could not be read and have been cleared.
notice-dismiss = Dismiss

not-found-suggestions = Did you mean one of these steps?

environment-title = Your environment
environment-intro = Fill in what you know. The values stay in this browser and in the page address, so a copied link carries them.
input-registry = Registry name
input-registry-hint = The name before .azurecr.io, for example contoso.
input-resource-group = Resource group of the registry
input-resource-group-hint = For example rg-containers.
input-subscription = Subscription
input-subscription-hint = Subscription name or ID; leave empty to use the current az CLI subscription.
input-cloud = Azure cloud
input-cloud-hint = public, china or usgov.
input-region = Home region of the registry
input-region-hint = For example westeurope.
input-replica = Replica regions
input-replica-hint = Regions the registry is geo-replicated to, separated by commas.
input-data-endpoints = Dedicated data endpoints
input-data-endpoints-hint = on or off.
input-regional-endpoints = Regional endpoints
input-regional-endpoints-hint = On when the registry has regional endpoints (<registry>.<region>.geo.azurecr.io, a preview feature): clients then reach those names too.
input-client-ip = Client IP addresses
input-client-ip-hint = Public addresses or CIDR ranges the registry sees, separated by commas.
input-proxy = HTTPS proxy
input-proxy-hint = For example http://proxy.contoso.com:3128.
input-no-proxy = Proxy exceptions
input-no-proxy-hint = Hosts and ranges that bypass the proxy, separated by commas.
input-vnet = Virtual network
input-vnet-hint = Name of the VNet the clients are in.
input-subnet = Subnet
input-subnet-hint = Name of the subnet the clients or the private endpoint are in.
input-vnet-resource-group = Resource group of the virtual network
input-vnet-resource-group-hint = Leave empty if it is the registry's resource group.
input-private-endpoint = Private endpoint
input-private-endpoint-hint = Name of the registry's private endpoint.
input-aks-cluster = AKS cluster
input-aks-cluster-hint = Name of the Kubernetes cluster that pulls images.
input-aks-resource-group = Resource group of the AKS cluster
input-aks-resource-group-hint = For example rg-aks.
input-firewall = Azure Firewall
input-firewall-hint = Name of the firewall that filters outbound traffic.
input-firewall-resource-group = Resource group of the firewall
input-firewall-resource-group-hint = For example rg-hub.
input-firewall-policy = Azure Firewall Policy
input-firewall-policy-hint = Name of the firewall policy that holds the rules (in the firewall's resource group).
input-nsg = Network security group
input-nsg-hint = Name of the NSG on the clients' subnet.
input-vm = Virtual machine
input-vm-hint = A VM (or AKS node) that cannot pull: its network path is checked from here.
input-vm-resource-group = Resource group of the VM
input-vm-resource-group-hint = For AKS nodes, the node resource group (MC_…).
input-workspace = Log Analytics workspace
input-workspace-hint = Resource ID of the workspace that receives the registry's logs.
input-private-dns-zone = Central private DNS zone
input-private-dns-zone-hint = Resource ID of an existing privatelink zone to use instead of creating one, e.g. the hub's central zone.
input-client-vnet = Client virtual networks
input-client-vnet-hint = Resource IDs of the VNets whose clients pull (and of the DNS forwarder's VNet), comma-separated.
input-dns-forwarder = DNS forwarder in Azure
input-dns-forwarder-hint = IP address that on-premises DNS forwards the registry's domain to: a DNS forwarder VM in a VNet linked to the private zone, or an Azure DNS Private Resolver inbound endpoint.
input-shell = Shell
input-shell-hint = bash or powershell.

input-not-set = (not set)
snippets-title = Commands for your environment
snippets-copy-all = Copy all
snippets-download-all = Download as script
snippet-copy = Copy
snippet-copied = Copied.
snippet-copy-failed = Could not copy: select the text instead.
snippet-download = Download

offline-download = Download for offline use
offline-download-hint = One HTML file that works without a network: open it from disk, even on the machine that cannot reach the registry.
update-available = A new version of this guide is available.
update-reload = Reload

paste-title = Start from your error message
paste-label = Paste an error, pod events, az acr check-health output or a log
paste-hint = It is matched in this browser only; the text is not stored or put into the address.
paste-button = Find the step
paste-results = Steps that match
paste-confidence = { $percent }% match
paste-no-match = No confident match. Pick the symptom that fits best below.
paste-found-values = The text names these values:
paste-use-values = Use these values
paste-values-applied = Values filled in.
paste-code = check-health code: { $code }
paste-status = HTTP status: { $status }
paste-dialed-private = The connection went to { $address }, a private address (a private endpoint or internal route).
paste-dialed-public = The connection went to { $address }, a public address.
paste-typo = The text says azureacr.io: the registry domain is azurecr.io.
paste-one-of-two = The text fits two steps equally well: { $first } or { $second }.
paste-tell-apart = The step that tells them apart:
paste-no-match-cli = No confident match. List the symptoms with: acr-net-guide nodes
