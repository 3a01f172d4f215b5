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

kind-symptom = Symptom
kind-question = Question
kind-check = Check
kind-cause = Cause
kind-fix = Fix
kind-reference = Reference
node-errors-title = Messages you may see
node-answers-title = Your answer
node-next-title = Next step
node-related-title = Related steps
node-restart = Start over
