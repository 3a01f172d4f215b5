# Bağlantı zaman aşımları, 443 testi, proxy ve istemci ağı soruları, veri uç noktası zaman aşımları (Türkçe).

node-connection-timeout = Kayıt defterine bağlantı zaman aşımına uğruyor
    .summary = Ad çözümleniyor, ama yoldaki bir bileşen trafiği engellediği için 443 numaralı bağlantı noktasındaki bağlantı veya TLS el sıkışması tamamlanmıyor.
    .answer-next = 443 numaralı bağlantı noktasını hatayı alan makineden test edin

node-cannot-connect-login-server = Azure CLI oturum açma sunucusuna bağlanamıyor
    .summary = Bir az acr komutu kayıt defterine ulaşamadı; neden DNS, ağ, güvenlik duvarı kuralları veya oturum açma olabilir ve sistem durumu denetimi bunları ayırır.
    .answer-next = Kayıt defteri sistem durumu denetimini çalıştırın

node-check-port-443 = Oturum açma sunucusuna HTTPS bağlantısını test edin
    .summary = Kayıt defterinin /v2/ uç noktasını hatayı alan makineden çağırın ve durumu yorumlayın: 401 yolun çalıştığını, 403 kayıt defterinin sizi reddettiğini, zaman aşımı ise trafiği bir şeyin engellediğini gösterir.
    .answer-challenge-401 = WWW-Authenticate sınaması içeren 401 Unauthorized
    .answer-forbidden-403 = 403 Forbidden yanıtı
    .answer-timeout = Zaman aşımı ya da reddedilen veya sıfırlanan bağlantı
    .answer-tls-error = TLS veya sertifika hatası
    .answer-no-such-host = Ad çözümlenmiyor: Name or service not known ya da no such host

node-q-client-network = Bu istemcinin trafiği kayıt defterine giderken nelerden geçiyor?
    .summary = İstemciyle kayıt defteri arasında ne olduğunu belirleyin: bir proxy, çevre güvenlik duvarı, Azure Güvenlik Duvarı veya bir gereç, NSG'ler ya da bir özel uç nokta ve DNS kayıtları.
    .answer-proxy = Trafiğin geçmek zorunda olduğu bir HTTP(S) proxy
    .answer-proxy-containerd = Bir proxy var ve istemci, Docker olmadan containerd çalıştıran bir Kubernetes düğümü (AKS değil)
    .answer-on-premises = Şirket içi ağ veya kendi çevre güvenlik duvarı olan bir ağ
    .answer-azure-firewall = Azure Güvenlik Duvarı'ndan veya başka bir gereçten yönlendirilen bir Azure sanal ağı
    .answer-nsg = Giden trafiği NSG'lerin filtrelediği bir Azure sanal ağı
    .answer-private-endpoint = Özel uç nokta: ad özel adrese çözümleniyor ama bağlantılar zaman aşımına uğruyor
    .answer-private-endpoint-public-dns = Özel uç nokta var, ama ad bu makinede genel bir adrese çözümleniyor

node-data-endpoint-blocked = Oturum açma çalışıyor, ama katman indirmeleri zaman aşımına uğruyor
    .summary = Oturum açma sunucusuna ulaşılıyor, ama görüntü katmanlarını sunan veri uç noktası engelli olduğundan çekme işlemi download failed after attempts=6 hatasıyla başarısız oluyor.
    .answer-next = Katmanların nereden geldiğini ve nelere izin verileceğini görün

node-proxy-login-403 = Oturum açma 403 Forbidden veya proxyconnect hatasıyla başarısız oluyor
    .summary = Proxy arkasında ya kayıt defteri proxy'nin çıkış adresini reddediyor, ya proxy isteği kendisi reddediyor ya da Docker daemon'ının proxy ayarı eksik veya hatalı.
    .answer-registry-rules = Kayıt defteri reddetti: docker login 403 Forbidden alıyor ve proxy günlüğü isteğin geçtiğini gösteriyor
    .answer-proxy-refused = Proxy reddetti: Received HTTP code 403 veya 407 from proxy after CONNECT ya da proxy'nin engelleme sayfası
    .answer-proxy-not-configured = proxyconnect tcp: EOF alıyorum ya da daemon'da proxy ayarı yok

node-fix-proxy-allow-registry = Kayıt defterine proxy'de izin verin veya proxy kimlik bilgilerini girin
    .summary = Proxy'den gelen 403, proxy ilkesinin kayıt defteri adlarını engellediğini; 407 ise istemcinin göndermediği kimlik bilgilerini istediğini gösterir.
    .still-failing-registry-403 = Proxy artık isteği geçiriyor ve kayıt defteri 403 döndürüyor
    .still-failing-certificate-error = Proxy isteği geçiriyor, ama istemci artık bir sertifika hatası bildiriyor

node-fix-containerd-proxy = Kubernetes düğümlerinde containerd için proxy'yi yapılandırın
    .summary = Docker olmayan Kubernetes düğümlerinde görüntüleri containerd çeker: systemd hizmetine proxy ayarlarını verin ve özel uç nokta adlarını proxy istisna listesine (NO_PROXY) ekleyin.
    .still-failing-proxy-refuses = Proxy 403 veya 407 döndürüyor ya da günlüğü isteğin reddedildiğini gösteriyor
    .still-failing-certificate-error = Çekme artık x509: certificate signed by unknown authority hatasıyla başarısız oluyor
