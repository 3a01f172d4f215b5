# İstemci ve çıkış güvenlik duvarları, proxy'ler, NSG'ler, MCR ve TLS sertifika hataları (Türkçe).

node-configure-client-firewall-access = İstemci güvenlik duvarı erişimini yapılandırın
    .summary = İstemciden oturum açma sunucusuna, azurecr.io adresine ve her çoğaltma bölgesinin veri uç noktasına, adrese göre değil ada göre HTTPS 443 erişimi verin.
    .still-failing-in-azure-vnet = İstemci bir Azure sanal ağında çalışıyor: trafiği Azure Güvenlik Duvarı'ndan, bir gereçten veya NSG'lerden geçiyor
    .still-failing-tls-error = Bağlantı noktası artık açılıyor, ama TLS bir sertifika hatasıyla başarısız oluyor

node-configure-proxy = Docker daemon'ı için proxy'yi yapılandırın
    .summary = Docker daemon'ına kendi proxy ayarlarını verin, özel uç nokta adlarını proxy istisna listesine (NO_PROXY) ekleyin ve kümeler için AKS HTTP proxy yapılandırmasını kullanın.
    .still-failing-proxy-refuses = Proxy 403 veya 407 döndürüyor ya da günlüğü isteğin reddedildiğini gösteriyor
    .still-failing-certificate-error = Çekme artık x509: certificate signed by unknown authority hatasıyla başarısız oluyor

node-configure-egress-firewall = Azure Güvenlik Duvarı'nda veya bir ağ gerecinde kayıt defterine izin verin
    .summary = Oturum açma sunucusu ve veri uç noktaları için bir uygulama kuralı ya da AzureContainerRegistry ve Storage hizmet etiketleriyle bir ağ kuralı ekleyin.
    .still-failing-no-deny-logged = Güvenlik duvarı günlüğünde kayıt defterine giden reddedilmiş istek yok: trafiği daha önceki bir nokta engelliyor
    .still-failing-mcr-fails = Kendi kayıt defteriniz çalışıyor, ama mcr.microsoft.com'daki görüntüler hâlâ çekilemiyor

node-fix-nsg-rules = Giden NSG kurallarında kayıt defterine izin verin
    .summary = AzureContainerRegistry hizmet etiketine giden bir TCP 443 kuralı ekleyin; ayrılmış veri uç noktaları kapalıysa Storage etiketini de ekleyin.
    .still-failing-nsg-allows = NSG tanılaması trafiğe izin veriyor ama bağlantı hâlâ zaman aşımına uğruyor: bir güvenlik duvarından veya gereçten geçen yolu denetleyin
    .still-failing-resolves-private = Kayıt defteri özel bir adrese çözümleniyor ve bağlantı hâlâ zaman aşımına uğruyor

node-fix-allow-mcr = Microsoft Container Registry'ye (MCR) izin verin
    .summary = Temel görüntülerin, AKS sistem görüntülerinin ve sistem durumu denetimindeki deneme görüntüsünün çekilebilmesi için mcr.microsoft.com adresine ve veri ana bilgisayarlarına izin verin.
    .still-failing-behind-proxy = mcr.microsoft.com hâlâ zaman aşımına uğruyor ve bu ağda proxy zorunlu
    .still-failing-certificate-error = Çekme artık bir sertifika hatasıyla başarısız oluyor

node-tls-certificate-error = İstemci kayıt defterinin sertifikasına güvenmiyor
    .summary = TLS el sıkışması başarısız oluyor: ya bir proxy sertifikayı kendi sertifikasıyla değiştiriyor, ya istemcinin güvenilen sertifika yetkilileri listesi eski ya da el sıkışmayı bir şey yarıda kesiyor.
    .answer-intercepting-proxy = Sertifikayı veren şirketimiz ya da bir proxy veya güvenlik ürünü: trafik denetleniyor
    .answer-public-ca-untrusted = Sertifikayı genel (public) bir sertifika yetkilisi vermiş, ama istemci yine de unknown authority diyor
    .answer-certificate-host-blocked = Hiç sertifika gelmiyor: el sıkışma sıfırlanıyor veya zaman aşımına uğruyor

node-fix-trust-proxy-ca = Kayıt defterini TLS incelemesinin dışında bırakın veya proxy'nin CA sertifikasına güvenin
    .summary = Proxy'nin kayıt defteri trafiğini şifresini çözmeden geçirmesini sağlayın ya da kök sertifikasını Docker daemon'ı, Azure CLI ve AKS düğümleri için ekleyin.
    .still-failing-public-ca = curl artık genel bir sertifika yetkilisi gösteriyor, ama istemci yine de unknown authority diyor
    .still-failing-proxy-errors = Sertifika hatası gitti, ama daemon artık zaman aşımına uğruyor veya proxyconnect hatası veriyor

node-fix-outdated-trust-store = İstemcinin güvenilen sertifika yetkililerini güncelleyin
    .summary = Kayıt defterinin sertifikası, istemcinin CA paketinin henüz tanımadığı genel bir yetkiliden geliyor: işletim sisteminin paketini ve araçların kendi taşıdığı paketleri güncelleyin.
    .still-failing-company-ca = openssl, şirketinizin veya bir güvenlik ürününün sertifikasıyla biten bir zincir gösteriyor
    .still-failing-no-certificate = El sıkışma, hiçbir sertifika gelmeden sıfırlanıyor veya zaman aşımına uğruyor
