# `acr-net-guide probe` raporu (Türkçe). Bu iletileri yalnızca komut satırı gösterir: yerel derlemeye girer, web
# derlemesinin dize dosyalarına hiç girmez. Ana bilgisayar adları, adresler ve HTTP durumları bağımsız değişkendir.

probe-title = { $host } için bu makineden yapılan denetimler
probe-needs-registry = Denetim için bir kayıt defteri gerekir: --registry AD verin.
probe-env-invalid = Ortamdaki { $variable }: { $rule }
probe-ca-file-invalid = --ca-file { $path } okunamıyor: { $error }

probe-proxy = Proxy: { $proxy } ({ $source } değerinden)
probe-proxy-none = Proxy: yok, bağlantılar doğrudan kuruluyor
probe-proxy-credentials = Proxy ayarında kullanıcı adı ve parola var. Denetim hiçbir zaman kimlik bilgisi göndermez; kimlik bilgisi isteyen bir proxy burada 407 yanıtı verir.
probe-no-proxy = Proxy'den geçmeyenler (NO_PROXY): { $entries }
probe-daemon-proxy = Docker daemon'ı: { $proxy } proxy'si ({ $source } içinde ayarlı)
probe-daemon-direct = Docker daemon'ı: proxy ayarı yok, doğrudan bağlanıyor
probe-daemon-unknown = Docker daemon'ı: proxy ayarı bu makinede okunamıyor
probe-daemon-differs = Docker daemon'ı { $proxy } proxy'sini kullanıyor, bu kabuk kullanmıyor: daemon'ın yolunu denetlemek için denetimi --proxy { $proxy } ile yeniden çalıştırın.
probe-resolver-azure = DNS sunucusu: Azure DNS (168.63.129.16)
probe-resolver-own = DNS sunucusu: { $server } (sizin sunucunuz, Azure DNS değil)
probe-resolver-unknown = DNS sunucusu: bilinmiyor

probe-role-login-server = Oturum açma sunucusu
probe-role-data-endpoint = Veri uç noktası, { $region }
probe-role-regional-endpoint = Bölgesel uç nokta, { $region }
probe-role-certificate-host = Sertifika sunucusu
probe-role-mcr = Microsoft Container Registry (MCR)

probe-address-private = özel
probe-address-public = genel
probe-dns-found = { $addresses } adresine çözümleniyor ({ $kind })
probe-dns-chain = { $server } sunucusundan CNAME zinciri: { $chain }
probe-dns-no-such-name = çözümlenmiyor: böyle bir ad yok
probe-dns-no-answer = DNS sunucusu zamanında yanıt vermedi
probe-dns-failed = ad çözümlemesi başarısız oldu: { $error }
probe-dns-feature-off = çözümlenmiyor: ayrılmış veri uç noktaları büyük olasılıkla kapalı, bu yüzden diğer denetimler atlandı
probe-dns-proxied = bu makine adı çözümlemiyor; adı proxy çözümlüyor
probe-dns-private-expected = genel bir adres; oysa bu istemcinin kayıt defterine özel uç nokta üzerinden ulaşması gerekiyor
probe-dns-private-through-proxy = özel uç nokta adresi; ama ad proxy'den geçiyor ve proxy onun yerine genel uç noktaya ulaşıyor
probe-azure-dns-found = Azure DNS (168.63.129.16) adı çözümlüyor: { $addresses }
probe-azure-dns-no-such-name = Azure DNS (168.63.129.16) de adı çözümleyemiyor
probe-azure-dns-no-answer = Azure DNS (168.63.129.16) yanıt vermedi; yalnızca Azure içinden yanıt verir

