# `acr-net-guide probe` report (English). Only the command line shows these: they are compiled into the native
# build and never into the web build's strings files. Host names, addresses and HTTP statuses are arguments.

probe-title = Checks of { $host } from this machine
probe-needs-registry = The probe needs a registry: give --registry NAME.
probe-env-invalid = { $variable } from the environment: { $rule }
probe-ca-file-invalid = --ca-file { $path } cannot be read: { $error }

probe-proxy = Proxy: { $proxy } (from { $source })
probe-proxy-none = Proxy: none, connections go directly
probe-proxy-credentials = The proxy setting holds a user name and password. The probe never sends credentials, so a proxy that asks for them answers 407 here.
probe-no-proxy = Not through the proxy (NO_PROXY): { $entries }
probe-daemon-proxy = Docker daemon: proxy { $proxy } (set in { $source })
probe-daemon-direct = Docker daemon: no proxy set, it connects directly
probe-daemon-unknown = Docker daemon: its proxy setting cannot be read on this machine
probe-daemon-differs = The Docker daemon uses the proxy { $proxy }, this shell does not: to test the daemon's path, run the probe again with --proxy { $proxy }.
probe-resolver-azure = DNS server: Azure DNS (168.63.129.16)
probe-resolver-own = DNS server: { $server } (your own, not Azure DNS)
probe-resolver-unknown = DNS server: unknown

probe-role-login-server = Login server
probe-role-data-endpoint = Data endpoint, { $region }
probe-role-regional-endpoint = Regional endpoint, { $region }
probe-role-certificate-host = Certificate host
probe-role-mcr = Microsoft Container Registry (MCR)

probe-address-private = private
probe-address-public = public
probe-dns-found = resolves to { $addresses } ({ $kind })
probe-dns-chain = CNAME chain from { $server }: { $chain }
probe-dns-no-such-name = does not resolve: no such name
probe-dns-no-answer = no answer from the DNS server in time
probe-dns-failed = the lookup failed: { $error }
probe-dns-feature-off = does not resolve: dedicated data endpoints are probably off, so the other checks are skipped
probe-dns-proxied = this machine does not resolve it; the proxy resolves it instead
probe-dns-private-expected = a public address, but this client should reach the registry through its private endpoint
probe-dns-private-through-proxy = a private endpoint address, but the name goes through the proxy, which reaches the public endpoint instead
probe-azure-dns-found = Azure DNS (168.63.129.16) resolves it: { $addresses }
probe-azure-dns-no-such-name = Azure DNS (168.63.129.16) cannot resolve it either
probe-azure-dns-no-answer = Azure DNS (168.63.129.16) did not answer; it answers only inside Azure

probe-tcp-open = port 443 open at { $address }
probe-tcp-tunnel = the proxy { $proxy } opened a tunnel (CONNECT answered 200)
probe-tcp-timed-out = no answer from { $address }: something drops the packets
probe-tcp-refused = { $address } refused the connection
probe-tcp-reset = { $address } reset the connection
probe-tcp-closed = { $address } closed the connection at once
probe-tcp-failed = the connection to { $address } failed: { $error }
probe-proxy-unreachable = the proxy { $proxy } cannot be reached: { $failure }
probe-proxy-refused = the proxy refused the tunnel (403): its policy blocks this host
probe-proxy-auth = the proxy wants credentials (407); the probe sends none
probe-proxy-status = the proxy answered CONNECT with { $status }: it could not reach the host

probe-failure-timed-out = no answer in time
probe-failure-refused = connection refused
probe-failure-reset = connection reset
probe-failure-closed = connection closed
probe-failure-other = { $error }

probe-tls-trusted = certificate issued by { $issuer }, a public authority
probe-tls-inspected = certificate issued by { $issuer }, which is not a public authority: something inspects the traffic, and this machine trusts its certificate authority
probe-tls-intercepted = certificate issued by { $issuer }, which is not a public authority: a proxy or security product inspects the traffic, and this machine does not trust it
probe-tls-outdated = certificate issued by { $issuer }, a public authority this machine does not trust: its list of trusted authorities is out of date
probe-tls-expired = the certificate issued by { $issuer } has expired
probe-tls-wrong-name = the certificate issued by { $issuer } is not valid for this name
probe-tls-refused = the certificate issued by { $issuer } was refused: { $error }
probe-tls-no-certificate = the handshake ended before a certificate arrived: { $failure }

probe-http-challenge = GET /v2/ answers 401 with a Bearer challenge: the registry is reachable
probe-http-answer = GET /v2/ answers { $status }
probe-http-forbidden-ip = GET /v2/ answers 403: the registry refuses the address { $address }
probe-http-forbidden = GET /v2/ answers 403 Forbidden
probe-http-throttled = GET /v2/ answers 429: too many requests
probe-http-no-bearer = GET /v2/ answers { $status } without a Bearer challenge: something other than the registry answers
probe-http-no-answer = no HTTP answer: { $failure }
probe-not-run = not run: an earlier check failed

probe-answers = Answers the checks gave:
probe-fix = Fix: { $title } ({ $id })
probe-question = The checks stop at this question, answer it in the guide: { $title } ({ $id })
probe-passed = Every check passed from this machine. If pulls still fail, the cause lies elsewhere: { $title } ({ $id })
probe-daemon-without-proxy = Every check passed through the proxy, but the Docker daemon has no proxy set: its pulls go out directly.
probe-found-ip = The registry sees this machine as { $address }: it is in the link as a client address.
probe-open = Open in the guide: { $link }
