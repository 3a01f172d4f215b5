# Az acr check-health connectivity codes and LOGIN_SERVER_ERROR (English).

node-connectivity-dns-error = CONNECTIVITY_DNS_ERROR: the login server name does not resolve
    .summary = The health check could not resolve the registry's login server name to an address from this machine.
    .answer-next = Check what the registry name resolves to

node-connectivity-forbidden-error = CONNECTIVITY_FORBIDDEN_ERROR: the registry answered 403
    .summary = The login server refused the health check's anonymous request with 403, so the registry's network rules turn this client away.
    .answer-next = Check the registry's public access and network rules

node-connectivity-challenge-error = CONNECTIVITY_CHALLENGE_ERROR: no challenge from the registry
    .summary = The request to the login server's /v2/ endpoint failed or brought no challenge, which usually means HTTPS traffic on port 443 does not get through.
    .answer-next = Test HTTPS to the login server

node-connectivity-ssl-error = CONNECTIVITY_SSL_ERROR: no secure connection, often a proxy
    .summary = The TLS handshake between the Azure CLI and the login server failed, most often because a proxy inspects HTTPS traffic.
    .answer-next = Find out why the TLS connection fails

node-connectivity-aad-login-error = CONNECTIVITY_AAD_LOGIN_ERROR: Microsoft Entra sign-in not supported
    .summary = The login server sent a challenge, but not one that lets the Azure CLI exchange your Microsoft Entra ID sign-in for registry tokens.
    .answer-next = Troubleshoot registry sign-in

node-connectivity-www-authenticate-error = CONNECTIVITY_WWW_AUTHENTICATE_ERROR: the registry did not ask for basic or bearer authentication
    .summary = The answer to the health check's /v2/ request asked for an authentication scheme the CLI does not know, so another device is probably answering.
    .answer-next = Test what answers on port 443

node-connectivity-refresh-token-error = CONNECTIVITY_REFRESH_TOKEN_ERROR: no refresh token, access denied
    .summary = The path to the login server works, but the token service refused a refresh token because of permissions, a stale sign-in or network rules.
    .answer-next = Find out whether network rules or permissions cause the denial

node-connectivity-access-token-error = CONNECTIVITY_ACCESS_TOKEN_ERROR: no access token, access denied
    .summary = A refresh token was issued but the access token was refused, which usually points to permissions rather than the network path.
    .answer-next = Find out whether network rules or permissions cause the denial

node-connectivity-toomanyrequests-error = CONNECTIVITY_TOOMANYREQUESTS_ERROR: too many requests
    .summary = The registry's authentication service throttled the token request because it received too many requests; wait and retry.
    .answer-next = Deal with throttling and slow requests

node-login-server-error = LOGIN_SERVER_ERROR: the login server could not be found
    .summary = The Azure CLI could neither find the registry nor build its login server name, so no connection was attempted.
    .answer-next = Correct the registry name or cloud