probe-tcp-open = { $address } adresinde 443 numaralı bağlantı noktası açık
probe-tcp-tunnel = { $proxy } proxy'si bir tünel açtı (CONNECT yanıtı 200)
probe-tcp-timed-out = { $address } adresinden yanıt yok: paketleri bir şey düşürüyor
probe-tcp-refused = { $address } bağlantıyı reddetti
probe-tcp-reset = { $address } bağlantıyı sıfırladı
probe-tcp-closed = { $address } bağlantıyı hemen kapattı
probe-tcp-failed = { $address } adresine bağlantı başarısız oldu: { $error }
probe-proxy-unreachable = { $proxy } proxy'sine ulaşılamıyor: { $failure }
probe-proxy-refused = proxy tüneli reddetti (403): ilkesi bu sunucuyu engelliyor
probe-proxy-auth = proxy kimlik bilgisi istiyor (407); denetim kimlik bilgisi göndermez
probe-proxy-status = proxy CONNECT isteğine { $status } yanıtı verdi: sunucuya ulaşamadı

probe-failure-timed-out = zamanında yanıt yok
probe-failure-refused = bağlantı reddedildi
probe-failure-reset = bağlantı sıfırlandı
probe-failure-closed = bağlantı kapatıldı
probe-failure-other = { $error }

probe-tls-trusted = sertifikayı { $issuer } vermiş; genel bir sertifika yetkilisi
probe-tls-inspected = sertifikayı { $issuer } vermiş; bu genel bir sertifika yetkilisi değil: trafiği bir şey denetliyor ve bu makine onun sertifika yetkilisine güveniyor
probe-tls-intercepted = sertifikayı { $issuer } vermiş; bu genel bir sertifika yetkilisi değil: trafiği bir proxy veya güvenlik ürünü denetliyor ve bu makine ona güvenmiyor
probe-tls-outdated = sertifikayı { $issuer } vermiş; bu makinenin güvenmediği genel bir sertifika yetkilisi: güvenilen yetkililer listesi eski
probe-tls-expired = { $issuer } tarafından verilen sertifikanın süresi dolmuş
probe-tls-wrong-name = { $issuer } tarafından verilen sertifika bu ad için geçerli değil
probe-tls-refused = { $issuer } tarafından verilen sertifika reddedildi: { $error }
probe-tls-no-certificate = el sıkışma, sertifika gelmeden sona erdi: { $failure }

probe-http-challenge = GET /v2/ isteği Bearer sınamasıyla 401 yanıtı veriyor: kayıt defterine ulaşılıyor
probe-http-answer = GET /v2/ isteği { $status } yanıtı veriyor
probe-http-forbidden-ip = GET /v2/ isteği 403 yanıtı veriyor: kayıt defteri { $address } adresini reddediyor
probe-http-forbidden = GET /v2/ isteği 403 Forbidden yanıtı veriyor
probe-http-throttled = GET /v2/ isteği 429 yanıtı veriyor: çok fazla istek
probe-http-no-bearer = GET /v2/ isteği Bearer sınaması olmadan { $status } yanıtı veriyor: kayıt defteri dışında bir şey yanıt veriyor
probe-http-no-answer = HTTP yanıtı yok: { $failure }
probe-not-run = çalıştırılmadı: önceki bir denetim başarısız oldu

probe-answers = Denetimlerin verdiği yanıtlar:
probe-fix = Düzeltme: { $title } ({ $id })
probe-question = Denetimler bu soruda duruyor, yanıtını kılavuzda verin: { $title } ({ $id })
probe-passed = Bu makineden yapılan tüm denetimler başarılı. Çekme işlemleri yine de başarısız oluyorsa neden başka bir yerde: { $title } ({ $id })
probe-daemon-without-proxy = Tüm denetimler proxy üzerinden başarılı, ama Docker daemon'ında proxy ayarı yok: çekme işlemleri doğrudan dışarı çıkıyor.
probe-found-ip = Kayıt defteri bu makineyi { $address } adresiyle görüyor: bu adres bağlantıya istemci adresi olarak eklendi.
probe-open = Kılavuzda açın: { $link }
