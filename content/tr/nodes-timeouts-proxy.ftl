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

node-q-behind-proxy = İstemcinin proxy kullanması gerekiyor mu?
    .summary = Hatayı alan makineden giden HTTPS trafiğinin bir proxy'den geçmesi gerekip gerekmediğini ve Docker daemon'ının bunu bilip bilmediğini öğrenin.
    .answer-yes = Evet, trafik bir proxy'den geçmek zorunda
    .answer-no = Hayır, istemci doğrudan bağlanıyor

node-q-client-network = İstemcinin giden trafiğini ne filtreliyor?
    .summary = Kayıt defterine giden yoldaki ağ denetimini belirleyin: çevre güvenlik duvarı, Azure Güvenlik Duvarı veya bir gereç, NSG'ler ya da özel uç nokta yönlendirmesi.
    .answer-on-premises = Şirket içi ağ veya kendi çevre güvenlik duvarı olan bir ağ
    .answer-azure-firewall = Azure Güvenlik Duvarı'ndan veya başka bir gereçten yönlendirilen bir Azure sanal ağı
    .answer-nsg = Giden trafiği NSG'lerin filtrelediği bir Azure sanal ağı
    .answer-private-endpoint = Özel uç nokta: ad özel adrese çözümleniyor ama bağlantılar zaman aşımına uğruyor

node-data-endpoint-blocked = Oturum açma çalışıyor, ama katman indirmeleri zaman aşımına uğruyor
    .summary = Oturum açma sunucusuna ulaşılıyor, ama görüntü katmanlarını sunan veri uç noktası engelli olduğundan çekme işlemi download failed after attempts=6 hatasıyla başarısız oluyor.
    .answer-next = Katmanların nereden geldiğini ve nelere izin verileceğini görün

node-proxy-login-403 = Oturum açma 403 Forbidden veya proxyconnect hatasıyla başarısız oluyor
    .summary = Proxy arkasında ya kayıt defteri proxy'nin çıkış adresini reddediyor ya da Docker daemon'ının proxy ayarı eksik veya yanlış.
    .answer-registry-rules = 403 Forbidden alıyorum ve daemon proxy'yi kullanıyor: kayıt defterinin kurallarını denetleyin
    .answer-proxy-not-configured = proxyconnect tcp: EOF alıyorum ya da daemon'da proxy ayarı yok
